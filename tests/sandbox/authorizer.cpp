// SPDX-License-Identifier: Apache-2.0
#include "authorizer.h"

#include "objectstore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static bool contains(const QJsonArray &list, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toString() == value || v.toString() == u"*")
            return true;
    }
    return false;
}

bool Authorizer::subjectMatches(const QJsonArray &subjects, const Identity &who,
                                const QString &bindingNs)
{
    for (const QJsonValue &v : subjects) {
        const QJsonObject s = v.toObject();
        const QString kind = s.value("kind"_L1).toString();
        const QString name = s.value("name"_L1).toString();
        if (kind == u"User" && name == who.name)
            return true;
        if (kind == u"Group" && who.groups.contains(name))
            return true;
        if (kind == u"ServiceAccount") {
            const QString ns = s.value("namespace"_L1).toString(bindingNs);
            if (who.name == u"system:serviceaccount:%1:%2"_s.arg(ns, name))
                return true;
        }
    }
    return false;
}

QJsonArray Authorizer::roleRules(const QString &kind, const QString &name, const QString &ns,
                                 int depth) const
{
    if (depth > 5)
        return {};
    const auto role = kind == u"ClusterRole"
        ? m_store->get(u"clusterroles.rbac.authorization.k8s.io"_s, {}, name)
        : m_store->get(u"roles.rbac.authorization.k8s.io"_s, ns, name);
    if (!role)
        return {};
    QJsonArray rules = role->value("rules"_L1).toArray();
    // Aggregation: union of the rules of every ClusterRole whose labels match a selector.
    const QJsonArray selectors
        = role->value("aggregationRule"_L1).toObject().value("clusterRoleSelectors"_L1).toArray();
    if (!selectors.isEmpty()) {
        const auto all = m_store->list(u"clusterroles.rbac.authorization.k8s.io"_s);
        for (const QJsonObject &candidate : all) {
            const QJsonObject labels
                = candidate.value("metadata"_L1).toObject().value("labels"_L1).toObject();
            for (const QJsonValue &sel : selectors) {
                const QJsonObject match = sel.toObject().value("matchLabels"_L1).toObject();
                bool ok = !match.isEmpty();
                for (auto it = match.begin(); it != match.end() && ok; ++it)
                    ok = labels.value(it.key()) == it.value();
                if (ok) {
                    const QJsonArray more
                        = roleRules(u"ClusterRole"_s, ObjectStore::metaString(candidate, "name"),
                                    {}, depth + 1);
                    for (const QJsonValue &r : more)
                        rules.append(r);
                    break;
                }
            }
        }
    }
    return rules;
}

bool Authorizer::ruleMatches(const QJsonObject &rule, const Attributes &what)
{
    if (!contains(rule.value("verbs"_L1).toArray(), what.verb))
        return false;
    if (!contains(rule.value("apiGroups"_L1).toArray(), what.group))
        return false;
    const QJsonArray resources = rule.value("resources"_L1).toArray();
    const QString full
        = what.subresource.isEmpty() ? what.resource : what.resource + u'/' + what.subresource;
    bool resourceOk = false;
    for (const QJsonValue &v : resources) {
        const QString r = v.toString();
        if (r == u"*" || r == full || (r.startsWith(u"*/"_s) && r.mid(2) == what.subresource)
            || (r.endsWith(u"/*"_s) && r.chopped(2) == what.resource
                && !what.subresource.isEmpty()))
            resourceOk = true;
    }
    if (!resourceOk)
        return false;
    const QJsonArray names = rule.value("resourceNames"_L1).toArray();
    return names.isEmpty() || (!what.name.isEmpty() && contains(names, what.name));
}

QJsonArray Authorizer::rulesFor(const Identity &who, const QString &ns) const
{
    QJsonArray rules;
    const auto clusterBindings = m_store->list(u"clusterrolebindings.rbac.authorization.k8s.io"_s);
    for (const QJsonObject &b : clusterBindings) {
        if (!subjectMatches(b.value("subjects"_L1).toArray(), who, {}))
            continue;
        const QJsonObject ref = b.value("roleRef"_L1).toObject();
        for (const QJsonValue &r :
             roleRules(ref.value("kind"_L1).toString(), ref.value("name"_L1).toString(), {}))
            rules.append(r);
    }
    if (!ns.isEmpty()) {
        const auto bindings = m_store->list(u"rolebindings.rbac.authorization.k8s.io"_s, ns);
        for (const QJsonObject &b : bindings) {
            if (!subjectMatches(b.value("subjects"_L1).toArray(), who, ns))
                continue;
            const QJsonObject ref = b.value("roleRef"_L1).toObject();
            for (const QJsonValue &r :
                 roleRules(ref.value("kind"_L1).toString(), ref.value("name"_L1).toString(), ns))
                rules.append(r);
        }
    }
    return rules;
}

bool Authorizer::allowed(const Identity &who, const Attributes &what) const
{
    const QJsonArray rules = rulesFor(who, what.ns);
    for (const QJsonValue &r : rules) {
        if (ruleMatches(r.toObject(), what))
            return true;
    }
    return false;
}

QStringList Authorizer::notHeld(const Identity &who, const QString &roleKind,
                                const QString &roleName, const QString &ns) const
{
    // Kubernetes' escalation check: binding a role needs every permission it grants (in the
    // binding's scope), or the bind verb on the role itself.
    const Attributes bind {u"bind"_s,
                           u"rbac.authorization.k8s.io"_s,
                           roleKind == u"ClusterRole" ? u"clusterroles"_s : u"roles"_s,
                           {},
                           ns,
                           roleName};
    if (allowed(who, bind))
        return {};
    const QJsonArray held = rulesFor(who, ns);
    auto covered = [&held](const Attributes &what) {
        for (const QJsonValue &r : held) {
            if (ruleMatches(r.toObject(), what))
                return true;
        }
        return false;
    };
    auto list = [](const QJsonArray &values) {
        QStringList out;
        for (const QJsonValue &v : values)
            out.append(QString(u"\"%1\""_s).arg(v.toString()));
        return QString(u"[%1]"_s).arg(out.join(u' '));
    };
    QStringList missing;
    for (const QJsonValue &v : roleRules(roleKind, roleName, ns)) {
        const QJsonObject rule = v.toObject();
        const QJsonArray names = rule.value("resourceNames"_L1).toArray();
        for (const QJsonValue &group : rule.value("apiGroups"_L1).toArray()) {
            for (const QJsonValue &resource : rule.value("resources"_L1).toArray()) {
                for (const QJsonValue &verb : rule.value("verbs"_L1).toArray()) {
                    const QString full = resource.toString();
                    Attributes what {verb.toString(),
                                     group.toString(),
                                     full.section(u'/', 0, 0),
                                     full.section(u'/', 1),
                                     ns,
                                     {}};
                    bool ok = true;
                    if (names.isEmpty()) {
                        ok = covered(what);
                    } else {
                        for (const QJsonValue &n : names) {
                            what.name = n.toString();
                            ok = ok && covered(what);
                        }
                    }
                    if (ok)
                        continue;
                    const QString resourceNames = names.isEmpty()
                        ? QString()
                        : QString(u", ResourceNames:"_s + list(names));
                    missing.append(
                        u"{APIGroups:[\"%1\"], Resources:[\"%2\"]%3, Verbs:[\"%4\"]}"_s.arg(
                            group.toString(), full, resourceNames, verb.toString()));
                }
            }
        }
    }
    return missing;
}

bool Authorizer::isMember(const Identity &who, const QString &ns) const
{
    const auto bindings = m_store->list(u"rolebindings.rbac.authorization.k8s.io"_s, ns);
    for (const QJsonObject &b : bindings) {
        if (subjectMatches(b.value("subjects"_L1).toArray(), who, ns))
            return true;
    }
    return false;
}

} // namespace Berth::Sandbox
