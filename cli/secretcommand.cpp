// SPDX-License-Identifier: Apache-2.0
#include "secretcommand.h"

#include "cliutil.h"
#include "planrunner.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/clusterregistry.h"
#include "openshift/pullsecrets.h"

using namespace Qt::StringLiterals;

namespace Berth::Cli {

SecretCommand::SecretCommand(Kube::ClusterSession *session, const QString &context, bool verbose)
    : m_session(session)
    , m_context(context)
    , m_verbose(verbose)
{ }

int SecretCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(tr("secret needs create-pull or link"));
    const QString sub = args.takeFirst();
    if (sub == u"create-pull")
        return createPull(args);
    if (sub == u"link")
        return link(args);
    return usageError(tr("unknown secret command \"%1\"").arg(sub));
}

int SecretCommand::createPull(const QStringList &arguments)
{
    QStringList args = arguments;
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    OpenShift::PullSecretRequest request;
    takeOption(args, {u"--server"_s, u"--docker-server"_s}, &request.server);
    takeOption(args, {u"--username"_s, u"--docker-username"_s}, &request.username);
    takeOption(args, {u"--password"_s, u"--docker-password"_s}, &request.password);
    takeOption(args, {u"--email"_s, u"--docker-email"_s}, &request.email);
    const bool fromToken = takeFlag(args, u"--from-token"_s);
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
    }
    if (args.size() != 1)
        return usageError(tr("create-pull needs NAME"));
    request.name = args.first();
    if (request.server.isEmpty())
        return usageError(tr("create-pull needs --server HOST[:PORT]"));
    if (fromToken == (!request.username.isEmpty() || !request.password.isEmpty()))
        return usageError(tr("give --username and --password, or --from-token"));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    request.ns = m_session->connection().ns;
    if (fromToken) {
        // The login's token goes into a secret for the cluster's own registry only.
        OpenShift::ClusterRegistry registry(m_session->client(), m_session->connection().token);
        const auto credential = await(registry.tokenLogin(request.ns, request.server));
        if (!credential)
            return fail(credential.error());
        request.username = credential->username;
        request.password = credential->password;
        errStream() << tr("warning: the secret holds your own token: whoever may read secrets "
                          "in %1 can act as you on the API, and pods stop pulling when your "
                          "login expires. For pods, a service account's token is safer.")
                           .arg(request.ns)
                    << Qt::endl;
    }
    const Result<OpenShift::Change> change = OpenShift::PullSecrets::create(request);
    if (!change)
        return fail(change.error());
    OpenShift::ChangePlan plan(m_session);
    plan.add(*change);
    const int code = PlanRunner::run(&plan, options);
    if (code == 0)
        errStream() << tr("Pods use it with:") << '\n'
                    << OpenShift::PullSecrets::podSpecSnippet(request.name)
                    << tr("or through their service account: berthctl secret link SA %1 "
                          "--for=pull")
                           .arg(request.name)
                    << Qt::endl;
    return code;
}

int SecretCommand::link(const QStringList &arguments)
{
    QStringList args = arguments;
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    QString purpose;
    takeOption(args, {u"--for"_s}, &purpose);
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
    }
    if (args.size() != 2)
        return usageError(tr("link needs SERVICEACCOUNT and SECRET"));
    if (purpose != u"pull")
        return usageError(tr("link takes --for=pull (pods pull with the secret)"));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    const QString ns = m_session->connection().ns;
    OpenShift::PullSecrets secrets(m_session->client());
    auto planned = await(secrets.link(ns, args.at(0), args.at(1)));
    if (!planned)
        return fail(planned.error());
    if (!*planned) {
        outStream() << tr("serviceaccount/%1 already pulls with %2; nothing to change")
                           .arg(args.at(0), args.at(1))
                    << Qt::endl;
        return 0;
    }
    OpenShift::ChangePlan plan(m_session);
    plan.add(**planned);
    return PlanRunner::run(&plan, options);
}

} // namespace Berth::Cli
