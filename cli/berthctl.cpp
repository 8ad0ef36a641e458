// SPDX-License-Identifier: Apache-2.0
#include "berthctl.h"

#include "cliutil.h"
#include "help.h"
#include "historycommand.h"
#include "imagecommand.h"
#include "policycommand.h"
#include "registrycommand.h"
#include "secretcommand.h"
#include "storageclasscommand.h"
#include "trustcommand.h"

#include "common/version.h"
#include "common/yamljson.h"
#include "kube/kubeconfig.h"
#include "kube/login.h"
#include "kube/userinfo.h"
#include "tls/certificateinfo.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {
QTextStream &out()
{
    return outStream();
}
QTextStream &err()
{
    return errStream();
}
} // namespace

int Berthctl::usage(const QString &problem)
{
    if (!problem.isEmpty())
        err() << "error: " << problem << '\n';
    err() << Help::text({}) << Qt::flush;
    return 2;
}

int Berthctl::help(const QStringList &arguments)
{
    // The words before --help that are not options name the topic: "image push --help", or
    // "help image push". A word that names no subcommand is an argument ("login URL --help").
    QStringList words;
    for (const QString &a : arguments) {
        if (!a.startsWith(u'-') && a != u"help" && words.size() < 2)
            words.append(a);
    }
    // After "image" comes a subcommand, never an argument.
    if (words.size() == 2 && words.first() == u"image" && Help::text(words).isEmpty())
        return usageError(tr("unknown image command \"%1\"").arg(words.last()));
    while (!words.isEmpty() && Help::text(words).isEmpty())
        words.removeLast();
    if (words.isEmpty() && !arguments.isEmpty()) {
        const QString first = arguments.first() == u"help" ? arguments.value(1) : arguments.first();
        if (!first.isEmpty() && !first.startsWith(u'-'))
            return usageError(tr("unknown command \"%1\"").arg(first));
    }
    out() << Help::text(words) << Qt::flush;
    return 0;
}

QStringList Berthctl::kubeconfigPaths() const
{
    return m_global.kubeconfig.isEmpty() ? Kube::KubeConfig::defaultPaths()
                                         : QStringList {m_global.kubeconfig};
}

int Berthctl::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    takeOption(args, {u"--kubeconfig"_s}, &m_global.kubeconfig);
    takeOption(args, {u"--context"_s}, &m_global.context);
    takeOption(args, {u"-n"_s, u"--namespace"_s}, &m_global.ns);
    // `trust fetch-ca -o FILE` names a file (as oc extract --to does); elsewhere -o is a format.
    const qsizetype trust = args.indexOf(u"trust"_s);
    const bool outputIsFile = trust >= 0 && args.value(trust + 1) == u"fetch-ca";
    QString outputFile;
    takeOption(args, {u"-o"_s, u"--output"_s}, outputIsFile ? &outputFile : &m_global.output);
    m_global.verbose = takeFlag(args, u"-v"_s) || takeFlag(args, u"--verbose"_s);
    if (!QStringList {u"table"_s, u"json"_s, u"yaml"_s}.contains(m_global.output))
        return usage(tr("-o takes table, json or yaml"));
    if (args.contains(u"--version"_s)) {
        out() << versionText(u"berthctl"_s) << Qt::flush;
        return 0;
    }
    m_session.setKubeconfigPaths(kubeconfigPaths());
    m_session.setNamespace(m_global.ns);
    if (args.isEmpty())
        return usage(tr("no command given"));
    if (args.first() == u"help" || args.contains(u"--help"_s) || args.contains(u"-h"_s))
        return help(args);
    const QString verb = args.takeFirst();
    if (verb == u"login")
        return login(args);
    if (verb == u"whoami")
        return whoami(args);
    if (verb == u"context")
        return context(args);
    if (verb == u"storageclass" || verb == u"storageclasses" || verb == u"sc")
        return StorageClassCommand(m_global.output, &m_session, m_global.context, m_global.verbose)
            .run(args);
    if (verb == u"registry")
        return RegistryCommand(m_global.output, &m_session, m_global.context, m_global.verbose)
            .run(args);
    if (verb == u"policy")
        return PolicyCommand(&m_session, m_global.context, m_global.ns, m_global.verbose).run(args);
    if (verb == u"secret")
        return SecretCommand(&m_session, m_global.context, m_global.verbose).run(args);
    if (verb == u"trust")
        return TrustCommand(m_global.output, outputFile, &m_session, m_global.context,
                            m_global.verbose)
            .run(args);
    if (verb == u"history" || verb == u"revert")
        return HistoryCommand(m_global.output, &m_session, m_global.context, m_global.verbose)
            .run(verb, args);
    if (verb == u"image")
        return ImageCommand(m_global.output, &m_session, m_global.context).run(args);
    return usage(tr("unknown command \"%1\"").arg(verb));
}

int Berthctl::login(const QStringList &arguments)
{
    QStringList args = arguments;
    Kube::LoginRequest request;
    QString fingerprint;
    takeOption(args, {u"--server"_s, u"-s"_s}, &request.server);
    takeOption(args, {u"--token"_s}, &request.token);
    takeOption(args, {u"--certificate-authority"_s}, &request.certificateAuthorityFile);
    takeOption(args, {u"--trust-fingerprint"_s}, &fingerprint);
    request.insecureSkipTlsVerify = takeFlag(args, u"--insecure-skip-tls-verify"_s);
    if (request.server.isEmpty() && args.size() == 1 && !args.first().startsWith(u'-'))
        request.server = args.takeFirst();
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (request.server.isEmpty() || request.token.isEmpty())
        return usage(tr("login needs --server and --token"));
    if (request.insecureSkipTlsVerify
        && (!request.certificateAuthorityFile.isEmpty() || !fingerprint.isEmpty()))
        return usage(
            tr("--insecure-skip-tls-verify cannot be combined with a certificate authority"));
    request.kubeconfigPaths = kubeconfigPaths();

    Kube::Login login;
    Kube::LoginReply *reply = login.run(request);
    wait(reply);
    if (reply->error().kind() == Error::Kind::Tls && !fingerprint.isEmpty()
        && !reply->presentedChain().isEmpty()) {
        // Trust on first use, but only for the certificate the user named: pin it.
        const QSslCertificate anchor = reply->presentedChain().anchor();
        if (Tls::normalizedFingerprint(Tls::sha256Fingerprint(anchor))
            != Tls::normalizedFingerprint(fingerprint)) {
            err() << "error: "
                  << tr("the server presented a certificate with SHA-256 fingerprint %1, not %2; "
                        "nothing was changed.")
                         .arg(Tls::sha256Fingerprint(anchor), fingerprint)
                  << Qt::endl;
            return 1;
        }
        request.trustedCertificate = anchor.toPem();
        reply = login.run(request);
        wait(reply);
    }
    if (reply->error())
        return fail(reply->error());
    const Kube::LoginResult &result = reply->value();
    if (request.insecureSkipTlsVerify)
        err() << tr("warning: the certificate of %1 is not verified; anyone on the network path "
                    "can read and change "
                    "what is sent.")
                     .arg(result.server.toString())
              << Qt::endl;
    out() << tr("Logged into \"%1\" as \"%2\" using the token provided.")
                 .arg(result.server.toString(), result.user)
          << "\n\n";
    if (result.projects.isEmpty())
        out() << tr("You don't have any projects.") << '\n';
    else
        out() << tr("You have access to %n project(s).", nullptr, int(result.projects.size()))
              << '\n';
    out() << tr("Using project \"%1\".").arg(result.ns) << Qt::endl;
    if (auto config = Kube::KubeConfig::load(request.kubeconfigPaths)) {
        for (const QString &warning : config->warnings())
            err() << "warning: " << warning << Qt::endl;
    }
    return 0;
}

int Berthctl::whoami(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool showToken = takeFlag(args, u"-t"_s) || takeFlag(args, u"--show-token"_s);
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(&m_session, m_global.context); !opened)
        return fail(opened.error());
    if (showToken) {
        // As `oc whoami -t`: the token of the context, with no server call.
        if (m_session.connection().token.isEmpty())
            return fail(Error(Error::Kind::InvalidInput, tr("the current context has no token")));
        out() << m_session.connection().token << Qt::endl;
        return 0;
    }
    ValueReply<Kube::UserInfo> *reply = Kube::fetchUserInfo(m_session.client());
    wait(reply);
    if (reply->error())
        return fail(reply->error());
    if (m_global.output == u"table") {
        out() << reply->value().username << Qt::endl;
        return 0;
    }
    const QJsonObject json {{u"username"_s, reply->value().username},
                            {u"groups"_s, QJsonArray::fromStringList(reply->value().groups)}};
    out() << (m_global.output == u"json" ? QString::fromUtf8(QJsonDocument(json).toJson())
                                         : QString::fromUtf8(jsonToYaml(json)));
    out().flush();
    return 0;
}

int Berthctl::context(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("context needs list or use NAME"));
    const QString sub = args.takeFirst();
    auto config = Kube::KubeConfig::load(kubeconfigPaths());
    if (!config)
        return fail(config.error());
    if (sub == u"use") {
        if (args.size() != 1)
            return usage(tr("context use needs one context name"));
        if (!config->context(args.first()))
            return fail(
                Error(Error::Kind::InvalidInput, tr("no context named \"%1\"").arg(args.first())));
        config->setCurrentContext(args.first());
        if (const Result<void> saved = config->save(); !saved)
            return fail(saved.error());
        out() << tr("Switched to context \"%1\".").arg(args.first()) << Qt::endl;
        return 0;
    }
    if (sub != u"list" || !args.isEmpty())
        return usage(tr("context needs list or use NAME"));
    const QString current = config->currentContext();
    QJsonArray rows;
    for (const QString &name : config->contextNames()) {
        const auto ctx = config->context(name);
        const auto cluster = config->cluster(ctx->cluster);
        rows.append(QJsonObject {{u"name"_s, name},
                                 {u"current"_s, name == current},
                                 {u"cluster"_s, ctx->cluster},
                                 {u"server"_s, cluster ? cluster->server : QString()},
                                 {u"user"_s, ctx->user},
                                 {u"namespace"_s, ctx->ns}});
    }
    if (m_global.output == u"json") {
        out() << QString::fromUtf8(QJsonDocument(rows).toJson());
    } else if (m_global.output == u"yaml") {
        out() << QString::fromUtf8(jsonToYaml(rows));
    } else {
        QList<QStringList> table {
            {u"CURRENT"_s, u"NAME"_s, u"CLUSTER"_s, u"USER"_s, u"NAMESPACE"_s}};
        for (const QJsonValue &v : std::as_const(rows)) {
            const QJsonObject r = v.toObject();
            table.append({r.value("current"_L1).toBool() ? u"*"_s : QString(),
                          r.value("name"_L1).toString(), r.value("cluster"_L1).toString(),
                          r.value("user"_L1).toString(), r.value("namespace"_L1).toString()});
        }
        printTable(table);
    }
    out().flush();
    return 0;
}

} // namespace Berth::Cli
