// SPDX-License-Identifier: Apache-2.0
#include "blobupload.h"

#include "common/logging.h"

#include <QFile>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {

using UploadOutcome = RegistryClient::UploadOutcome;

/// Cancels an upload session (DELETE its Location), best effort: a registry expires it anyway.
void cancelUpload(RegistryTransport *transport, const QUrl &location, const QString &scope)
{
    RegistryRequest cancel;
    cancel.method = "DELETE";
    cancel.absoluteUrl = location;
    cancel.scope = scope;
    transport->send(cancel);
}

/// The next upload URL a registry gave (the spec: Location is opaque, absolute or relative;
/// always use the newest), refused when it is missing or leaves https.
Result<QUrl> uploadLocation(const RegistryReply *reply)
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

/// The PUT that ends an upload session at `location`, naming the blob's `digest`.
RegistryRequest closingPut(const QUrl &location, const Digest &digest, const QString &scope)
{
    QUrl target = location;
    QUrlQuery query(target);
    query.addQueryItem(u"digest"_s, digest.toString());
    target.setQuery(query);
    RegistryRequest put = RegistryRequest::to("PUT", {}, scope);
    put.absoluteUrl = target;
    return put;
}

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
        RegistryReply *r = m_reply->follow(m_transport->send(
            RegistryRequest::to("POST", u"/v2/%1/blobs/uploads/"_s.arg(m_repository), m_scope)));
        connect(r, &Reply::finished, this, [this, r] {
            if (const Error error = r->unexpected({202}))
                return m_done(error, {});
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
        RegistryRequest patch = RegistryRequest::to("PATCH", {}, m_scope);
        patch.absoluteUrl = m_location;
        patch.body = chunk;
        patch.headers = {
            {"Content-Type", "application/octet-stream"},
            {"Content-Range",
             QByteArray::number(m_offset) + '-' + QByteArray::number(m_offset + chunk.size() - 1)}};
        RegistryReply *r = m_reply->follow(m_transport->send(patch));
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
            if (const Error error = r->unexpected({202}))
                return m_done(error, {});
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
        RegistryRequest put = closingPut(m_location, stored.digest, m_scope);
        RegistryReply *r = m_reply->follow(m_transport->send(put));
        connect(r, &Reply::finished, this, [this, r, stored] {
            if (r->error())
                return restartAfter(r->error());
            if (const Error error = r->unexpected({201, 204}))
                return m_done(error, {});
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

/// Sends the file `path` as `blob` in chunks: the fallback of a monolithic upload.
void uploadChunked(RegistryTransport *transport, ValueReply<UploadOutcome> *reply,
                   const QString &repository, const Descriptor &blob, const QString &path,
                   const QString &scope, qint64 chunkSize)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return reply->finish(
            Error(Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(path, file->errorString())));
    // Read on the thread pool, one chunk at a time: the file is never used by two threads at once.
    RegistryClient::ChunkReader read = [file](qint64 offset, qint64 max) -> Result<QByteArray> {
        if (!file->seek(offset))
            return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(file->fileName()));
        return file->read(max);
    };
    auto *upload = new ChunkedUpload(transport, reply, repository, read, blob, scope, chunkSize,
                                     [reply](const Error &error, const Descriptor &) {
                                         if (error)
                                             return reply->finish(error);
                                         reply->finishWith(UploadOutcome::Uploaded);
                                     });
    upload->start();
}

} // namespace

void startBlobUpload(RegistryTransport *transport, ValueReply<UploadOutcome> *reply,
                     const QString &repository, const Descriptor &blob, const QString &path,
                     const QString &mountFrom, qint64 chunkSize)
{
    const QString scope = mountFrom.isEmpty() ? pushScope(repository)
                                              : pushScope(repository) + u' ' + pullScope(mountFrom);
    auto put = [transport, reply, blob, path, scope, repository, chunkSize](const QUrl &location) {
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return reply->finish(Error(
                Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(path, file->errorString())));
        RegistryRequest r = closingPut(location, blob.digest, scope);
        r.headers = {{"Content-Type", "application/octet-stream"}};
        r.bodyDevice = file.get();
        r.timeoutMs = 120000;
        // Aborting the upload aborts its request: Qt reads `file` until the request ends.
        RegistryReply *done = reply->follow(transport->send(r));
        QObject::connect(
            done, &Reply::finished, reply,
            [transport, done, reply, blob, file, repository, path, scope, location, chunkSize] {
                if (const Error &error = done->error(); error) {
                    if (error.kind() != Error::Kind::Network
                        && error.kind() != Error::Kind::Timeout)
                        return reply->finish(error);
                    // Broken mid-body: cancel the session, and send the file again in chunks,
                    // which survive the next break.
                    qCInfo(lcOci) << "monolithic upload broke:" << error.detail();
                    cancelUpload(transport, location, scope);
                    return uploadChunked(transport, reply, repository, blob, path, scope,
                                         chunkSize);
                }
                if (done->status() == 400 || done->status() == 405 || done->status() == 413
                    || done->status() == 501) {
                    qCInfo(lcOci) << "monolithic upload refused (HTTP" << done->status()
                                  << "), uploading in chunks";
                    return uploadChunked(transport, reply, repository, blob, path, scope,
                                         chunkSize);
                }
                if (const Error error = done->unexpected({201, 204}))
                    return reply->finish(error);
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
    RegistryReply *session
        = reply->follow(transport->send(RegistryRequest::to("POST", start, scope)));
    QObject::connect(session, &Reply::finished, reply,
                     [transport, session, reply, put, path, scope] {
                         if (!session->error() && session->status() == 201)
                             return reply->finishWith(UploadOutcome::Mounted); // nothing to send
                         if (const Error error = session->unexpected({202}))
                             return reply->finish(error);
                         const Result<QUrl> location = uploadLocation(session);
                         if (!location)
                             return reply->finish(location.error());
                         const QUrl resolved = *location;
                         if (path.isEmpty()) {
                             // The mount was declined and there is nothing to send from here:
                             // cancel the session.
                             cancelUpload(transport, resolved, scope);
                             return reply->finishWith(UploadOutcome::MountRefused);
                         }
                         put(resolved);
                     });
}

void startStreamUpload(RegistryTransport *transport, ValueReply<Descriptor> *reply,
                       const QString &repository, RegistryClient::ChunkReader read,
                       const QString &mediaType, qint64 chunkSize)
{
    Descriptor blob;
    blob.mediaType = mediaType;
    blob.size = -1;
    auto *upload = new ChunkedUpload(transport, reply, repository, std::move(read), blob,
                                     pushScope(repository), chunkSize,
                                     [reply](const Error &error, const Descriptor &stored) {
                                         if (error)
                                             return reply->finish(error);
                                         reply->finishWith(stored);
                                     });
    QMetaObject::invokeMethod(
        upload, [upload] { upload->start(); }, Qt::QueuedConnection);
}

} // namespace Berth::Oci
