// SPDX-License-Identifier: Apache-2.0
#include "imagecommand.h"

#include "cliutil.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "oci/imagedetails.h"
#include "oci/imagelocation.h"
#include "oci/registryclient.h"
#include "oci/transferengine.h"
#include "openshift/clusterregistry.h"
#include "openshift/imagepruner.h"
#include "openshift/imagestreams.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

/// Says where a registry sends credentials for tokens, when that is another host.
void showTokenRealm(const QString &registry, const QString &realmHost)
{
    errStream() << Oci::RegistryTransport::tokenRealmNotice(registry, realmHost) << Qt::endl;
}

/// A client for one registry, on this thread.
struct Connection
{
    QNetworkAccessManager nam;
    std::unique_ptr<Oci::RegistryTransport> transport;
    std::unique_ptr<Oci::RegistryClient> client;

    Connection(const QString &host, const Oci::RegistryOptions &options)
    {
        nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        transport = std::make_unique<Oci::RegistryTransport>(host, options, &nam);
        QObject::connect(transport.get(), &Oci::RegistryTransport::tokenRealmElsewhere,
                         transport.get(), &showTokenRealm);
        client = std::make_unique<Oci::RegistryClient>(transport.get());
    }
    Error ping()
    {
        Reply *r = transport->ping();
        Error error;
        QObject::connect(r, &Reply::finished, r, [&error, r] { error = r->error(); });
        wait(r);
        return error;
    }
};

QString humanSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2) + u" GiB"_s;
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024), 'f', 1) + u" MiB"_s;
    return QString::number(bytes / 1024) + u" KiB"_s;
}

} // namespace

ImageCommand::ImageCommand(const QString &output, Kube::ClusterSession *session,
                           const QString &context)
    : m_output(output)
    , m_session(session)
    , m_context(context)
{ }

ImageCommand::~ImageCommand() = default;

Kube::KubeClient *ImageCommand::cluster(Error *error)
{
    if (m_registry)
        return m_session->client();
    if (Result<void> opened = openSession(m_session, m_context); !opened) {
        if (error)
            *error = opened.error();
        return nullptr;
    }
    m_registry = std::make_unique<OpenShift::ClusterRegistry>(m_session->client(),
                                                              m_session->connection().token);
    return m_session->client();
}

bool ImageCommand::isClusterRegistry(const QString &registry)
{
    if (!m_registryRead) {
        m_registryRead = true;
        if (cluster()) [[maybe_unused]]
            auto read = await(m_registry->candidates(m_session->connection().ns));
    }
    return m_registry && m_registry->isClusterHost(registry);
}

void ImageCommand::useClusterToken(const QString &registry, Oci::RegistryOptions *options)
{
    if (options->credential)
        return;
    if (!options->bearerToken.isEmpty()) {
        // The login's token, given by hand (--registry-token "$(berthctl whoami -t)").
        m_tokenGiven |= cluster() && options->bearerToken == m_session->connection().token;
        return;
    }
    if (isClusterRegistry(registry))
        m_tokenGiven |= m_registry->useToken(registry, options);
    else if (m_registry)
        m_unrecognizedRegistry = true;
}

std::optional<int> ImageCommand::takeReference(const QStringList &arguments, const QString &usage,
                                               std::optional<Oci::ImageReference> *ref,
                                               Oci::RegistryOptions *options)
{
    QStringList args = arguments;
    QString problem;
    if (!takeRegistryOptions(args, {}, options, &problem))
        return usageError(problem);
    if (args.size() != 1)
        return usageError(usage);
    auto parsed = Oci::ImageReference::parse(args.first());
    if (!parsed)
        return failWithHint(parsed.error());
    *ref = *parsed;
    return std::nullopt;
}

int ImageCommand::failWithHint(Error error, const QString &repository, bool push)
{
    if (error.kind() == Error::Kind::Unauthorized && m_tokenGiven && !repository.isEmpty()) {
        auto *explained = m_registry->explain(error, repository, push);
        QObject::connect(explained, &Reply::finished, explained,
                         [&error, explained] { error = explained->value(); });
        wait(explained);
    }
    if (error.kind() == Error::Kind::Unauthorized && m_unrecognizedRegistry)
        error.setHint(error.hint() + u'\n'
                      + tr("If this is your cluster's registry, pass --registry-token \"$(berthctl "
                           "whoami -t)\" "
                           "(Berth uses the login's token by itself only where it can read the "
                           "cluster's registry "
                           "hostnames)."));
    return fail(error);
}

bool ImageCommand::takeRegistryOptions(QStringList &args, const QString &prefix,
                                       Oci::RegistryOptions *options, QString *problem)
{
    QString creds, token, authfile, certDir, tlsVerify;
    if (takeOption(args, {u"--"_s + prefix + u"tls-verify"_s}, &tlsVerify)) {
        if (tlsVerify != u"true" && tlsVerify != u"false") {
            *problem = tr("--%1tls-verify takes true or false").arg(prefix);
            return false;
        }
        options->tlsVerify = tlsVerify == u"true";
    }
    if (takeOption(args, {u"--"_s + prefix + u"creds"_s}, &creds)) {
        const qsizetype colon = creds.indexOf(u':');
        if (colon <= 0) {
            *problem = tr("--%1creds takes USER:PASSWORD").arg(prefix);
            return false;
        }
        options->credential = Workstation::Credential {creds.left(colon), creds.mid(colon + 1), {}};
    }
    // Only what was given replaces what an earlier, shared pass set.
    if (takeOption(args, {u"--"_s + prefix + u"registry-token"_s}, &token))
        options->bearerToken = token.toUtf8();
    if (takeOption(args, {u"--"_s + prefix + u"cert-dir"_s}, &certDir))
        options->certDir = certDir;
    if (takeOption(args, {u"--authfile"_s}, &authfile))
        options->authFiles = {authfile};
    return true;
}

int ImageCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(tr("image needs ls, tags, inspect, push, pull, copy or rm"));
    const QString verb = args.takeFirst();
    if (verb == u"ls")
        return list(args);
    if (verb == u"tags")
        return tags(args);
    if (verb == u"inspect") {
        const bool raw = takeFlag(args, u"--raw"_s);
        return inspect(args, raw);
    }
    if (verb == u"push" || verb == u"pull" || verb == u"copy")
        return copy(verb, args);
    if (verb == u"rm")
        return remove(args);
    return usageError(tr("unknown image command \"%1\"").arg(verb));
}

int ImageCommand::list(const QStringList &arguments)
{
    QStringList args = arguments;
    Oci::RegistryOptions options;
    QString problem;
    if (!takeRegistryOptions(args, {}, &options, &problem))
        return usageError(problem);
    if (args.size() != 1)
        return usageError(tr("image ls needs one registry (HOST[:PORT]) or project"));
    const QString host
        = args.first().startsWith(u"docker://"_s) ? args.first().mid(9) : args.first();
    if (!host.contains(u'.') && !host.contains(u':') && host != u"localhost") {
        // A project: its repositories are its ImageStreams (no cluster-wide catalog rights needed).
        Error error;
        Kube::KubeClient *kube = cluster(&error);
        if (!kube)
            return failWithHint(error);
        OpenShift::ImageStreams streams(kube);
        auto repositories = await(streams.repositories(host));
        if (!repositories)
            return failWithHint(repositories.error());
        printList(*repositories, m_output);
        return 0;
    }
    if (!Oci::isValidRegistryHost(host))
        return usageError(tr("\"%1\" is not a registry host").arg(host));
    useClusterToken(host, &options);
    Connection c(host, options);
    if (const Error e = c.ping())
        return failWithHint(e);
    auto repositories = await(c.client->catalog());
    if (!repositories)
        return failWithHint(repositories.error());
    printList(*repositories, m_output);
    return 0;
}

int ImageCommand::tags(const QStringList &arguments)
{
    Oci::RegistryOptions options;
    std::optional<Oci::ImageReference> ref;
    if (const auto exit
        = takeReference(arguments, tr("image tags needs one image reference"), &ref, &options))
        return *exit;
    useClusterToken(ref->registry, &options);
    Connection c(ref->apiHost(), options);
    if (const Error e = c.ping())
        return failWithHint(e);
    auto list = await(c.client->tags(ref->repository));
    if (!list)
        return failWithHint(list.error());
    printList(*list, m_output);
    return 0;
}

int ImageCommand::inspect(const QStringList &arguments, bool raw)
{
    Oci::RegistryOptions options;
    std::optional<Oci::ImageReference> ref;
    if (const auto exit
        = takeReference(arguments, tr("image inspect needs one image reference"), &ref, &options))
        return *exit;
    useClusterToken(ref->registry, &options);
    Connection c(ref->apiHost(), options);
    if (const Error e = c.ping())
        return failWithHint(e);
    if (raw) {
        auto manifest = await(c.client->manifest(ref->repository, ref->reference()));
        if (!manifest)
            return failWithHint(manifest.error());
        writeOut(manifest->raw);
        return 0;
    }
    auto details = await(
        Oci::inspectImage(c.client.get(), ref->registry, ref->repository, ref->reference()));
    if (!details)
        return failWithHint(details.error());
    const QJsonObject out = details->toJson();
    printStructured(out, m_output == u"yaml" ? m_output : u"json"_s);
    return 0;
}

int ImageCommand::copy(const QString &verb, const QStringList &arguments)
{
    QStringList args = arguments;
    Oci::TransferOptions options;
    QString problem, jobs;
    // --creds etc. apply to the registry side of push/pull; copy also takes --src-*/--dest-*.
    Oci::RegistryOptions shared;
    if (!takeRegistryOptions(args, {}, &shared, &problem)
        || !takeRegistryOptions(args, u"src-"_s, &options.source, &problem))
        return usageError(problem);
    Oci::RegistryOptions destination = shared;
    if (!takeRegistryOptions(args, u"dest-"_s, &destination, &problem))
        return usageError(problem);
    if (!options.source.credential && !arguments.join(u' ').contains(u"--src-"_s))
        options.source = shared;
    options.destination = destination;
    if (takeOption(args, {u"--jobs"_s, u"-j"_s}, &jobs)) {
        bool ok = false;
        options.jobs = jobs.toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 16)
            return usageError(tr("--jobs takes a number from 1 to 16"));
    }
    if (args.size() != 2)
        return usageError(tr("image %1 needs SOURCE and DESTINATION").arg(verb));
    auto source = Oci::ImageLocation::parse(args.at(0));
    if (!source)
        return failWithHint(source.error());
    auto target = Oci::ImageLocation::parse(args.at(1));
    if (!target)
        return failWithHint(target.error());
    using Kind = Oci::ImageLocation::Kind;
    if (verb == u"push" && (source->kind == Kind::Registry || target->kind != Kind::Registry))
        return usageError(tr("image push copies from oci:DIR[:NAME] or docker-archive:FILE to a "
                             "registry reference"));
    if (verb == u"pull" && (source->kind != Kind::Registry || target->kind == Kind::Registry))
        return usageError(tr("image pull copies from a registry reference to oci:DIR[:NAME] or "
                             "docker-archive:FILE"));

    if (source->kind == Kind::Registry)
        useClusterToken(source->reference.registry, &options.source);
    if (target->kind == Kind::Registry)
        useClusterToken(target->reference.registry, &options.destination);
    Interruption interruption; // before the copy starts: a signal from now on cleans up
    Oci::TransferEngine engine;
    auto *reply = engine.copy(*source, *target, options);
    interruption.watch(reply);
    QObject::connect(reply, &Oci::TransferReply::tokenRealmElsewhere, reply, &showTokenRealm);
    const bool terminal = ::isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    QObject::connect(reply, &Reply::progress, reply, [terminal](qint64 done, qint64 total) {
        if (!terminal || total <= 0)
            return;
        const int width = 30;
        const int filled = int(double(done) / double(total) * width);
        errStream() << '\r' << '[' << QString(filled, u'=') << QString(width - filled, u' ') << "] "
                    << QString::number(100.0 * double(done) / double(total), 'f', 0) << "% "
                    << humanSize(done) << " / " << humanSize(total) << "   ";
        errStream().flush();
    });
    auto result = await(reply);
    if (terminal)
        errStream() << Qt::endl;
    if (!result && interruption.signal()) {
        // Cancelled by Ctrl+C or a kill: what the copy wrote locally is gone; exit as the
        // shell expects.
        if (target->kind == Kind::Registry)
            errStream() << tr("Interrupted; no tag was written at %1 (blobs already sent stay "
                              "in the registry until its garbage collection).")
                               .arg(target->toString())
                        << Qt::endl;
        else
            errStream() << tr("Interrupted; %1 is as it was.").arg(target->toString()) << Qt::endl;
        return 128 + interruption.signal();
    }
    if (!result) {
        const bool push = target->kind == Kind::Registry;
        return failWithHint(result.error(),
                            push ? target->reference.repository : source->reference.repository,
                            push);
    }
    const QJsonObject summary {{u"digest"_s, result->digest.toString()},
                               {u"copied"_s, result->blobsCopied},
                               {u"skipped"_s, result->blobsSkipped},
                               {u"mounted"_s, result->blobsMounted},
                               {u"compressed"_s, result->blobsCompressed},
                               {u"bytes"_s, result->bytesCopied},
                               {u"seconds"_s, double(timer.elapsed()) / 1000.0}};
    if (m_output == u"json") {
        writeOut(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
    } else {
        errStream() << tr("Copied %1 to %2: %3 blob(s) copied (%4), %5 already there, %6 mounted.")
                           .arg(source->toString(), target->toString())
                           .arg(result->blobsCopied)
                           .arg(humanSize(result->bytesCopied))
                           .arg(result->blobsSkipped)
                           .arg(result->blobsMounted);
        if (result->blobsCompressed > 0)
            errStream() << ' '
                        << tr("%n uncompressed layer(s) sent gzip-compressed.", nullptr,
                              result->blobsCompressed);
        errStream() << Qt::endl;
        writeOut(result->digest.toString().toUtf8() + '\n');
    }
    return 0;
}

int ImageCommand::remove(const QStringList &arguments)
{
    Oci::RegistryOptions options;
    std::optional<Oci::ImageReference> ref;
    if (const auto exit
        = takeReference(arguments, tr("image rm needs one image reference"), &ref, &options))
        return *exit;
    if (!options.credential && options.bearerToken.isEmpty() && isClusterRegistry(ref->registry)) {
        // On OpenShift an image goes by deleting its ImageStreamTag: the registry's own DELETE
        // answers 202 and changes nothing for a tag, and 405 for a digest still tagged.
        if (ref->tag.isEmpty() || ref->digest.isValid())
            return failWithHint(
                Error(Error::Kind::InvalidInput,
                      tr("on OpenShift, name the tag to remove (PROJECT/NAME:TAG)")));
        OpenShift::ImageStreams streams(cluster());
        const QString project = ref->repository.section(u'/', 0, 0),
                      name = ref->repository.section(u'/', 1);
        Reply *untag = streams.untag(project, name, ref->tag);
        Error error;
        QObject::connect(untag, &Reply::finished, untag,
                         [&error, untag] { error = untag->error(); });
        wait(untag);
        if (error)
            return failWithHint(error);
        errStream()
            << tr("Untagged %1/%2:%3 (ImageStreamTag deleted).").arg(project, name, ref->tag) << ' '
            << OpenShift::ImagePruner::storageNote(
                   await(OpenShift::ImagePruner::read(cluster(), nullptr)))
            << Qt::endl;
        return 0;
    }
    useClusterToken(ref->registry, &options);
    Connection c(ref->apiHost(), options);
    if (const Error e = c.ping())
        return failWithHint(e);
    const auto going = await(Oci::deleteImage(c.client.get(), ref->repository, ref->reference()));
    if (!going)
        return failWithHint(going.error());
    errStream()
        << tr("Deleted %1 (tags: %2). The registry reclaims the space when it collects garbage.")
               .arg(going->digest.toString(), going->tagsInWords())
        << Qt::endl;
    return 0;
}

} // namespace Berth::Cli
