// SPDX-License-Identifier: Apache-2.0
#include "registrycommand.h"

#include "cliutil.h"
#include "planrunner.h"
#include "trustcommand.h"

#include "kube/clustersession.h"
#include "oci/registrytransport.h"
#include "openshift/changeplan.h"
#include "openshift/clusterregistry.h"
#include "openshift/registryconfig.h"
#include "openshift/registrystatus.h"
#include "workstation/authfile.h"
#include "workstation/certsdir.h"

#include <QDateTime>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

RegistryCommand::RegistryCommand(const QString &output, Kube::ClusterSession *session,
                                 const QString &context, bool verbose)
    : m_output(output)
    , m_session(session)
    , m_context(context)
    , m_verbose(verbose)
{ }

int RegistryCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(tr("registry needs show, status, set or login"));
    const QString sub = args.takeFirst();
    if (sub == u"show")
        return show(args);
    if (sub == u"set")
        return set(args);
    if (sub == u"status")
        return status(args);
    if (sub == u"login")
        return login(args);
    return usageError(tr("unknown registry command \"%1\"").arg(sub));
}

int RegistryCommand::show(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::RegistryConfig config(m_session->client());
    auto read = await(config.read());
    if (!read)
        return fail(read.error());
    if (m_output != u"table") {
        printStructured(*read, m_output);
        return 0;
    }
    const OpenShift::RegistrySpec spec = OpenShift::RegistrySpec::fromObject(*read);
    QString storage;
    switch (spec.storage) {
    case OpenShift::RegistrySpec::Storage::None:
        storage = tr("none");
        break;
    case OpenShift::RegistrySpec::Storage::EmptyDir:
        storage = tr("emptyDir (lost when the pod restarts)");
        break;
    case OpenShift::RegistrySpec::Storage::Pvc:
        storage = spec.claim.isEmpty() ? tr("pvc (image-registry-storage, made by the operator)")
                                       : tr("pvc (%1)").arg(spec.claim);
        break;
    case OpenShift::RegistrySpec::Storage::Other:
        storage = spec.otherStorage;
        break;
    }
    QStringList routes;
    for (const OpenShift::RegistryRoute &r : spec.routes)
        routes.append(r.name + (r.hostname.isEmpty() ? QString() : u'=' + r.hostname)
                      + (r.secretName.isEmpty() ? QString() : u" (" + r.secretName + u')'));
    printTable({{tr("Management state:"), spec.managementState},
                {tr("Storage:"), storage},
                {tr("Replicas:"), QString::number(spec.replicas)},
                {tr("Rollout strategy:"), spec.rolloutStrategy},
                {tr("Default route:"), spec.defaultRoute ? u"true"_s : u"false"_s},
                {tr("Routes:"), routes.isEmpty() ? tr("none") : routes.join(u", "_s)},
                {tr("Read-only:"), spec.readOnly ? u"true"_s : u"false"_s},
                {tr("Log level:"), spec.logLevel}});
    return 0;
}

int RegistryCommand::set(const QStringList &arguments)
{
    QStringList args = arguments;
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    QString value;
    OpenShift::RegistrySettings settings;
    auto boolean = [&args, &value](const QString &flag, std::optional<bool> *out) {
        if (takeFlag(args, flag)) {
            *out = true;
            return true;
        }
        if (!takeOption(args, {flag}, &value))
            return true;
        if (value != u"true" && value != u"false")
            return false;
        *out = value == u"true";
        return true;
    };
    if (!boolean(u"--default-route"_s, &settings.defaultRoute))
        return usageError(tr("--default-route takes true or false"));
    if (!boolean(u"--read-only"_s, &settings.readOnly))
        return usageError(tr("--read-only takes true or false"));
    if (takeOption(args, {u"--pvc-claim"_s}, &value))
        settings.pvcClaim = value;
    settings.emptyDir = takeFlag(args, u"--emptydir"_s);
    if (takeOption(args, {u"--management-state"_s}, &value))
        settings.managementState = value;
    if (takeOption(args, {u"--replicas"_s}, &value)) {
        bool ok = false;
        settings.replicas = value.toInt(&ok);
        if (!ok)
            return usageError(tr("--replicas takes a number"));
    }
    if (takeOption(args, {u"--rollout-strategy"_s}, &value))
        settings.rolloutStrategy = value;
    if (takeOption(args, {u"--log-level"_s}, &value))
        settings.logLevel = value;
    while (takeOption(args, {u"--route"_s}, &value)) {
        // NAME=HOST[,SECRET], or NAME alone for <name>-openshift-image-registry.<domain>.
        const QString name = value.section(u'=', 0, 0);
        const QString rest = value.section(u'=', 1);
        settings.routes.append({name, rest.section(u',', 0, 0), rest.section(u',', 1)});
    }
    while (takeOption(args, {u"--remove-route"_s}, &value))
        settings.removeRoutes.append(value);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::RegistryConfig config(m_session->client());
    auto planned = await(config.plan(settings));
    if (!planned)
        return fail(planned.error());
    for (const QString &warning : std::as_const(planned->warnings))
        errStream() << "warning: " << warning << Qt::endl;
    if (!planned->change) {
        outStream() << tr("The registry's config already says that; nothing to change.")
                    << Qt::endl;
        return 0;
    }
    OpenShift::ChangePlan plan(m_session);
    plan.add(*planned->change);
    return PlanRunner::run(&plan, options);
}

namespace {
void printStatus(const OpenShift::RegistryState &s, const QString &output)
{
    if (output != u"table") {
        // One YAML document per state, as kubectl get -w -o yaml separates them.
        if (output != u"json")
            writeOut("---\n");
        printStructured(s.toJson(), output);
        return;
    }
    QList<QStringList> rows {{RegistryCommand::tr("Registry:"), s.headline}};
    if (!s.advice.isEmpty())
        rows.append({RegistryCommand::tr("What to do:"), s.advice});
    rows.append({RegistryCommand::tr("Management state:"), s.spec.managementState});
    if (s.claim)
        rows.append({RegistryCommand::tr("Claim:"), s.claimLine()});
    rows.append({RegistryCommand::tr("Deployment:"), s.deploymentLine()});
    const QStringList pods = s.podLines();
    for (qsizetype i = 0; i < pods.size(); ++i)
        rows.append({i == 0 ? RegistryCommand::tr("Pods:") : QString(), pods.at(i)});
    if (!s.service.isEmpty())
        rows.append({RegistryCommand::tr("Service:"), s.service});
    const QStringList routes = s.routeLines();
    for (qsizetype i = 0; i < routes.size(); ++i)
        rows.append({i == 0 ? RegistryCommand::tr("Routes:") : QString(), routes.at(i)});
    if (!s.internalHostname.isEmpty())
        rows.append({RegistryCommand::tr("Internal hostname:"), s.internalHostname});
    if (!s.externalHostnames.isEmpty())
        rows.append(
            {RegistryCommand::tr("External hostnames:"), s.externalHostnames.join(u", "_s)});
    QStringList co;
    for (const OpenShift::Condition &c : s.clusterOperator)
        co.append(c.type + u'=' + c.status);
    if (!co.isEmpty())
        rows.append({RegistryCommand::tr("ClusterOperator:"), co.join(u' ')});
    for (qsizetype i = 0; i < s.unreadable.size(); ++i)
        rows.append(
            {i == 0 ? RegistryCommand::tr("Not readable:") : QString(), s.unreadable.at(i)});
    printTable(rows);
}
} // namespace

int RegistryCommand::status(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool watch = takeFlag(args, u"--watch"_s) || takeFlag(args, u"-w"_s);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::RegistryStatus status(m_session->client());
    Interruption interruption;
    QEventLoop loop;
    QString last;
    QObject::connect(&status, &OpenShift::RegistryStatus::changed, &loop, [&] {
        const OpenShift::RegistryState &s = status.state();
        if (last.isEmpty()) {
            printStatus(s, m_output);
            if (!watch)
                return loop.quit();
        } else if (s.headline + s.advice != last) {
            // As kubectl get -w: one more line per change, never the screen redrawn.
            if (m_output == u"table")
                outStream() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << "  "
                            << s.headline << (s.advice.isEmpty() ? QString() : u"  "_s + s.advice)
                            << Qt::endl;
            else
                printStatus(s, m_output);
        }
        last = s.headline + s.advice;
    });
    // A watch that ended for good (the token expired, access was taken away) ends the command:
    // a watch that would say nothing more must not look like a quiet registry.
    int code = 0;
    QObject::connect(&status, &OpenShift::RegistryStatus::problem, &loop,
                     [&loop, &code](const QString &message) {
                         errStream() << "error: " << message << Qt::endl;
                         code = 1;
                         loop.quit();
                     });
    // Ctrl+C (or SIGTERM) ends a watch; before the first answer it ends the wait.
    interruption.watch([&loop] { loop.quit(); });
    status.start();
    loop.exec();
    status.stop();
    if (interruption.signal())
        return 128 + interruption.signal();
    if (code != 0)
        return code;
    if (status.state().phase == OpenShift::RegistryState::Phase::Unknown
        && !status.state().unreadable.isEmpty())
        return 1;
    return 0;
}

int RegistryCommand::login(const QStringList &arguments)
{
    QStringList args = arguments;
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().message());
    QString host;
    QString authFile;
    QString image;
    takeOption(args, {u"--registry"_s}, &host);
    takeOption(args, {u"--authfile"_s, u"--registry-config"_s}, &authFile);
    takeOption(args, {u"--image"_s}, &image);
    const bool docker = takeFlag(args, u"--docker"_s);
    const bool skipCheck = takeFlag(args, u"--skip-check"_s);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!host.isEmpty())
        if (Result<void> valid = Workstation::checkRegistryHost(host); !valid)
            return fail(valid.error());
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    QStringList files {authFile.isEmpty() ? Workstation::AuthFile::containersPath() : authFile};
    if (docker)
        files.append(Workstation::AuthFile::dockerPath());
    QTextStream &out = outStream();
    if (taken->dryRun) {
        out << tr("Dry run: the login of this session would be saved for %1 in:")
                   .arg(host.isEmpty() ? tr("the cluster's registry") : host)
            << '\n';
        for (const QString &file : std::as_const(files))
            out << u"  "_s << file << '\n';
        out.flush();
        return 0;
    }
    OpenShift::ClusterRegistry registry(m_session->client(), m_session->connection().token);
    // As oc registry login: the registry must take the login. Trust comes from certs.d, as
    // podman and skopeo find it.
    auto *saving = registry.saveLogin(m_session->connection().ns, host, files, !skipCheck);
    // A file that failed after others were written: those are said too.
    OpenShift::SavedLogin partly;
    QObject::connect(saving, &Reply::finished, saving,
                     [&partly, saving] { partly = saving->value(); });
    const auto saved = await(saving);
    const bool structured = m_output != u"table";
    if (!saved) {
        const int failed = fail(saved.error());
        for (const Workstation::StoredCredential &s : std::as_const(partly.stored))
            errStream() << tr("The login was saved in %1 before that.").arg(s.path) << Qt::endl;
        return failed;
    }
    QJsonArray stored;
    for (const Workstation::StoredCredential &s : std::as_const(saved->stored)) {
        stored.append(QJsonObject {{u"path"_s, s.path}, {u"helper"_s, s.helper}});
        if (structured)
            continue;
        out << (s.helper.isEmpty()
                    ? tr("Saved the login of %1 for %2 in %3")
                          .arg(saved->username, saved->host, s.path)
                    : tr("Saved the login of %1 for %2 through docker-credential-%3 (named by %4)")
                          .arg(saved->username, saved->host, s.helper, s.path))
            << '\n';
    }
    out.flush();
    const Error &error = saved->check;
    if (error && error.kind() != Error::Kind::Tls)
        return fail(error.about(saved->host));
    if (error)
        errStream() << tr("warning: %1 is not trusted on this workstation yet (%2); run berthctl "
                          "trust export --host %1 --rootless (or --podman, --docker)")
                           .arg(saved->host, error.detail())
                    << Qt::endl;
    else if (saved->checked && !structured)
        out << tr("Login Succeeded!") << Qt::endl;
    QJsonArray clients;
    if (!skipCheck)
        TrustCommand::checkClients(m_session, saved->host, image, authFile,
                                   structured ? &clients : nullptr);
    if (structured)
        printStructured(QJsonObject {{u"host"_s, saved->host},
                                     {u"username"_s, saved->username},
                                     {u"stored"_s, stored},
                                     {u"checked"_s, saved->checked},
                                     {u"trusted"_s, saved->checked && !error},
                                     {u"clients"_s, clients}},
                        m_output);
    return 0;
}

} // namespace Berth::Cli
