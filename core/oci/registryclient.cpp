// SPDX-License-Identifier: Apache-2.0
#include "registryclient.h"

#include "authchallenge.h"
#include "blobwriter.h"
#include "common/logging.h"
#include "imagereference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

static QString pullScope(const QString &repository)
{
    return u"repository:%1:pull"_s.arg(repository);
}

static QString pushScope(const QString &repository)
{
    return u"repository:%1:pull,push"_s.arg(repository);
}

/// Cancels an upload session (DELETE its Location), best effort: a registry expires it anyway.
static void cancelUpload(RegistryTransport *transport, const QUrl &location, const QString &scope)
{
    RegistryRequest cancel;
    cancel.method = "DELETE";
    cancel.absoluteUrl = location;
    cancel.scope = scope;
    transport->send(cancel);
}

/// The next upload URL a registry gave (the spec: Location is opaque, absolute or relative;
/// always use the newest), refused when it is missing or leaves https.
static Result<QUrl> uploadLocation(const RegistryReply *reply)
{
    const QByteArray location = reply->header("Location");
    if (location.isEmpty())
        return Error(Error::Kind::Parse,
                     Tr::tr("the registry started an upload without a Location"));
    const QUrl next = reply->url().resolved(QUrl::fromEncoded(location));
    if (reply->url().scheme() == u"https" && next.scheme() != u"https")
        return Error(Error::Kind::Forbidden, Tr::tr("the upload location leaves https; refused"));
    return next;
}

static RegistryRequest makeRequest(const QByteArray &method, const QString &path,
                                   const QString &scope, qint64 maxBody = 1024 * 1024)
{
    RegistryRequest r;
    r.method = method;
    r.path = path;
    r.scope = scope;
    r.maxBody = maxBody;
    return r;
}

RegistryClient::RegistryClient(RegistryTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

void RegistryClient::listPaged(ValueReply<QStringList> *reply, const QString &path,
                               const QString &key, const QString &scope, QStringList items,
                               QSet<QString> seen)
{
    RegistryReply *page = m_transport->send(makeRequest("GET", path, scope, 4 * 1024 * 1024));
    connect(page, &Reply::finished, reply, [=, this]() mutable {
        if (page->error())
            return reply->finish(page->error());
        if (page->status() != 200)
            return reply->finish(
                RegistryTransport::errorFor(page->status(), page->body(), page->url()));
        const QJsonValue list = QJsonDocument::fromJson(page->body()).object().value(key);
        static const QRegularExpression tagRe(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\\z"_s);
        for (const QJsonValue &v : list.toArray()) {
            // Registries' quirks: null entries (Nexus) and digest-shaped "tags" (Artifactory) are
            // skipped.
            if (v.isNull() || (key == u"tags" && v.toString().startsWith(u"sha256:"_s))) {
                qCWarning(lcOci) << "skipping" << (v.isNull() ? u"null"_s : v.toString().left(80))
                                 << "in the" << key << "list of" << page->url().path();
                continue;
            }
            if (key == u"tags" && !tagRe.match(v.toString()).hasMatch())
                return reply->finish(Error(Error::Kind::Parse,
                                           Tr::tr("the registry listed an invalid tag \"%1\"")
                                               .arg(v.toString().left(200))));
            items.append(v.toString());
        }
        const QString next = nextLink(QString::fromLatin1(page->header("Link")));
        if (next.isEmpty())
            return reply->finishWith(items);
        // Only path and query are followed, on this registry; a loop or endless paging stops.
        const QUrl target = page->url().resolved(QUrl(next));
        if (target.host() != page->url().host() || target.port() != page->url().port())
            return reply->finish(
                Error(Error::Kind::Forbidden,
                      Tr::tr("the registry's next page is on another host (%1); refused")
                          .arg(target.host())));
        const QString nextPath = target.path(QUrl::FullyEncoded)
            + (target.hasQuery() ? u'?' + target.query(QUrl::FullyEncoded) : QString());
        if (seen.contains(nextPath) || seen.size() >= 1000 || items.size() >= 100000)
            return reply->finish(
                Error(Error::Kind::Parse,
                      Tr::tr("the registry's pages loop or never end; stopped after %n page(s)",
                             nullptr, int(seen.size()))));
        seen.insert(nextPath);
        listPaged(reply, nextPath, key, scope, items, seen);
    });
}

ValueReply<QStringList> *RegistryClient::catalog()
{
    auto *reply = new ValueReply<QStringList>(this);
    listPaged(reply, u"/v2/_catalog?n=1000"_s, u"repositories"_s, u"registry:catalog:*"_s, {}, {});
    return reply;
}

ValueReply<QStringList> *RegistryClient::tags(const QString &repository)
{
    auto *reply = new ValueReply<QStringList>(this);
    listPaged(reply, u"/v2/%1/tags/list?n=1000"_s.arg(repository), u"tags"_s, pullScope(repository),
              {}, {});
    return reply;
}

ValueReply<Manifest> *RegistryClient::manifest(const QString &repository, const QString &reference)
{
    auto *reply = new ValueReply<Manifest>(this);
    RegistryRequest request
        = makeRequest("GET", u"/v2/%1/manifests/%2"_s.arg(repository, reference),
                      pullScope(repository), maxManifestSize);
    request.headers = {{"Accept", MediaType::acceptHeader()}};
    RegistryReply *r = m_transport->send(request);
    connect(r, &Reply::finished, reply, [r, reply, reference] {
        if (r->error()) {
            if (r->error().kind() == Error::Kind::Parse)
                return reply->finish(Error(Error::Kind::Parse,
                                           Tr::tr("the manifest is larger than 4 MiB; refused")));
            return reply->finish(r->error());
        }
        if (r->status() != 200)
            return reply->finish(RegistryTransport::errorFor(r->status(), r->body(), r->url()));
        auto m = Manifest::parse(r->body(), QString::fromLatin1(r->header("Content-Type")));
        if (!m)
            return reply->finish(m.error());
        // Pulled by digest: the body must be that digest (never trust Docker-Content-Digest).
        if (const auto wanted = Digest::parse(reference)) {
            DigestHasher hasher(wanted->algorithm());
            hasher.addData(r->body());
            if (hasher.finish() != *wanted)
                return reply->finish(Error(
                    Error::Kind::Parse,
                    Tr::tr("the manifest does not match its digest %1").arg(wanted->toString())));
            m->digest = *wanted;
        }
        reply->finishWith(*m);
    });
    return reply;
}

ValueReply<Descriptor> *RegistryClient::headManifest(const QString &repository,
                                                     const QString &reference)
{
    auto *reply = new ValueReply<Descriptor>(this);
    RegistryRequest request = makeRequest(
        "HEAD", u"/v2/%1/manifests/%2"_s.arg(repository, reference), pullScope(repository));
    request.headers = {{"Accept", MediaType::acceptHeader()}};
    RegistryReply *r = m_transport->send(request);
    connect(r, &Reply::finished, reply, [this, r, reply, repository, reference] {
        if (r->error())
            return reply->finish(r->error());
        if (r->status() != 200)
            return reply->finish(RegistryTransport::errorFor(r->status(), {}, r->url()));
        auto digest = Digest::parse(QString::fromLatin1(r->header("Docker-Content-Digest")));
        if (!digest) {
            // No usable header: fetch and hash the manifest ourselves.
            auto *full = manifest(repository, reference);
            connect(full, &Reply::finished, reply, [full, reply] {
                if (full->error())
                    return reply->finish(full->error());
                reply->finishWith({full->value().mediaType,
                                   full->value().digest,
                                   full->value().raw.size(),
                                   {},
                                   {}});
            });
            return;
        }
        reply->finishWith({QString::fromLatin1(r->header("Content-Type")),
                           *digest,
                           r->header("Content-Length").toLongLong(),
                           {},
                           {}});
    });
    return reply;
}

ValueReply<Digest> *RegistryClient::putManifest(const QString &repository, const QString &reference,
                                                const QByteArray &raw, const QString &mediaType)
{
    auto *reply = new ValueReply<Digest>(this);
    const Digest ours = Digest::sha256(raw);
    RegistryRequest request = makeRequest(
        "PUT", u"/v2/%1/manifests/%2"_s.arg(repository, reference), pushScope(repository));
    request.headers = {{"Content-Type", mediaType.toLatin1()}};
    request.body = raw;
    RegistryReply *r = m_transport->send(request);
    connect(r, &Reply::finished, reply, [r, reply, ours] {
        if (r->error())
            return reply->finish(r->error());
        if (r->status() != 201 && r->status() != 200 && r->status() != 202)
            return reply->finish(RegistryTransport::errorFor(r->status(), r->body(), r->url()));
        const QByteArray theirs = r->header("Docker-Content-Digest");
        if (!theirs.isEmpty() && QString::fromLatin1(theirs) != ours.toString())
            return reply->finish(
                Error(Error::Kind::Parse,
                      Tr::tr("the registry stored the manifest as %1, not %2")
                          .arg(QString::fromLatin1(theirs).left(100), ours.toString())));
        reply->finishWith(ours);
    });
    return reply;
}

Reply *RegistryClient::deleteManifest(const QString &repository, const Digest &digest)
{
    auto *reply = new Reply(this);
    RegistryReply *r = m_transport->send(
        makeRequest("DELETE", u"/v2/%1/manifests/%2"_s.arg(repository, digest.toString()),
                    u"repository:%1:delete"_s.arg(repository)));
    connect(r, &Reply::finished, reply, [r, reply] {
        if (r->error())
            return reply->finish(r->error());
        if (r->status() != 202 && r->status() != 200)
            return reply->finish(RegistryTransport::errorFor(r->status(), r->body(), r->url()));
        reply->finish();
    });
    return reply;
}

ValueReply<bool> *RegistryClient::blobExists(const QString &repository, const Descriptor &blob)
{
    auto *reply = new ValueReply<bool>(this);
    RegistryReply *r = m_transport->send(
        makeRequest("HEAD", u"/v2/%1/blobs/%2"_s.arg(repository, blob.digest.toString()),
                    pullScope(repository)));
    connect(r, &Reply::finished, reply, [r, reply, blob] {
        if (r->error())
            return reply->finish(r->error());
        if (r->status() == 404)
            return reply->finishWith(false);
        if (r->status() != 200)
            return reply->finish(RegistryTransport::errorFor(r->status(), {}, r->url()));
        const QByteArray length = r->header("Content-Length");
        if (!length.isEmpty() && blob.size > 0 && length.toLongLong() != blob.size)
            return reply->finish(Error(Error::Kind::Parse,
                                       Tr::tr("the registry has %1 with %2 bytes, not %3")
                                           .arg(blob.digest.toString())
                                           .arg(length.toLongLong())
                                           .arg(blob.size)));
        reply->finishWith(true);
    });
    return reply;
}

ValueReply<QByteArray> *RegistryClient::smallBlob(const QString &repository, const Descriptor &blob)
{
    auto *reply = new ValueReply<QByteArray>(this);
    RegistryReply *r = m_transport->send(
        makeRequest("GET", u"/v2/%1/blobs/%2"_s.arg(repository, blob.digest.toString()),
                    pullScope(repository), maxManifestSize));
    connect(r, &Reply::finished, reply, [r, reply, blob] {
        if (r->error())
            return reply->finish(r->error());
        if (r->status() != 200)
            return reply->finish(RegistryTransport::errorFor(r->status(), r->body(), r->url()));
        DigestHasher hasher(blob.digest.algorithm());
        hasher.addData(r->body());
        if (hasher.finish() != blob.digest)
            return reply->finish(
                Error(Error::Kind::Parse,
                      Tr::tr("blob digest mismatch for %1").arg(blob.digest.toString())));
        reply->finishWith(r->body());
    });
    return reply;
}

namespace {

/// One verified, resumable blob download into a temporary file beside the destination.
class Download final : public QObject
{
public:
    Download(RegistryClient *client, Reply *reply, QString repository, Descriptor blob,
             QString path)
        : QObject(reply)
        , m_client(client)
        , m_reply(reply)
        , m_repository(std::move(repository))
        , m_blob(std::move(blob))
        , m_path(std::move(path))
    {
        reply->setAbortHandler([this] {
            m_aborted = true;
            if (m_request)
                m_request->abort();
            discard();
        });
    }

    void start()
    {
        const QString dir = QFileInfo(m_path).absolutePath();
        QDir().mkpath(dir);
        m_file.setFileTemplate(dir + u"/.berth-partial-XXXXXX"_s);
        m_file.setAutoRemove(true);
        if (!m_file.open())
            return fail(Error(
                Error::Kind::Io,
                Tr::tr("cannot create a temporary file in %1: %2").arg(dir, m_file.errorString())));
        m_writer = std::make_unique<BlobWriter>(m_file.handle(), m_file.fileName(),
                                                m_blob.digest.algorithm());
        request();
    }

private:
    void request()
    {
        RegistryRequest r
            = makeRequest("GET", u"/v2/%1/blobs/%2"_s.arg(m_repository, m_blob.digest.toString()),
                          pullScope(m_repository));
        if (m_written > 0)
            r.headers.append({"Range", "bytes=" + QByteArray::number(m_written) + '-'});
        r.sink = [this](const QByteArray &chunk) { consume(chunk); };
        m_request = m_client->transport()->send(r);
        connect(m_request, &Reply::finished, this,
                [this, reply = m_request.data()] { finished(reply); });
    }

    void consume(const QByteArray &chunk)
    {
        if (m_failed || m_aborted)
            return;
        if (m_blob.size >= 0 && m_written + chunk.size() > m_blob.size) {
            // More than the descriptor says: stop at once (CVE-2020-1702 class).
            m_failed = true;
            m_request->abort();
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob %1 is larger than its descriptor (%2 bytes); refused")
                                  .arg(m_blob.digest.toString())
                                  .arg(m_blob.size)));
        }
        if (const Result<void> queued = m_writer->append(chunk); !queued) {
            m_failed = true;
            m_request->abort();
            return failWrite(queued.error());
        }
        m_written += chunk.size();
        Q_EMIT m_reply->progress(m_written, m_blob.size);
    }

    void finished(RegistryReply *reply)
    {
        if (m_failed || m_aborted)
            return;
        const bool partial = m_written > 0 && reply->status() == 206;
        const bool broken = reply->error() && reply->error().kind() != Error::Kind::Cancelled
            && (reply->error().kind() == Error::Kind::Network
                || reply->error().kind() == Error::Kind::Timeout);
        const bool shortBody
            = !reply->error() && (reply->status() == 200 || partial) && m_written < m_blob.size;
        const bool progressed = m_written > m_lastResumeAt || m_resumes == 0;
        if ((broken || shortBody) && m_resumes < 5 && progressed) {
            // A broken connection or a short body: resume from where we are, if progress was made
            // (a connection reset before the first byte is tried again once).
            ++m_resumes;
            m_lastResumeAt = m_written;
            qCInfo(lcOci) << "resuming" << m_blob.digest.toString() << "at" << m_written;
            return request();
        }
        if (reply->error())
            return fail(reply->error());
        if (reply->status() != 200 && reply->status() != 206)
            return fail(RegistryTransport::errorFor(reply->status(), reply->body(), reply->url()));
        if (m_resumes > 0 && reply->status() == 206) {
            const QByteArray range = reply->header("Content-Range");
            if (!range.startsWith(QByteArray("bytes " + QByteArray::number(m_lastResumeAt) + '-')))
                return fail(Error(Error::Kind::Parse,
                                  Tr::tr("the registry resumed %1 at the wrong offset (%2)")
                                      .arg(m_blob.digest.toString(), QString::fromLatin1(range))));
        }
        if (m_written != m_blob.size)
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob %1 ended after %2 of %3 bytes")
                                  .arg(m_blob.digest.toString())
                                  .arg(m_written)
                                  .arg(m_blob.size)));
        m_writer->finish(this, [this](const Result<Digest> &got) { written(got); });
    }

    /// The whole blob is on disk: keep it only under its own digest.
    void written(const Result<Digest> &got)
    {
        if (m_aborted)
            return;
        if (!got)
            return failWrite(got.error());
        if (*got != m_blob.digest)
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob digest mismatch: expected %1, got %2")
                                  .arg(m_blob.digest.toString(), got->toString())));
        m_writer.reset();
        // As the layout's other files (a temporary file is made 0600).
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::remove(m_path);
        if (!m_file.rename(m_path))
            return fail(Error(Error::Kind::Io,
                              Tr::tr("cannot rename %1 to %2: %3")
                                  .arg(m_file.fileName(), m_path, m_file.errorString())));
        m_file.setAutoRemove(false);
        m_reply->finish();
    }

    void discard()
    {
        m_writer.reset(); // before its file goes
        m_file.close();
        m_file.remove();
    }

    void fail(const Error &error)
    {
        discard();
        m_reply->finish(error);
    }

    /// The disk refused the blob (full, a quota): say how much it needs.
    void failWrite(Error error)
    {
        error.setHint(Tr::tr("This blob needs %1 bytes; free that much space and pull again.")
                          .arg(m_blob.size));
        fail(error);
    }

    RegistryClient *m_client;
    Reply *m_reply;
    QString m_repository;
    Descriptor m_blob;
    QString m_path;
    QTemporaryFile m_file;
    std::unique_ptr<BlobWriter> m_writer; ///< after m_file: destroyed (joined) before it
    QPointer<RegistryReply> m_request;
    qint64 m_written = 0;
    qint64 m_lastResumeAt = 0;
    int m_resumes = 0;
    bool m_failed = false;
    bool m_aborted = false;
};

} // namespace

Reply *RegistryClient::downloadBlob(const QString &repository, const Descriptor &blob,
                                    const QString &path)
{
    auto *reply = new Reply(this);
    auto *download = new Download(this, reply, repository, blob, path);
    QMetaObject::invokeMethod(
        download, [download] { download->start(); }, Qt::QueuedConnection);
    return reply;
}

ValueReply<RegistryClient::UploadOutcome> *RegistryClient::uploadBlob(const QString &repository,
                                                                      const Descriptor &blob,
                                                                      const QString &path,
                                                                      const QString &mountFrom)
{
    auto *reply = new ValueReply<UploadOutcome>(this);
    const QString scope = mountFrom.isEmpty() ? pushScope(repository)
                                              : pushScope(repository) + u' ' + pullScope(mountFrom);
    auto put = [this, reply, blob, path, scope, repository](const QUrl &location) {
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return reply->finish(Error(
                Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(path, file->errorString())));
        QUrl target = location;
        QUrlQuery q(target);
        q.addQueryItem(u"digest"_s, blob.digest.toString());
        target.setQuery(q);
        RegistryRequest r = makeRequest("PUT", {}, scope);
        r.absoluteUrl = target;
        r.headers = {{"Content-Type", "application/octet-stream"}};
        r.bodyDevice = file.get();
        r.timeoutMs = 120000;
        RegistryReply *done = m_transport->send(r);
        connect(
            done, &Reply::finished, reply,
            [this, done, reply, blob, file, repository, path, scope, location] {
                if (const Error &error = done->error(); error) {
                    if (error.kind() != Error::Kind::Network
                        && error.kind() != Error::Kind::Timeout)
                        return reply->finish(error);
                    // Broken mid-body: cancel the session, and send the file again in chunks,
                    // which survive the next break.
                    qCInfo(lcOci) << "monolithic upload broke:" << error.detail();
                    cancelUpload(m_transport, location, scope);
                    return uploadChunked(reply, repository, blob, path, scope);
                }
                if (done->status() == 400 || done->status() == 405 || done->status() == 413
                    || done->status() == 501) {
                    qCInfo(lcOci) << "monolithic upload refused (HTTP" << done->status()
                                  << "), uploading in chunks";
                    return uploadChunked(reply, repository, blob, path, scope);
                }
                if (done->status() != 201 && done->status() != 204)
                    return reply->finish(
                        RegistryTransport::errorFor(done->status(), done->body(), done->url()));
                const QByteArray theirs = done->header("Docker-Content-Digest");
                if (!theirs.isEmpty() && QString::fromLatin1(theirs) != blob.digest.toString())
                    return reply->finish(Error(
                        Error::Kind::Parse,
                        Tr::tr("the registry stored %1 as %2")
                            .arg(blob.digest.toString(), QString::fromLatin1(theirs).left(100))));
                reply->finishWith(UploadOutcome::Uploaded);
            });
    };
    QString start = u"/v2/%1/blobs/uploads/"_s.arg(repository);
    if (!mountFrom.isEmpty())
        start += u"?mount=%1&from=%2"_s.arg(blob.digest.toString(), mountFrom);
    RegistryReply *session = m_transport->send(makeRequest("POST", start, scope));
    connect(session, &Reply::finished, reply, [this, session, reply, put, path, scope] {
        if (session->error())
            return reply->finish(session->error());
        if (session->status() == 201)
            return reply->finishWith(UploadOutcome::Mounted); // nothing to send
        if (session->status() != 202)
            return reply->finish(
                RegistryTransport::errorFor(session->status(), session->body(), session->url()));
        const Result<QUrl> location = uploadLocation(session);
        if (!location)
            return reply->finish(location.error());
        const QUrl resolved = *location;
        if (path.isEmpty()) {
            // The mount was declined and there is nothing to send from here: cancel the session.
            cancelUpload(m_transport, resolved, scope);
            return reply->finishWith(UploadOutcome::MountRefused);
        }
        put(resolved);
    });
    return reply;
}

namespace {

/// A chunked upload (distribution spec: PATCH with Content-Range, 202 with the next Location
/// and the Range received; 416 gives the Range the registry really has), then PUT ?digest=.
/// The bytes come from a ChunkReader, read on the thread pool (a compressing reader is slow);
/// when no digest is known in advance, it is the hash of what was sent.
class ChunkedUpload final : public QObject
{
public:
    using Done = std::function<void(const Error &, const Descriptor &)>;

    ChunkedUpload(RegistryTransport *transport, Reply *reply, QString repository,
                  RegistryClient::ChunkReader read, Descriptor blob, QString scope,
                  qint64 chunkSize, Done done)
        : QObject(reply)
        , m_transport(transport)
        , m_reply(reply)
        , m_repository(std::move(repository))
        , m_read(std::move(read))
        , m_blob(std::move(blob))
        , m_scope(std::move(scope))
        , m_chunkSize(chunkSize)
        , m_done(std::move(done))
        , m_hasher(m_blob.digest.isValid() ? m_blob.digest.algorithm() : u"sha256"_s)
    { }

    void start()
    {
        RegistryReply *r = m_transport->send(
            makeRequest("POST", u"/v2/%1/blobs/uploads/"_s.arg(m_repository), m_scope));
        connect(r, &Reply::finished, this, [this, r] {
            if (r->error())
                return m_done(r->error(), {});
            if (r->status() != 202)
                return m_done(RegistryTransport::errorFor(r->status(), r->body(), r->url()), {});
            if (follow(r))
                readChunk();
        });
    }

private:
    /// Takes the next Location; false (and done) when it is missing or unsafe.
    bool follow(RegistryReply *r)
    {
        const Result<QUrl> next = uploadLocation(r);
        if (!next) {
            m_done(next.error(), {});
            return false;
        }
        m_location = *next;
        return true;
    }

    void readChunk()
    {
        QtConcurrent::run([read = m_read, offset = m_offset, max = m_chunkSize] {
            return read(offset, max);
        }).then(this, [this](const Result<QByteArray> &chunk) {
            if (!chunk)
                return m_done(chunk.error(), {});
            if (chunk->isEmpty())
                return commit();
            sendChunk(*chunk);
        });
    }

    void sendChunk(const QByteArray &chunk)
    {
        // Each byte is hashed once, the first time it is sent (a rewind sends some again).
        if (m_offset + chunk.size() > m_hashedTo) {
            m_hasher.addData(chunk.constData() + (m_hashedTo - m_offset),
                             m_offset + chunk.size() - m_hashedTo);
            m_hashedTo = m_offset + chunk.size();
        }
        RegistryRequest patch = makeRequest("PATCH", {}, m_scope);
        patch.absoluteUrl = m_location;
        patch.body = chunk;
        patch.headers = {
            {"Content-Type", "application/octet-stream"},
            {"Content-Range",
             QByteArray::number(m_offset) + '-' + QByteArray::number(m_offset + chunk.size() - 1)}};
        RegistryReply *r = m_transport->send(patch);
        const qint64 sent = chunk.size();
        connect(r, &Reply::finished, this, [this, r, sent] {
            if (r->error())
                return restartAfter(r->error());
            if (r->status() == 416 && m_recoveries < 5) {
                // The registry has less than we sent: resume after what it reports.
                ++m_recoveries;
                const QByteArray range = r->header("Range");
                m_offset = range.isEmpty() ? 0 : range.mid(range.indexOf('-') + 1).toLongLong() + 1;
                qCInfo(lcOci) << "upload chunk refused (416), resuming at" << m_offset;
                if (m_offset > m_hashedTo)
                    return m_done(Error(Error::Kind::Parse,
                                        Tr::tr("the registry reports %1 bytes of an upload that "
                                               "sent %2")
                                            .arg(m_offset)
                                            .arg(m_hashedTo)),
                                  {});
                if (!r->header("Location").isEmpty() && !follow(r))
                    return;
                return readChunk();
            }
            if (r->status() != 202)
                return m_done(RegistryTransport::errorFor(r->status(), r->body(), r->url()), {});
            if (!follow(r))
                return;
            m_offset += sent;
            Q_EMIT m_reply->progress(m_offset, m_blob.size);
            readChunk();
        });
    }

    /// A connection broke: the registry may hold part of a chunk, and a stream cannot be sent
    /// half again. The session is cancelled and everything sent again in a new one, once (the
    /// reader reads from the start again); else the error is the upload's.
    void restartAfter(const Error &error)
    {
        if (m_restarted
            || (error.kind() != Error::Kind::Network && error.kind() != Error::Kind::Timeout))
            return m_done(error, {});
        m_restarted = true;
        qCInfo(lcOci) << "upload connection broke:" << error.detail() << "- starting again";
        cancelUpload(m_transport, m_location, m_scope);
        m_offset = 0;
        start();
    }

    void commit()
    {
        if (!m_digest.isValid())
            m_digest = m_blob.digest.isValid() ? m_blob.digest : m_hasher.finish();
        Descriptor stored = m_blob;
        stored.digest = m_digest;
        stored.size = m_offset;
        QUrl target = m_location;
        QUrlQuery q(target);
        q.addQueryItem(u"digest"_s, stored.digest.toString());
        target.setQuery(q);
        RegistryRequest put = makeRequest("PUT", {}, m_scope);
        put.absoluteUrl = target;
        RegistryReply *r = m_transport->send(put);
        connect(r, &Reply::finished, this, [this, r, stored] {
            if (r->error())
                return restartAfter(r->error());
            if (r->status() != 201 && r->status() != 204)
                return m_done(RegistryTransport::errorFor(r->status(), r->body(), r->url()), {});
            m_done({}, stored);
        });
    }

    RegistryTransport *m_transport;
    Reply *m_reply;
    QString m_repository;
    RegistryClient::ChunkReader m_read;
    Descriptor m_blob; ///< its digest invalid when unknown until the end
    QString m_scope;
    qint64 m_chunkSize;
    Done m_done;
    DigestHasher m_hasher;
    qint64 m_hashedTo = 0;
    Digest m_digest; ///< once everything was read
    QUrl m_location;
    qint64 m_offset = 0;
    int m_recoveries = 0;
    bool m_restarted = false;
};

} // namespace

void RegistryClient::uploadChunked(ValueReply<UploadOutcome> *reply, const QString &repository,
                                   const Descriptor &blob, const QString &path,
                                   const QString &scope)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return reply->finish(
            Error(Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(path, file->errorString())));
    // Read on the thread pool, one chunk at a time: the file is never used by two threads at once.
    ChunkReader read = [file](qint64 offset, qint64 max) -> Result<QByteArray> {
        if (!file->seek(offset))
            return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(file->fileName()));
        return file->read(max);
    };
    auto *upload = new ChunkedUpload(m_transport, reply, repository, read, blob, scope, m_chunkSize,
                                     [reply](const Error &error, const Descriptor &) {
                                         if (error)
                                             return reply->finish(error);
                                         reply->finishWith(UploadOutcome::Uploaded);
                                     });
    upload->start();
}

ValueReply<Descriptor> *RegistryClient::uploadStream(const QString &repository, ChunkReader read,
                                                     const QString &mediaType)
{
    auto *reply = new ValueReply<Descriptor>(this);
    Descriptor blob;
    blob.mediaType = mediaType;
    blob.size = -1;
    auto *upload = new ChunkedUpload(m_transport, reply, repository, std::move(read), blob,
                                     pushScope(repository), m_chunkSize,
                                     [reply](const Error &error, const Descriptor &stored) {
                                         if (error)
                                             return reply->finish(error);
                                         reply->finishWith(stored);
                                     });
    QMetaObject::invokeMethod(
        upload, [upload] { upload->start(); }, Qt::QueuedConnection);
    return reply;
}

} // namespace Berth::Oci
