// SPDX-License-Identifier: Apache-2.0
#include "rolebindings.h"

#include "common/error.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
constexpr auto s_rbacGroup = "rbac.authorization.k8s.io"_L1;
constexpr auto s_autoUpdate = "rbac.authorization.kubernetes.io/autoupdate"_L1;

QString metaString(const QJsonObject &object, QLatin1StringView key)
{
    return object.value("metadata"_L1).toObject().value(key).toString();
}

bool bindsClusterRole(const QJsonObject &binding, const QString &role)
{
    const QJsonObject ref = binding.value("roleRef"_L1).toObject();
    return ref.value("kind"_L1).toString() == u"ClusterRole"
        && ref.value("name"_L1).toString() == role;
}

Kube::ResourceType bindingType(const QString &ns)
{
    return ns.isEmpty() ? Kube::Resources::clusterRoleBindings() : Kube::Resources::roleBindings();
}

/// oc's flag for the subject of `oc create rolebinding`: --user, --group, --serviceaccount.
QString createFlag(const Subject &s)
{
    switch (s.kind) {
    case Subject::Kind::User:
        return u"--user="_s + s.name;
    case Subject::Kind::Group:
        return u"--group="_s + s.name;
    case Subject::Kind::ServiceAccount:
        return u"--serviceaccount="_s + s.ns + u':' + s.name;
    }
    return {};
}

/// `oc policy remove-role-from-user ROLE NAME -n NS`, or the cluster-wide `oc adm policy`.
Command removeCommand(const QString &role, const Subject &s, const QString &ns)
{
    const bool group = s.kind == Subject::Kind::Group;
    Command command({u"oc"_s});
    if (ns.isEmpty())
        command << u"adm"_s << u"policy"_s
                << (group ? u"remove-cluster-role-from-group"_s
                          : u"remove-cluster-role-from-user"_s);
    else
        command << u"policy"_s
                << (group ? u"remove-role-from-group"_s : u"remove-role-from-user"_s);
    command << role;
    if (s.kind == Subject::Kind::ServiceAccount && s.ns == ns)
        command << u"-z"_s << s.name;
    else if (s.kind == Subject::Kind::ServiceAccount)
        command << u"system:serviceaccount:"_s + s.ns + u':' + s.name;
    else
        command << s.name;
    if (!ns.isEmpty())
        command << u"-n"_s << ns;
    return command;
}

QString where(const QString &ns)
{
    return ns.isEmpty() ? Tr::tr("cluster-wide") : Tr::tr("in %1").arg(ns);
}
} // namespace

Subject Subject::user(const QString &name)
{
    static const QString prefix = u"system:serviceaccount:"_s;
    if (name.startsWith(prefix)) {
        const QStringList parts = name.mid(prefix.size()).split(u':');
        if (parts.size() == 2)
            return serviceAccount(parts.at(0), parts.at(1));
    }
    return {Kind::User, name, {}};
}

Subject Subject::group(const QString &name)
{
    return {Kind::Group, name, {}};
}

Subject Subject::serviceAccount(const QString &ns, const QString &name)
{
    return {Kind::ServiceAccount, name, ns};
}

Subject Subject::fromJson(const QJsonObject &subject, const QString &bindingNs)
{
    const QString kind = subject.value("kind"_L1).toString();
    const QString name = subject.value("name"_L1).toString();
    if (kind == u"Group")
        return group(name);
    if (kind == u"ServiceAccount")
        return serviceAccount(subject.value("namespace"_L1).toString(bindingNs), name);
    return user(name);
}

QList<Grant> Grant::fromBinding(const QJsonObject &binding)
{
    const QJsonObject meta = binding.value("metadata"_L1).toObject();
    const QJsonObject ref = binding.value("roleRef"_L1).toObject();
    Grant grant;
    grant.ns = meta.value("namespace"_L1).toString();
    grant.binding = meta.value("name"_L1).toString();
    grant.roleKind = ref.value("kind"_L1).toString();
    grant.role = ref.value("name"_L1).toString();
    grant.created
        = QDateTime::fromString(meta.value("creationTimestamp"_L1).toString(), Qt::ISODate);
    QList<Grant> out;
    for (const QJsonValue &s : binding.value("subjects"_L1).toArray()) {
        grant.subject = Subject::fromJson(s.toObject(), grant.ns);
        out.append(grant);
    }
    return out;
}

QJsonObject Subject::toJson() const
{
    switch (kind) {
    case Kind::User:
        return {{u"apiGroup"_s, s_rbacGroup}, {u"kind"_s, u"User"_s}, {u"name"_s, name}};
    case Kind::Group:
        return {{u"apiGroup"_s, s_rbacGroup}, {u"kind"_s, u"Group"_s}, {u"name"_s, name}};
    case Kind::ServiceAccount:
        return {{u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, name}, {u"namespace"_s, ns}};
    }
    return {};
}

bool Subject::matches(const QJsonObject &subject) const
{
    const QString k = subject.value("kind"_L1).toString();
    const QString n = subject.value("name"_L1).toString();
    switch (kind) {
    case Kind::User:
        // A user subject may name a service account by its user name.
        return k == u"User" && n == name;
    case Kind::Group:
        return k == u"Group" && n == name;
    case Kind::ServiceAccount:
        return (k == u"ServiceAccount" && n == name
                && subject.value("namespace"_L1).toString() == ns)
            || (k == u"User" && n == u"system:serviceaccount:"_s + ns + u':' + name);
    }
    return false;
}

QString Subject::describe() const
{
    switch (kind) {
    case Kind::User:
        return Tr::tr("user \"%1\"").arg(name);
    case Kind::Group:
        return Tr::tr("group \"%1\"").arg(name);
    case Kind::ServiceAccount:
        return Tr::tr("service account \"%1\" of %2").arg(name, ns);
    }
    return {};
}

RoleBindings::RoleBindings(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

PolicyPlan RoleBindings::planAdd(const QJsonArray &bindings, const QString &role,
                                 const Subject &subject, const QString &ns)
{
    PolicyPlan plan;
    QSet<QString> names;
    for (const QJsonValue &v : bindings) {
        const QJsonObject binding = v.toObject();
        names.insert(metaString(binding, "name"_L1));
        if (!bindsClusterRole(binding, role))
            continue;
        for (const QJsonValue &s : binding.value("subjects"_L1).toArray()) {
            if (subject.matches(s.toObject())) {
                plan.notes.append(
                    Tr::tr("%1 already has %2 %3 (binding %4); nothing to change.")
                        .arg(subject.describe(), role, where(ns), metaString(binding, "name"_L1)));
                return plan;
            }
        }
    }
    // oc's name: the role's own if free, else ROLE-0 … ROLE-99, else a unique one.
    QString name = role;
    for (int i = 0; names.contains(name) && i < 100; ++i)
        name = role + u'-' + QString::number(i);
    if (names.contains(name))
        name = role + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject meta {{u"name"_s, name}};
    if (!ns.isEmpty())
        meta.insert(u"namespace"_s, ns);
    const Kube::ResourceType type = bindingType(ns);
    Change change;
    change.write = Change::Write::Create;
    change.type = type;
    change.ns = ns;
    change.name = name;
    change.object
        = {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
           {u"kind"_s, type.kind},
           {u"metadata"_s, meta},
           {u"roleRef"_s,
            QJsonObject {
                {u"apiGroup"_s, s_rbacGroup}, {u"kind"_s, u"ClusterRole"_s}, {u"name"_s, role}}},
           {u"subjects"_s, QJsonArray {subject.toJson()}}};
    change.summary = Tr::tr("Grant %1 to %2 %3").arg(role, subject.describe(), where(ns));
    // The exact object: oc create rolebinding names it, where oc policy would pick a name anew.
    change.command
        = Command({u"oc"_s, u"create"_s, ns.isEmpty() ? u"clusterrolebinding"_s : u"rolebinding"_s,
                   name, u"--clusterrole="_s + role, createFlag(subject)});
    if (!ns.isEmpty())
        change.command << u"-n"_s << ns;
    plan.changes.append(change);
    return plan;
}

Result<PolicyPlan> RoleBindings::planRemove(const QJsonArray &bindings, const QString &role,
                                            const Subject &subject, const QString &ns)
{
    PolicyPlan plan;
    const Kube::ResourceType type = bindingType(ns);
    for (const QJsonValue &v : bindings) {
        const QJsonObject binding = v.toObject();
        if (!bindsClusterRole(binding, role))
            continue;
        QJsonArray kept;
        const QJsonArray subjects = binding.value("subjects"_L1).toArray();
        for (const QJsonValue &s : subjects) {
            if (!subject.matches(s.toObject()))
                kept.append(s);
        }
        if (kept.size() == subjects.size())
            continue;
        const QString name = metaString(binding, "name"_L1);
        Change change;
        change.type = type;
        change.ns = ns;
        change.name = name;
        const bool keepEmpty = binding.value("metadata"_L1)
                                   .toObject()
                                   .value("annotations"_L1)
                                   .toObject()
                                   .value(s_autoUpdate)
                                   .toString()
            == u"false";
        if (kept.isEmpty() && !keepEmpty) {
            change.write = Change::Write::Delete;
            change.preconditions.uid = metaString(binding, "uid"_L1);
            change.summary = Tr::tr("Delete binding %1: %2 was its last subject")
                                 .arg(name, subject.describe());
        } else {
            change.write = Change::Write::Replace;
            QJsonObject object = binding;
            object.insert(u"subjects"_s, kept);
            change.object = Change::withoutBookkeeping(object);
            change.summary = Tr::tr("Take %1 out of binding %2").arg(subject.describe(), name);
        }
        // One oc command does every binding: it goes with the first change only.
        if (plan.changes.isEmpty())
            change.command = removeCommand(role, subject, ns);
        plan.changes.append(change);
    }
    if (plan.changes.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("%1 does not have %2 %3; nothing to remove")
                         .arg(subject.describe(), role, where(ns)));
    return plan;
}

ValueReply<PolicyPlan> *RoleBindings::addRole(const QString &role, const Subject &subject,
                                              const QString &ns)
{
    auto *reply = new ValueReply<PolicyPlan>(this);
    auto *bindings = m_client->list(bindingType(ns), ns);
    reply->chain(bindings, [this, reply, bindings, role, subject, ns] {
        PolicyPlan plan = planAdd(bindings->value(), role, subject, ns);
        if (plan.changes.isEmpty())
            return reply->finishWith(plan);
        addWarnings(reply, plan, role, subject);
    });
    return reply;
}

void RoleBindings::addWarnings(ValueReply<PolicyPlan> *reply, PolicyPlan plan, const QString &role,
                               const Subject &subject)
{
    // Warn-only lookups, as oc makes them: a missing role, user, group or service account is
    // said, and the binding is made anyway (the user may be created later).
    auto *roleRead = m_client->get(Kube::Resources::clusterRoles(), {}, role);
    reply->follow(roleRead);
    connect(
        roleRead, &Reply::finished, reply, [this, reply, roleRead, plan, role, subject]() mutable {
            if (reply->error())
                return;
            if (roleRead->error().kind() == Error::Kind::NotFound)
                plan.warnings.append(Tr::tr("role \"%1\" not found").arg(role));
            ValueReply<QJsonObject> *subjectRead = nullptr;
            switch (subject.kind) {
            case Subject::Kind::User:
                subjectRead = m_client->get(Kube::Resources::users(), {}, subject.name);
                break;
            case Subject::Kind::Group:
                subjectRead = m_client->get(Kube::Resources::groups(), {}, subject.name);
                break;
            case Subject::Kind::ServiceAccount:
                subjectRead
                    = m_client->get(Kube::Resources::serviceAccounts(), subject.ns, subject.name);
                break;
            }
            reply->follow(subjectRead);
            connect(subjectRead, &Reply::finished, reply,
                    [reply, subjectRead, plan, subject]() mutable {
                        if (reply->error())
                            return;
                        if (subjectRead->error().kind() == Error::Kind::NotFound)
                            plan.warnings.append(Tr::tr("%1 not found").arg(subject.describe()));
                        reply->finishWith(plan);
                    });
        });
}

ValueReply<PolicyPlan> *RoleBindings::removeRole(const QString &role, const Subject &subject,
                                                 const QString &ns)
{
    auto *reply = new ValueReply<PolicyPlan>(this);
    auto *bindings = m_client->list(bindingType(ns), ns);
    reply->chain(bindings, [reply, bindings, role, subject, ns] {
        const Result<PolicyPlan> plan = planRemove(bindings->value(), role, subject, ns);
        if (!plan)
            return reply->finish(plan.error());
        reply->finishWith(*plan);
    });
    return reply;
}

Result<void> RoleBindings::checkNames(const QString &role, const QString &name, const QString &ns,
                                      bool clusterWide)
{
    static const QRegularExpression dns1123(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    static const QRegularExpression roleName(u"^[^/%]+$"_s);
    if (!roleName.match(role).hasMatch())
        return Error(Error::Kind::InvalidInput, Tr::tr("\"%1\" is not a role name").arg(role));
    if (name.trimmed().isEmpty() || name.contains(u'/'))
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\" is not a user, group or service account name").arg(name));
    if (!clusterWide && (ns.size() > 63 || !dns1123.match(ns).hasMatch()))
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\" is not a project name: lower-case letters, digits and "
                            "\"-\", at most 63")
                         .arg(ns));
    return {};
}

QString RoleBindings::roleInPlainWords(const QString &role)
{
    if (role == u"registry-viewer")
        return Tr::tr("pulls images from the project's image streams");
    if (role == u"registry-editor")
        return Tr::tr("pulls and pushes images");
    if (role == u"registry-admin")
        return Tr::tr("pulls and pushes images, and manages who has access to them");
    if (role == u"system:image-puller")
        return Tr::tr("pulls images; for service accounts (pods of other projects)");
    if (role == u"system:image-pusher")
        return Tr::tr("pushes images; for service accounts (builds, CI)");
    return {};
}

} // namespace Berth::OpenShift
