// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/command.h"
#include "common/reply.h"
#include "common/result.h"
#include "kube/kubeclient.h"

#include <QJsonObject>

#include <functional>

namespace Berth::OpenShift {

/// One write to the cluster, as a typed operation plans it: the target, the kind of write and
/// its body, a one-line summary and the `oc` command that does the same. A value: building one
/// sends nothing; ChangePlan reviews (dry run) and applies it.
struct Change
{
    enum class Write {
        Patch, ///< `patch` of `patchType`
        Create, ///< `object`
        Replace, ///< `object`, with the resourceVersion it replaces
        Delete, ///< with `preconditions`
    };

    Write write = Write::Patch;
    Kube::ResourceType type;
    QString ns; ///< empty for cluster-scoped resources
    QString name;
    Kube::PatchType patchType = Kube::PatchType::Merge;
    QByteArray patch; ///< Patch: the body as `oc patch -p` gives it
    QJsonObject object; ///< Create, Replace
    Kube::Preconditions preconditions; ///< Delete
    /// The resourceVersion the object must still have when the change is sent (409 if not).
    /// Empty: the one ChangePlan read when it reviewed or applied the change. A revert sets it
    /// to the version its change left, so that it never overwrites someone else's edit.
    QString guard;
    /// With a guard: the object as the change expects to find it (for a revert, what its
    /// change left), to show what someone else changed when the guard no longer holds.
    QJsonObject expected;
    /// Rebuilds the change from the object as ChangePlan reads it before sending (a JSON patch
    /// whose operations depend on what is there: "add" or "replace", a map to create), so
    /// that a change staged earlier never undoes what someone did since. Empty: sent as is.
    std::function<Change(const QJsonObject &current)> rebase;
    QString summary; ///< "Make ontap-gold the default storage class"
    /// The ChangeHistory entry this change undoes (ChangeHistory::Entry::undo()): applying it
    /// takes that entry out of the history, so that an undo is not itself undone. Empty: none.
    QString undoes;
    Command command; ///< the `oc` equivalent

    /// The request with the object's current resourceVersion `guard` (empty: none): a patch
    /// carries it in its body (metadata.resourceVersion), a replace in its object, a delete in
    /// its preconditions. The Review pane shows its text().
    Kube::WriteRequest request(const QString &guard, const Kube::WriteOptions &options = {}) const;
    /// Sends request(guard), with `dryRun=All` when `dryRun`.
    ValueReply<QJsonObject> *send(Kube::KubeClient *client, const QString &guard,
                                  bool dryRun) const;

    /// The change that undoes this one, which left the object `after` (empty once deleted) and
    /// found it `before` (empty for a create): a merge patch back to `before`, a delete of what
    /// was created, or a create of what was deleted. It is guarded by the version it left.
    Change inverse(const QJsonObject &before, const QJsonObject &after) const;

    /// An error unless `name` can name an object of kind `kind` ("ConfigMap"): a DNS-1123
    /// subdomain, as Secrets, ConfigMaps and most kinds need.
    static Result<void> checkName(const QString &kind, const QString &name);

    /// The object without server bookkeeping (managedFields, resourceVersion, generation, uid,
    /// creationTimestamp, selfLink), as a review shows it.
    static QJsonObject withoutBookkeeping(const QJsonObject &object);
    /// The JSON merge patch (RFC 7386) that turns `from` into `to`.
    static QJsonObject mergePatch(const QJsonObject &from, const QJsonObject &to);
    /// The object with each secret value it holds replaced by REDACTED: a Secret's data and
    /// stringData values and its last-applied annotation (which holds them), the registry's
    /// httpSecret, the password of a proxy URL. What a review shows, an edit starts from and
    /// the change history keeps.
    static QJsonObject redacted(const QJsonObject &object);
    /// `kubectl get -o yaml` of redacted(object); empty for an empty object. A review is read on
    /// screens and in terminal logs.
    static QString yaml(const QJsonObject &object);
};

} // namespace Berth::OpenShift
