// SPDX-License-Identifier: Apache-2.0
#include "policycommand.h"

#include "cliutil.h"
#include "planrunner.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/rolebindings.h"

using namespace Qt::StringLiterals;

namespace Berth::Cli {

PolicyCommand::PolicyCommand(Kube::ClusterSession *session, const QString &context,
                             const QString &ns, bool verbose)
    : m_session(session)
    , m_context(context)
    , m_ns(ns)
    , m_verbose(verbose)
{ }

int PolicyCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    static const QStringList verbs {u"add-role-to-user"_s,
                                    u"add-role-to-group"_s,
                                    u"remove-role-from-user"_s,
                                    u"remove-role-from-group"_s,
                                    u"add-cluster-role-to-user"_s,
                                    u"add-cluster-role-to-group"_s,
                                    u"remove-cluster-role-from-user"_s,
                                    u"remove-cluster-role-from-group"_s};
    if (args.isEmpty() || !verbs.contains(args.first()))
        return usageError(args.isEmpty() ? tr("policy needs add-role-to-user, add-role-to-group, "
                                              "remove-role-from-user or remove-role-from-group")
                                         : tr("unknown policy command \"%1\"").arg(args.first()));
    const QString verb = args.takeFirst();
    const bool add = verb.startsWith(u"add-"_s);
    const bool group = verb.endsWith(u"-group"_s);
    const bool clusterWide = verb.contains(u"cluster-role"_s);
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    QString serviceAccount;
    takeOption(args, {u"-z"_s, u"--serviceaccount"_s}, &serviceAccount);
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
    }
    if (group && !serviceAccount.isEmpty())
        return usageError(tr("-z names a service account, not a group"));
    if (args.size() != (serviceAccount.isEmpty() ? 2 : 1))
        return usageError(tr("%1 needs ROLE and NAME (or ROLE -z SERVICEACCOUNT)").arg(verb));
    const QString role = args.at(0);
    const QString name = serviceAccount.isEmpty() ? args.at(1) : serviceAccount;
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    const QString ns = clusterWide ? QString() : m_session->connection().ns;
    if (Result<void> names = OpenShift::RoleBindings::checkNames(role, name, ns, clusterWide);
        !names)
        return fail(names.error());
    if (clusterWide && !m_ns.isEmpty())
        return usageError(tr("%1 is cluster-wide; it takes no -n").arg(verb));
    const OpenShift::Subject subject = !serviceAccount.isEmpty()
        ? OpenShift::Subject::serviceAccount(ns, serviceAccount)
        : group ? OpenShift::Subject::group(name)
                : OpenShift::Subject::user(name);

    OpenShift::RoleBindings bindings(m_session->client());
    auto planned
        = await(add ? bindings.addRole(role, subject, ns) : bindings.removeRole(role, subject, ns));
    if (!planned)
        return fail(planned.error());
    for (const QString &warning : std::as_const(planned->warnings))
        errStream() << "warning: " << warning << Qt::endl;
    for (const QString &note : std::as_const(planned->notes))
        outStream() << note << Qt::endl;
    if (planned->changes.isEmpty())
        return 0;
    // As oc says it.
    options.doneMessage = u"clusterrole.rbac.authorization.k8s.io/%1 %2: \"%3\""_s.arg(
        role, add ? u"added"_s : u"removed"_s, name);
    OpenShift::ChangePlan plan(m_session);
    plan.add(planned->changes);
    return PlanRunner::run(&plan, options);
}

} // namespace Berth::Cli
