// SPDX-License-Identifier: Apache-2.0
#include "trustcommand.h"

#include "cliutil.h"
#include "planrunner.h"

#include "common/atomicfile.h"
#include "kube/clustersession.h"
#include "oci/registrytransport.h"
#include "openshift/changeplan.h"
#include "openshift/clusterregistry.h"
#include "openshift/clustertrust.h"
#include "tls/certificates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {
QJsonArray certificatesJson(const QList<QSslCertificate> &certificates)
{
    QJsonArray out;
    for (const QSslCertificate &c : certificates) {
        const Tls::CertificateInfo info = Tls::CertificateInfo::from(c);
        out.append(QJsonObject {{u"subject"_s, info.subject},
                                {u"issuer"_s, info.issuer},
                                {u"notAfter"_s, info.notAfter.toString(Qt::ISODate)},
                                {u"certificateAuthority"_s, info.certificateAuthority},
                                {u"sha256"_s, info.sha256Fingerprint}});
    }
    return out;
}
} // namespace

TrustCommand::TrustCommand(const QString &output, const QString &file,
                           Kube::ClusterSession *session, const QString &context, bool verbose)
    : m_output(output)
    , m_file(file)
    , m_session(session)
    , m_context(context)
    , m_verbose(verbose)
{ }

int TrustCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(tr("trust needs fetch-ca, cluster or status"));
    const QString sub = args.takeFirst();
    if (sub == u"fetch-ca")
        return fetchCa(args);
    if (sub == u"cluster")
        return cluster(args);
    if (sub == u"status")
        return status(args);
    return usageError(tr("unknown trust command \"%1\"").arg(sub));
}

QString TrustCommand::registryHost(const QString &given)
{
    if (!given.isEmpty())
        return given;
    OpenShift::ClusterRegistry registry(m_session->client(), m_session->connection().token);
    auto host = await(registry.reachable(m_session->connection().ns, Oci::RegistryOptions {}));
    return host ? *host : QString();
}

int TrustCommand::findCa(const QString &host, OpenShift::RegistryCa *found)
{
    OpenShift::ClusterTrust trust(m_session->client());
    auto read = await(trust.findCa(host));
    if (!read)
        return fail(read.error());
    *found = *read;
    QTextStream &err = errStream();
    for (const OpenShift::CaSource &s : std::as_const(found->sources)) {
        err << OpenShift::CaSource::name(s.kind) << " (" << OpenShift::CaSource::label(s.kind)
            << "): ";
        if (!s.problem.isEmpty())
            err << tr("cannot be read: %1").arg(s.problem);
        else if (s.certificates.isEmpty())
            err << tr("nothing presented: %1").arg(found->presentedProblem);
        else if (s.verifiesRoute)
            err << tr("verifies %1").arg(found->host);
        else
            err << tr("does not verify %1: %2").arg(found->host, s.verification);
        err << '\n';
    }
    err << found->recommendation << Qt::endl;
    return 0;
}

int TrustCommand::fetchCa(const QStringList &arguments)
{
    QStringList args = arguments;
    QString sourceName;
    QString host;
    takeOption(args, {u"--source"_s}, &sourceName);
    takeOption(args, {u"--host"_s}, &host);
    const bool confirm = takeFlag(args, u"--confirm"_s);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    const auto source
        = sourceName.isEmpty() ? std::nullopt : OpenShift::CaSource::fromName(sourceName);
    if (!sourceName.isEmpty() && !source)
        return usageError(tr("--source takes router-ca, default-ingress-cert or presented"));
    const bool toFile
        = !m_file.isEmpty() && m_file != u"table" && (m_file != u"json" && m_file != u"yaml");
    if (toFile && QFileInfo::exists(m_file) && !confirm)
        return fail(Error(Error::Kind::InvalidInput,
                          tr("%1 exists; add --confirm to replace it").arg(m_file)));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::RegistryCa found;
    if (const int failed = findCa(registryHost(host), &found))
        return failed;
    const qsizetype index = source ? qsizetype(*source) : found.recommended;
    if (index < 0) {
        Error error(Error::Kind::Tls, found.recommendation);
        error.setHint(tr("Name one with --source."));
        return fail(error);
    }
    const OpenShift::CaSource &chosen = found.sources.at(index);
    if (chosen.certificates.isEmpty())
        return fail(
            Error(Error::Kind::NotFound,
                  tr("%1 gives no certificate: %2")
                      .arg(OpenShift::CaSource::label(chosen.kind),
                           chosen.problem.isEmpty() ? found.presentedProblem : chosen.problem)));
    if (m_file == u"json" || m_file == u"yaml") {
        QJsonArray sources;
        for (const OpenShift::CaSource &s : std::as_const(found.sources))
            sources.append(QJsonObject {{u"name"_s, OpenShift::CaSource::name(s.kind)},
                                        {u"problem"_s, s.problem},
                                        {u"verifiesRoute"_s, s.verifiesRoute},
                                        {u"verification"_s, s.verification},
                                        {u"certificates"_s, certificatesJson(s.certificates)}});
        printStructured(
            QJsonObject {{u"host"_s, found.host},
                         {u"sources"_s, sources},
                         {u"recommended"_s, OpenShift::CaSource::name(chosen.kind)},
                         {u"recommendation"_s, found.recommendation},
                         {u"pem"_s, QString::fromLatin1(Tls::toPem(chosen.certificates))}},
            m_file);
        return 0;
    }
    const QByteArray pem = Tls::toPem(chosen.certificates);
    if (!toFile) {
        writeOut(pem);
        return 0;
    }
    if (Result<void> written = writeFileAtomically(m_file, pem, FileSecrecy::Public); !written)
        return fail(written.error());
    errStream() << tr("%1 written from %2 (SHA-256 %3)")
                       .arg(m_file, OpenShift::CaSource::name(chosen.kind),
                            Tls::sha256Fingerprint(chosen.certificates.first()))
                << Qt::endl;
    return 0;
}

int TrustCommand::cluster(const QStringList &arguments)
{
    QStringList args = arguments;
    PlanOptions options;
    options.verbose = m_verbose;
    QString problem;
    if (!PlanRunner::takeDryRun(args, &options, &problem))
        return usageError(problem);
    QString configMap;
    QString host;
    QString caFile;
    QString sourceName;
    takeOption(args, {u"--configmap"_s}, &configMap);
    takeOption(args, {u"--host"_s}, &host);
    takeOption(args, {u"--ca-file"_s}, &caFile);
    takeOption(args, {u"--source"_s}, &sourceName);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (host.isEmpty())
        return usageError(tr("trust cluster needs --host HOST[:PORT]"));
    const auto source
        = sourceName.isEmpty() ? std::nullopt : OpenShift::CaSource::fromName(sourceName);
    if (!sourceName.isEmpty() && !source)
        return usageError(tr("--source takes router-ca, default-ingress-cert or presented"));
    if (!caFile.isEmpty() && source)
        return usageError(tr("give --ca-file or --source, not both"));
    if (Result<QString> key = OpenShift::ClusterTrust::configMapKey(host); !key)
        return fail(key.error());
    QList<QSslCertificate> ca;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error(Error::Kind::Io, tr("cannot read %1: %2").arg(caFile, file.errorString())));
        auto parsed = Tls::parseCertificates(file.read(1024 * 1024 + 1));
        if (!parsed)
            return fail(parsed.error().about(caFile));
        ca = *parsed;
    }
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    if (ca.isEmpty()) {
        OpenShift::RegistryCa found;
        if (const int failed = findCa(host, &found))
            return failed;
        const qsizetype index = source ? qsizetype(*source) : found.recommended;
        if (index < 0 || found.sources.at(index).certificates.isEmpty()) {
            Error error(Error::Kind::Tls, found.recommendation);
            error.setHint(tr("Name a CA with --ca-file or --source."));
            return fail(error);
        }
        ca = found.sources.at(index).certificates;
    }
    OpenShift::ClusterTrust trust(m_session->client());
    auto planned = await(trust.trust(host, ca, configMap));
    if (!planned)
        return fail(planned.error());
    for (const QString &note : std::as_const(planned->notes))
        errStream() << note << Qt::endl;
    OpenShift::ChangePlan plan(m_session->client(), m_session->commands());
    plan.add(planned->changes);
    return PlanRunner::run(&plan, options);
}

int TrustCommand::status(const QStringList &arguments)
{
    QStringList args = arguments;
    QString host;
    takeOption(args, {u"--host"_s}, &host);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::ClusterTrust trust(m_session->client());
    auto state = await(trust.state());
    if (!state)
        return fail(state.error());
    if (m_output != u"table") {
        QJsonArray hosts;
        for (const OpenShift::TrustedHost &h : std::as_const(state->hosts))
            hosts.append(QJsonObject {{u"key"_s, h.key},
                                      {u"host"_s, h.host},
                                      {u"certificates"_s, certificatesJson(h.certificates)}});
        printStructured(QJsonObject {{u"configMap"_s, state->configMap},
                                     {u"configMapExists"_s, state->configMapExists},
                                     {u"hosts"_s, hosts}},
                        m_output);
        return 0;
    }
    QTextStream &out = outStream();
    if (state->configMap.isEmpty()) {
        out << tr("The nodes trust no additional CA (images.config has no additionalTrustedCA).")
            << Qt::endl;
    } else if (!state->configMapExists) {
        out << tr("images.config names ConfigMap %1 in openshift-config, which does not exist.")
                   .arg(state->configMap)
            << Qt::endl;
    } else {
        out << tr("The nodes trust the CAs of ConfigMap %1 in openshift-config:")
                   .arg(state->configMap)
            << '\n';
        QList<QStringList> rows {{tr("HOST"), tr("KEY"), tr("CA"), tr("EXPIRES")}};
        for (const OpenShift::TrustedHost &h : std::as_const(state->hosts)) {
            const bool parsed = !h.certificates.isEmpty();
            const Tls::CertificateInfo info = parsed
                ? Tls::CertificateInfo::from(h.certificates.first())
                : Tls::CertificateInfo {};
            rows.append({h.host, h.key, parsed ? info.subject : tr("(not a certificate)"),
                         parsed ? info.notAfter.toString(Qt::ISODate) : QString()});
        }
        printTable(rows);
    }
    if (host.isEmpty())
        return 0;
    const OpenShift::TrustedHost *entry = state->find(host);
    if (!entry) {
        out << tr("The cluster does not trust a CA for %1.").arg(host) << Qt::endl;
        return 0;
    }
    OpenShift::RegistryCa found;
    if (const int failed = findCa(host, &found))
        return failed;
    const Result<void> verified = found.presented.isEmpty()
        ? Result<void>(Error(Error::Kind::Tls, found.presentedProblem))
        : Tls::verifyChain(found.presented.certificates, entry->certificates, host);
    out << (verified ? tr("The CA the cluster trusts for %1 verifies the certificate it presents.")
                           .arg(host)
                     : tr("The CA the cluster trusts for %1 does not verify it: %2")
                           .arg(host, verified.error().detail()))
        << Qt::endl;
    return 0;
}

} // namespace Berth::Cli
