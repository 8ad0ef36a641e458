// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/reply.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonArray>

namespace Berth::OpenShift {

/// Who a role is granted to, as `oc policy` takes them.
struct Subject
{
    enum class Kind { User, Group, ServiceAccount };
    Kind kind = Kind::User;
    QString name;
    QString ns; ///< a service account's project

    /// A user name as oc reads it: `system:serviceaccount:NS:NAME` is a service account.
    static Subject user(const QString &name);
    static Subject group(const QString &name);
    static Subject serviceAccount(const QString &ns, const QString &name);
    /// A binding's subject; a service account without a namespace is in `bindingNs`.
    static Subject fromJson(const QJsonObject &subject, const QString &bindingNs);

    /// The RoleBinding subject: apiGroup rbac.authorization.k8s.io for users and groups, none
    /// (and the namespace) for a service account.
    QJsonObject toJson() const;
    bool matches(const QJsonObject &subject) const;
    /// "user \"alice\"", for messages (translated).
    QString describe() const;
};

/// One subject of one binding: who has which role where, a row of the Access page.
struct Grant
{
    QString ns; ///< empty: a ClusterRoleBinding
    QString binding;
    QString roleKind; ///< ClusterRole, or Role (a project's own)
    QString role;
    Subject subject;
    QDateTime created;

    /// The binding's subjects, one Grant each (none for a binding without subjects).
    static QList<Grant> fromBinding(const QJsonObject &binding);
};

/// What a grant or a removal comes to: the changes to make (none when there is nothing to
/// do), why nothing is needed, and what oc would warn about.
struct PolicyPlan
{
    QList<Change> changes;
    QStringList notes; ///< "user "alice" already has registry-viewer in team-a (rolebinding …)"
    QStringList warnings; ///< "role "x" not found", "user "bob" not found"
};

/// `oc policy add-role-to-user|-group` and `remove-role-from-user|-group` as oc does them
/// (reference step 8): in a project (RoleBindings) or, with an empty project, cluster-wide
/// (ClusterRoleBindings, as `oc adm policy add-cluster-role-to-*`).
class RoleBindings final : public QObject
{
    Q_OBJECT
public:
    explicit RoleBindings(Kube::KubeClient *client, QObject *parent = nullptr);

    /// Reads the bindings and plans the grant: nothing when a binding of the role already holds
    /// the subject; else a new binding named ROLE, ROLE-0 … ROLE-99 (the first free). Warns,
    /// as oc does, when the role, the user, the group or the service account does not exist.
    ValueReply<PolicyPlan> *addRole(const QString &role, const Subject &subject, const QString &ns);
    /// Plans taking the subject out of every binding of the role; a binding left with no
    /// subject is deleted unless annotated `rbac.authorization.kubernetes.io/autoupdate:
    /// "false"`. An error when no binding of the role holds the subject.
    ValueReply<PolicyPlan> *removeRole(const QString &role, const Subject &subject,
                                       const QString &ns);

    /// The planning alone, over `bindings` as listed (for tests and for views that hold them).
    static PolicyPlan planAdd(const QJsonArray &bindings, const QString &role,
                              const Subject &subject, const QString &ns);
    static Result<PolicyPlan> planRemove(const QJsonArray &bindings, const QString &role,
                                         const Subject &subject, const QString &ns);

    /// Refuses, before anything is read or sent, the names the server would refuse: a role
    /// name with `/` or `%`, an empty subject name or one with `/`, and (when not cluster-wide)
    /// a project name that is not DNS-1123.
    static Result<void> checkNames(const QString &role, const QString &name, const QString &ns,
                                   bool clusterWide);

    /// What the registry roles let their holders do, in one plain line (empty for others).
    static QString roleInPlainWords(const QString &role);

private:
    void addWarnings(ValueReply<PolicyPlan> *reply, PolicyPlan plan, const QString &role,
                     const Subject &subject);

    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
