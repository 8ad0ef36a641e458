// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QStringList>

namespace Berth::Sandbox {

class ObjectStore;

/// Who is asking.
struct Identity
{
    QString name;
    QStringList groups;
};

/// What is asked, as Kubernetes' authorizer attributes.
struct Attributes
{
    QString verb;
    QString group;
    QString resource;
    QString subresource;
    QString ns;
    QString name;
};

/// Kubernetes RBAC over the store: ClusterRoleBindings everywhere, RoleBindings in their
/// namespace, ClusterRole aggregation by label selectors, wildcards and resourceNames.
class Authorizer
{
public:
    explicit Authorizer(const ObjectStore *store)
        : m_store(store)
    { }

    bool allowed(const Identity &who, const Attributes &what) const;
    /// The rules that apply to `who` in `ns` (cluster-wide ones included).
    QJsonArray rulesFor(const Identity &who, const QString &ns) const;
    /// True when some RoleBinding in `ns` names `who` (a project member).
    bool isMember(const Identity &who, const QString &ns) const;
    /// RBAC escalation prevention: the rules of role `roleKind`/`roleName` that `who` does not
    /// hold in `ns` (empty: cluster-wide), one per verb, resource and group, as the apiserver
    /// lists them. Empty when `who` holds them all or may `bind` that role.
    QStringList notHeld(const Identity &who, const QString &roleKind, const QString &roleName,
                        const QString &ns) const;

private:
    QJsonArray roleRules(const QString &kind, const QString &name, const QString &ns,
                         int depth = 0) const;
    static bool subjectMatches(const QJsonArray &subjects, const Identity &who,
                               const QString &bindingNs);
    static bool ruleMatches(const QJsonObject &rule, const Attributes &what);

    const ObjectStore *m_store;
};

} // namespace Berth::Sandbox
