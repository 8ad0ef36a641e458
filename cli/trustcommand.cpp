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
#include "workstation/authfile.h"
#include "workstation/certsdir.h"
#include "workstation/clientcheck.h"
#include "workstation/rootinstall.h"
#include "workstation/savedlogin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {
/// Core keeps another CA it finds; the way to replace it on the command line is --replace.
Error withReplaceHint(Error error)
{
    if (error.reason() == u"AnotherCa")
        error.setHint(TrustCommand::tr("Add --replace to replace it."));
    return error;
}

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

void TrustCommand::checkClients(Kube::ClusterSession *session, const QString &host,
                                const QString &image, const QString &authFile, QJsonArray *json)
{
    OpenShift::ClientChecks ran;
    if (session->isOpen()) {
        OpenShift::ClusterRegistry registry(session->client(), session->connection().token);
        auto checked
            = await(registry.checkWithClients(session->connection().ns, host, image, authFile));
        if (checked)
            ran = *checked;
        else
            ran.noImage = checked.error().message();
    } else {
        // export --ca-file needs no cluster: only the image named is read.
        ran.image = image;
        ran.noImage = tr("no cluster is open");
        auto checked = await(Workstation::checkWithClients(host, image, authFile));
        if (checked)
            ran.checks = *checked;
        else
            ran.noImage = checked.error().message();
    }
    QTextStream &out = json ? errStream() : outStream();
    if (ran.checks.isEmpty())
        out << tr("Neither skopeo nor podman is installed here: nothing to check with.") << '\n';
    else
        out << tr("Checked with the clients installed here, with no TLS or credential flags:")
            << '\n';
    for (const Workstation::ClientCheck &c : std::as_const(ran.checks)) {
        if (json) {
            json->append(QJsonObject {{u"client"_s, c.client},
                                      {u"command"_s, QJsonArray::fromStringList(c.command)},
                                      {u"passed"_s, c.passed},
                                      {u"said"_s, c.said}});
            continue;
        }
        out << u"  "_s << (c.passed ? tr("ok") : tr("failed")) << u"  "_s << c.shownCommand()
            << '\n'
            << u"      "_s << c.said << '\n';
    }
    if (ran.image.isEmpty() && !ran.checks.isEmpty())
        out << tr("No image was read (%1); name one with --image PROJECT/STREAM:TAG.")
                   .arg(ran.noImage)
            << '\n';
    out.flush();
}

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
        return usageError(tr("trust needs fetch-ca, cluster, export or status"));
    const QString sub = args.takeFirst();
    if (sub == u"fetch-ca")
        return fetchCa(args);
    if (sub == u"cluster")
        return cluster(args);
    if (sub == u"status")
        return status(args);
    if (sub == u"export")
        return exportCa(args);
    if (sub == u"install-ca")
        return installCa(args);
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
    QString fingerprint;
    takeOption(args, {u"--source"_s}, &sourceName);
    takeOption(args, {u"--host"_s}, &host);
    takeOption(args, {u"--fingerprint"_s}, &fingerprint);
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
    const Result<OpenShift::CaSource> choice = found.choose(source, fingerprint);
    if (!choice)
        return fail(choice.error());
    const OpenShift::CaSource &chosen = *choice;
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
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    QString configMap;
    QString host;
    QString caFile;
    QString sourceName;
    takeOption(args, {u"--configmap"_s}, &configMap);
    const bool replace = takeFlag(args, u"--replace"_s);
    takeOption(args, {u"--host"_s}, &host);
    QString fingerprint;
    takeOption(args, {u"--ca-file"_s}, &caFile);
    takeOption(args, {u"--source"_s}, &sourceName);
    takeOption(args, {u"--fingerprint"_s}, &fingerprint);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (host.isEmpty())
        return usageError(tr("trust cluster needs --host HOST[:PORT]"));
    if (Result<QString> key = OpenShift::ClusterTrust::configMapKey(host); !key)
        return fail(key.error());
    QList<QSslCertificate> ca;
    if (const int failed = takeCa(caFile, sourceName, fingerprint, host, &ca))
        return failed;
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::ClusterTrust trust(m_session->client());
    auto planned = await(trust.trust(host, ca, configMap, replace));
    if (!planned)
        return fail(withReplaceHint(planned.error()));
    for (const QString &note : std::as_const(planned->notes))
        errStream() << note << Qt::endl;
    OpenShift::ChangePlan plan(m_session);
    plan.add(planned->changes);
    return PlanRunner::run(&plan, options);
}

int TrustCommand::status(const QStringList &arguments)
{
    QStringList args = arguments;
    QString host;
    QString image;
    takeOption(args, {u"--host"_s}, &host);
    takeOption(args, {u"--image"_s}, &image);
    const bool skipCheck = takeFlag(args, u"--skip-check"_s);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!host.isEmpty())
        if (Result<void> valid = Workstation::checkRegistryHost(host); !valid)
            return fail(valid.error());
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::ClusterTrust trust(m_session->client());
    auto state = await(trust.state());
    if (!state)
        return fail(state.error());
    const bool structured = m_output != u"table";
    QTextStream &out = outStream();
    QJsonArray hosts;
    for (const OpenShift::TrustedHost &h : std::as_const(state->hosts))
        hosts.append(QJsonObject {{u"key"_s, h.key},
                                  {u"host"_s, h.host},
                                  {u"certificates"_s, certificatesJson(h.certificates)}});
    QJsonObject json {{u"configMap"_s, state->configMap},
                      {u"configMapExists"_s, state->configMapExists},
                      {u"hosts"_s, hosts}};
    if (structured) {
        // printed at the end, with the workstation when --host is given
    } else if (state->configMap.isEmpty()) {
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
    if (host.isEmpty()) {
        if (structured)
            printStructured(json, m_output);
        return 0;
    }
    OpenShift::RegistryCa found;
    if (const int failed = findCa(host, &found))
        return failed;
    QString verdict;
    bool clusterVerifies = false;
    if (const OpenShift::TrustedHost *entry = state->find(host); !entry) {
        verdict = tr("The cluster does not trust a CA for %1.").arg(host);
    } else {
        const Result<void> verified = found.presented.isEmpty()
            ? Result<void>(Error(Error::Kind::Tls, found.presentedProblem))
            : Tls::verifyChain(found.presented.certificates, entry->certificates, host);
        clusterVerifies = bool(verified);
        verdict = verified
            ? tr("The CA the cluster trusts for %1 verifies the certificate it presents.").arg(host)
            : tr("The CA the cluster trusts for %1 does not verify it: %2")
                  .arg(host, verified.error().detail());
    }
    // The workstation: each certs.d against the recommended CA, then the login as podman and
    // skopeo find it, tried on the registry.
    const QList<QSslCertificate> recommended = found.recommended < 0
        ? QList<QSslCertificate>()
        : found.sources.at(found.recommended).certificates;
    QList<QStringList> rows {{tr("WORKSTATION"), tr("CA FILE"), tr("STATE")}};
    QJsonArray stores;
    for (auto s : {Workstation::CertsStore::Docker, Workstation::CertsStore::Podman,
                   Workstation::CertsStore::Rootless}) {
        const Workstation::CaFileState file = Workstation::caFileState(s, host, recommended);
        static const QHash<Workstation::CaFileState::State, QString> names {
            {Workstation::CaFileState::State::Missing, u"Missing"_s},
            {Workstation::CaFileState::State::Matches, u"Matches"_s},
            {Workstation::CaFileState::State::Different, u"Different"_s},
            {Workstation::CaFileState::State::Unreadable, u"Unreadable"_s}};
        QString what;
        switch (file.state) {
        case Workstation::CaFileState::State::Missing:
            what = tr("missing");
            break;
        case Workstation::CaFileState::State::Matches:
            what = tr("holds the recommended CA");
            break;
        case Workstation::CaFileState::State::Different:
            what = tr("holds another CA");
            break;
        case Workstation::CaFileState::State::Unreadable:
            what = tr("unreadable: %1").arg(file.problem);
            break;
        }
        rows.append({Workstation::storeName(s), file.path, what});
        stores.append(QJsonObject {{u"store"_s, Workstation::storeName(s)},
                                   {u"path"_s, file.path},
                                   {u"state"_s, names.value(file.state)},
                                   {u"problem"_s, file.problem}});
    }
    const Result<Workstation::SavedLoginState> checked
        = await(Workstation::checkSavedLogin(host, Workstation::AuthFile::defaultPaths()));
    const Workstation::SavedLoginState saved = checked ? *checked : Workstation::SavedLoginState();
    const QString login = !saved.saved
        ? (saved.problem.isEmpty()
               ? tr("Login: none saved for %1 (berthctl registry login)").arg(host)
               : tr("Login: %1").arg(saved.problem))
        : saved.accepted ? tr("Login: saved, and %1 takes it").arg(host)
                         : tr("Login: saved, but %1 refuses it: %2").arg(host, saved.problem);
    const QJsonObject loginJson {{u"saved"_s, saved.saved},
                                 {u"username"_s, saved.username},
                                 {u"accepted"_s, saved.accepted},
                                 {u"problem"_s, saved.problem}};
    if (!structured) {
        out << verdict << '\n';
        printTable(rows);
        out << login << Qt::endl;
    }
    QJsonArray clients;
    if (!skipCheck)
        checkClients(m_session, host, image, {}, structured ? &clients : nullptr);
    if (structured) {
        json.insert(u"registry"_s,
                    QJsonObject {{u"host"_s, host},
                                 {u"clusterTrustsIt"_s, clusterVerifies},
                                 {u"workstation"_s, stores},
                                 {u"login"_s, loginJson},
                                 {u"clients"_s, clients}});
        printStructured(json, m_output);
    }
    return 0;
}

int TrustCommand::takeCa(const QString &caFile, const QString &sourceName,
                         const QString &fingerprint, const QString &host,
                         QList<QSslCertificate> *ca)
{
    const auto source
        = sourceName.isEmpty() ? std::nullopt : OpenShift::CaSource::fromName(sourceName);
    if (!sourceName.isEmpty() && !source)
        return usageError(tr("--source takes router-ca, default-ingress-cert or presented"));
    if (!caFile.isEmpty() && source)
        return usageError(tr("give --ca-file or --source, not both"));
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error(Error::Kind::Io, tr("cannot read %1: %2").arg(caFile, file.errorString())));
        auto parsed = Tls::parseCertificates(file.read(Tls::maxCertificateFile + 1));
        if (!parsed)
            return fail(parsed.error().about(caFile));
        *ca = *parsed;
        return 0;
    }
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::RegistryCa found;
    if (const int failed = findCa(host, &found))
        return failed;
    const Result<OpenShift::CaSource> choice = found.choose(source, fingerprint);
    if (!choice)
        return fail(choice.error());
    *ca = choice->certificates;
    return 0;
}

namespace {
/// One line of what was done to a store's ca.crt.
QString installed(Workstation::CertsStore store, const Workstation::CaInstall &done)
{
    const QString name = Workstation::storeName(store);
    if (done.unchanged)
        return TrustCommand::tr("%1: %2 already holds this CA").arg(name, done.path);
    if (!done.backup.isEmpty())
        return TrustCommand::tr("%1: %2 replaced; the CA it held is kept as %3")
            .arg(name, done.path, done.backup);
    return TrustCommand::tr("%1: %2 written").arg(name, done.path);
}
std::optional<Workstation::CertsStore> storeOf(const QString &name)
{
    for (auto s : {Workstation::CertsStore::Docker, Workstation::CertsStore::Podman,
                   Workstation::CertsStore::Rootless}) {
        if (Workstation::storeName(s) == name)
            return s;
    }
    return std::nullopt;
}
} // namespace

int TrustCommand::exportCa(const QStringList &arguments)
{
    QStringList args = arguments;
    QString host;
    QString root;
    QString caFile;
    QString sourceName;
    takeOption(args, {u"--host"_s}, &host);
    takeOption(args, {u"--root"_s}, &root);
    QString fingerprint;
    takeOption(args, {u"--ca-file"_s}, &caFile);
    takeOption(args, {u"--source"_s}, &sourceName);
    takeOption(args, {u"--fingerprint"_s}, &fingerprint);
    const bool replace = takeFlag(args, u"--replace"_s);
    const bool skipCheck = takeFlag(args, u"--skip-check"_s);
    QString image;
    takeOption(args, {u"--image"_s}, &image);
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().message());
    const Workstation::ExistingCa existing
        = replace ? Workstation::ExistingCa::Replace : Workstation::ExistingCa::Keep;
    QList<Workstation::CertsStore> stores;
    for (auto s : {Workstation::CertsStore::Docker, Workstation::CertsStore::Podman,
                   Workstation::CertsStore::Rootless}) {
        if (takeFlag(args, u"--"_s + Workstation::storeName(s)))
            stores.append(s);
    }
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (host.isEmpty())
        return usageError(tr("trust export needs --host HOST[:PORT]"));
    if (stores.isEmpty())
        return usageError(tr("name where: --docker, --podman and/or --rootless"));
    if (Result<void> valid = Workstation::checkRegistryHost(host); !valid)
        return fail(valid.error());
    if (!root.isEmpty() && !QFileInfo(root).isAbsolute())
        return usageError(tr("--root takes an absolute directory"));
    QList<QSslCertificate> ca;
    if (const int failed = takeCa(caFile, sourceName, fingerprint, host, &ca))
        return failed;
    // System paths as a user go to pkexec.
    QList<Workstation::CertsStore> direct;
    QList<Workstation::CertsStore> asRoot;
    for (Workstation::CertsStore s : std::as_const(stores))
        (Workstation::needsRoot(s, root) ? asRoot : direct).append(s);
    if (taken->dryRun)
        return dryRunExport(stores, asRoot, host, ca, existing, root);
    // All or nothing: every store is checked first, and what goes through pkexec (which the
    // user may refuse) is written before the rest.
    if (Result<void> checked = Workstation::checkExport(stores, host, ca, existing, root); !checked)
        return fail(withReplaceHint(checked.error()));
    QTextStream &out = outStream();
    if (!asRoot.isEmpty()) {
        // The same write by berthctl's helper mode, as root through polkit, after saying
        // exactly what runs.
        const QStringList helper = Workstation::installAsRootArguments(
            QCoreApplication::applicationFilePath(), asRoot, host, existing);
        errStream()
            << tr("Running, with the CA on its standard input: %1").arg(Command(helper).toShell())
            << Qt::endl;
        const Result<QString> wrote = await(Workstation::installAsRoot(helper, ca));
        if (!wrote)
            return fail(wrote.error());
        out << *wrote << Qt::endl;
    }
    const Result<QList<Workstation::CaInstall>> written
        = Workstation::exportCa(direct, host, ca, existing, root);
    if (!written)
        return fail(withReplaceHint(written.error()));
    for (qsizetype i = 0; i < direct.size(); ++i)
        out << installed(direct.at(i), written->at(i)) << '\n';
    out.flush();
    if (!skipCheck && root.isEmpty())
        checkClients(m_session, host, image, {});
    return 0;
}

int TrustCommand::dryRunExport(const QList<Workstation::CertsStore> &stores,
                               const QList<Workstation::CertsStore> &asRoot, const QString &host,
                               const QList<QSslCertificate> &ca, Workstation::ExistingCa existing,
                               const QString &root)
{
    QTextStream &out = outStream();
    out << tr("Dry run: nothing is written.") << '\n';
    bool refused = false;
    for (Workstation::CertsStore s : stores) {
        const Workstation::CaFileState file = Workstation::caFileState(s, host, ca, root);
        const QString name = Workstation::storeName(s);
        const QString how = asRoot.contains(s) ? tr(" (as root, through pkexec)") : QString();
        switch (file.state) {
        case Workstation::CaFileState::State::Missing:
            out << tr("%1: %2 would be written%3").arg(name, file.path, how) << '\n';
            break;
        case Workstation::CaFileState::State::Matches:
            out << tr("%1: %2 already holds this CA").arg(name, file.path) << '\n';
            break;
        case Workstation::CaFileState::State::Different:
            if (existing == Workstation::ExistingCa::Replace) {
                out << tr("%1: %2 would be replaced%3; the CA it holds would be kept beside it")
                           .arg(name, file.path, how)
                    << '\n';
            } else {
                out << tr("%1: %2 holds another CA, which is kept; add --replace to replace it")
                           .arg(name, file.path)
                    << '\n';
                refused = true;
            }
            break;
        case Workstation::CaFileState::State::Unreadable:
            out << tr("%1: %2 cannot be read: %3").arg(name, file.path, file.problem) << '\n';
            refused = true;
            break;
        }
    }
    out.flush();
    // All or nothing, as the real run: one store it would refuse means nothing is written.
    return refused ? 1 : 0;
}

int TrustCommand::installCa(const QStringList &arguments)
{
    QStringList args = arguments;
    QList<Workstation::CertsStore> stores;
    bool knownStores = true;
    for (QString name; takeOption(args, {u"--store"_s}, &name);) {
        const auto store = storeOf(name);
        knownStores &= store.has_value();
        if (store)
            stores.append(*store);
    }
    QString host;
    QString root;
    takeOption(args, {u"--host"_s}, &host);
    takeOption(args, {u"--root"_s}, &root);
    const bool replace = takeFlag(args, u"--replace"_s);
    const Workstation::ExistingCa existing
        = replace ? Workstation::ExistingCa::Replace : Workstation::ExistingCa::Keep;
    if (!args.isEmpty() || stores.isEmpty() || !knownStores || host.isEmpty())
        return usageError(tr("install-ca needs --store docker|podman|rootless (one or more) and "
                             "--host HOST[:PORT], and reads the CA on its standard input"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error(Error::Kind::Io, tr("cannot read the standard input")));
    const auto ca = Tls::parseCertificates(in.read(Tls::maxCertificateFile + 1));
    if (!ca)
        return fail(ca.error());
    // All or nothing, as export: one store to keep means none is written.
    const Result<QList<Workstation::CaInstall>> done
        = Workstation::exportCa(stores, host, *ca, existing, root);
    if (!done)
        return fail(withReplaceHint(done.error()));
    QTextStream &out = outStream();
    for (qsizetype i = 0; i < stores.size(); ++i)
        out << installed(stores.at(i), done->at(i)) << '\n';
    out.flush();
    return 0;
}

} // namespace Berth::Cli
