// SPDX-License-Identifier: Apache-2.0
#include "transferengine.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "dockerarchive.h"
#include "gzipcompressor.h"
#include "ocilayout.h"
#include "registryclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QQueue>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <QtConcurrent>

#include <memory>
#include <stop_token>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

QString TransferEngine::defaultBlobCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + u"/berth/blob-locations.json"_s;
}

namespace {

/// digest -> "registry/repository" where it was last seen, and "gzip:"digest -> the gzip blob
/// an uncompressed layer was pushed as: skopeo's blob-info cache.
class BlobLocations
{
public:
    explicit BlobLocations(QString path)
        : m_path(std::move(path))
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            m_map = QJsonDocument::fromJson(f.read(16 * 1024 * 1024)).object();
    }
    QStringList where(const Digest &digest) const
    {
        QStringList out;
        for (const QJsonValue &v : m_map.value(digest.toString()).toArray())
            out.append(v.toString());
        return out;
    }
    void remember(const Digest &digest, const QString &location)
    {
        QJsonArray list = m_map.value(digest.toString()).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).toString() == location)
                list.removeAt(i--);
        }
        list.prepend(location);
        while (list.size() > 8)
            list.removeLast();
        m_map.insert(digest.toString(), list);
        m_dirty = true;
    }
    /// The gzip blob an uncompressed layer became when Berth last pushed it compressed.
    Descriptor compressed(const Digest &layer) const
    {
        const QJsonObject o = m_map.value(u"gzip:"_s + layer.toString()).toObject();
        Descriptor d;
        if (const Result<Digest> digest = Digest::parse(o.value("digest"_L1).toString()); digest)
            d.digest = *digest;
        d.size = o.value("size"_L1).toInteger();
        return d;
    }
    void rememberCompressed(const Digest &layer, const Descriptor &gzip)
    {
        m_map.insert(u"gzip:"_s + layer.toString(),
                     QJsonObject {{u"digest"_s, gzip.digest.toString()}, {u"size"_s, gzip.size}});
        m_dirty = true;
    }
    void save()
    {
        if (!m_dirty || m_path.isEmpty())
            return;
        // Only a cache: a failure costs a future mount, never the copy.
        if (const Result<void> saved = writeFileAtomically(
                m_path, QJsonDocument(m_map).toJson(QJsonDocument::Compact), FileSecrecy::Public);
            !saved)
            qCWarning(lcOci) << "cannot save the blob location cache:" << saved.error().detail();
    }

private:
    QString m_path;
    QJsonObject m_map;
    bool m_dirty = false;
};

struct Image
{
    Manifest top;
    QList<Manifest> children; ///< of an index
    QList<Descriptor> blobs; ///< unique, config and layers of every image
};

/// One copy, on the worker thread.
class Job final : public QObject
{
    Q_OBJECT
public:
    Job(ImageLocation source, ImageLocation destination, TransferOptions options)
        : m_source(std::move(source))
        , m_destination(std::move(destination))
        , m_options(std::move(options))
        , m_cache(m_options.blobCache.isEmpty() ? TransferEngine::defaultBlobCache()
                                                : m_options.blobCache)
    {
        m_options.jobs = qBound(1, m_options.jobs, 16);
    }

    void start()
    {
        // A docker-archive is converted through a staging OCI layout, on disk.
        if (m_source.kind == ImageLocation::Kind::DockerArchive) {
            m_sourceStaging
                = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/berth-archive-XXXXXX"_s);
            OciLayout staging(m_sourceStaging->path());
            if (auto read = DockerArchive::toOciLayout(m_source.path, m_source.name, staging,
                                                       u"image"_s, m_stop.get_token());
                !read)
                return fail(read.error());
            m_source = {ImageLocation::Kind::OciLayout, {}, m_sourceStaging->path(), u"image"_s};
        }
        if (m_destination.kind == ImageLocation::Kind::DockerArchive) {
            m_archive = m_destination;
            if (m_archive.name.isEmpty() && m_source.kind == ImageLocation::Kind::Registry)
                m_archive.name = m_source.reference.registry + u'/' + m_source.reference.repository
                    + u':'
                    + (m_source.reference.tag.isEmpty() ? u"latest"_s : m_source.reference.tag);
            m_archiveStaging = std::make_unique<QTemporaryDir>(
                QFileInfo(m_archive.path).absolutePath() + u"/.berth-archive-XXXXXX"_s);
            m_destination
                = {ImageLocation::Kind::OciLayout, {}, m_archiveStaging->path(), u"image"_s};
        }
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        if (m_source.kind == ImageLocation::Kind::Registry)
            m_sourceClient = makeClient(m_source.reference.apiHost(), m_options.source);
        if (m_destination.kind == ImageLocation::Kind::Registry)
            m_destinationClient
                = makeClient(m_destination.reference.apiHost(), m_options.destination);
        if (m_destination.kind == ImageLocation::Kind::OciLayout) {
            // A directory made for this copy goes again if the copy fails.
            if (!m_archiveStaging && !QFileInfo::exists(m_destination.path))
                m_createdDirectory = m_destination.path;
            else if (!QFileInfo::exists(m_destination.path + u"/oci-layout"_s))
                m_createdLayoutIn = m_destination.path; // an empty folder the layout goes into
            m_destinationLayout = std::make_unique<OciLayout>(m_destination.path);
        } else {
            // Blobs from a registry to a registry pass through a staging directory.
            m_staging = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/berth-copy-XXXXXX"_s);
        }
        if (m_source.kind == ImageLocation::Kind::OciLayout)
            m_sourceLayout = std::make_unique<OciLayout>(m_source.path);
        readSource();
    }

    void cancel() { fail(Error::cancelled()); }
    /// Stops a docker-archive conversion, which runs without returning to the event loop, from
    /// any thread; cancel() then follows.
    std::stop_source stopSource() const { return m_stop; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void blobProgress(const QString &digest, qint64 done, qint64 total);
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    void tokenRealmElsewhere(const QString &registry, const QString &realmHost);
    void done(const Berth::Error &error, const Berth::Oci::TransferResult &result);

private:
    RegistryClient *makeClient(const QString &host, const RegistryOptions &options)
    {
        auto *transport = new RegistryTransport(host, options, m_nam, this);
        connect(transport, &RegistryTransport::exchanged, this, &Job::exchanged);
        connect(transport, &RegistryTransport::tokenRealmElsewhere, this,
                &Job::tokenRealmElsewhere);
        return new RegistryClient(transport, this);
    }

    void fail(const Error &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        // The other blobs stop too, their temporary files deleted (before the directory, when the
        // copy made it).
        for (const QPointer<Reply> &r : std::as_const(m_running)) {
            if (r)
                r->abort();
        }
        // Imports on the thread pool (and a conversion) stop at their next chunk; one that had
        // finished already made a blob that was not there before: it goes.
        m_stop.request_stop();
        for (auto &[copying, path] : m_imports) {
            copying.waitForFinished();
            if (copying.result())
                QFile::remove(path);
        }
        if (!m_createdDirectory.isEmpty())
            QDir(m_createdDirectory).removeRecursively();
        // An existing layout: the blobs this copy added go again (the others were there before,
        // and index.json is written last), so it is left as it was.
        for (const QString &path : std::as_const(m_added))
            QFile::remove(path);
        if (!m_createdLayoutIn.isEmpty()) {
            const QDir dir(m_createdLayoutIn);
            QFile::remove(dir.filePath(u"index.json"_s));
            QFile::remove(dir.filePath(u"oci-layout"_s));
            dir.rmdir(u"blobs/sha256"_s); // only when empty
            dir.rmdir(u"blobs"_s);
        }
        Q_EMIT done(error, {});
    }

    // --- reading the source manifests ---
    void readSource()
    {
        if (m_sourceLayout) {
            auto top = m_sourceLayout->resolve(m_source.name);
            if (!top)
                return fail(top.error());
            auto raw = m_sourceLayout->readBlob(top->digest);
            if (!raw)
                return fail(raw.error());
            auto manifest = Manifest::parse(*raw, top->mediaType);
            if (!manifest)
                return fail(manifest.error());
            m_image.top = *manifest;
            for (const Descriptor &child : manifest->manifests) {
                auto childRaw = m_sourceLayout->readBlob(child.digest);
                if (!childRaw)
                    return fail(childRaw.error());
                auto childManifest = Manifest::parse(*childRaw, child.mediaType);
                if (!childManifest)
                    return fail(childManifest.error());
                m_image.children.append(*childManifest);
            }
            return collectBlobs();
        }
        // Each read is tracked: after a failure or a cancel nothing goes on to write.
        Reply *ping = m_sourceClient->transport()->ping();
        track(ping);
        connect(ping, &Reply::finished, this, [this, ping] {
            if (ping->error())
                return fail(ping->error());
            auto *top = m_sourceClient->manifest(m_source.reference.repository,
                                                 m_source.reference.reference());
            track(top);
            connect(top, &Reply::finished, this, [this, top] {
                if (top->error())
                    return fail(top->error());
                m_image.top = top->value();
                if (m_image.top.isSchema1)
                    return fail(Error(
                        Error::Kind::InvalidInput,
                        Tr::tr("%1 is a Docker schema 1 manifest: it can be inspected, not copied")
                            .arg(m_source.toString())));
                fetchChildren(0);
            });
        });
    }

    void fetchChildren(qsizetype i)
    {
        if (i >= m_image.top.manifests.size())
            return collectBlobs();
        auto *child = m_sourceClient->manifest(m_source.reference.repository,
                                               m_image.top.manifests.at(i).digest.toString());
        track(child);
        connect(child, &Reply::finished, this, [this, child, i] {
            if (child->error())
                return fail(child->error());
            m_image.children.append(child->value());
            fetchChildren(i + 1);
        });
    }

    void collectBlobs()
    {
        QList<Manifest> images
            = m_image.top.isIndex ? m_image.children : QList<Manifest> {m_image.top};
        QSet<QString> seen;
        for (const Manifest &m : std::as_const(images)) {
            for (const Descriptor &d : m.blobs()) {
                if (seen.contains(d.digest.toString()))
                    continue;
                seen.insert(d.digest.toString());
                m_image.blobs.append(d);
                m_total += d.size;
            }
        }
        Q_EMIT progress(0, m_total);
        // The source is readable: only now is anything written at the destination.
        if (m_destinationLayout) {
            if (auto created = m_destinationLayout->create(); !created)
                return fail(created.error());
        }
        if (m_destinationClient) {
            Reply *ping = m_destinationClient->transport()->ping();
            track(ping);
            connect(ping, &Reply::finished, this, [this, ping] {
                if (ping->error())
                    return fail(ping->error());
                m_queue = QQueue<Descriptor>(m_image.blobs);
                pump();
            });
            return;
        }
        m_queue = QQueue<Descriptor>(m_image.blobs);
        pump();
    }

    // --- blobs, `jobs` at a time ---
    void pump()
    {
        if (m_finished)
            return;
        while (m_active < m_options.jobs && !m_queue.isEmpty())
            copyBlob(m_queue.dequeue());
        if (m_active == 0 && m_queue.isEmpty())
            writeManifests();
    }

    /// Finished blobs plus what the running downloads have so far.
    void emitProgress()
    {
        qint64 moving = 0;
        for (const qint64 v : std::as_const(m_inFlight))
            moving += v;
        Q_EMIT progress(qMin(m_total, m_done + moving), m_total);
    }

    /// A running blob moved on to `done` bytes. Reported at most every 100 ms: chunks come every
    /// few microseconds, and each report crosses to the caller's thread.
    void blobMoved(const Descriptor &blob, qint64 done)
    {
        m_inFlight[blob.digest.toString()] = done;
        if (m_lastReport.isValid() && m_lastReport.elapsed() < 100)
            return;
        m_lastReport.start();
        Q_EMIT blobProgress(blob.digest.toString(), done, blob.size);
        emitProgress();
    }

    void blobDone(const Descriptor &blob, const Error &error)
    {
        --m_active;
        if (error)
            return fail(error.about(Tr::tr("blob %1").arg(blob.digest.toString())));
        m_done += blob.size;
        m_inFlight.remove(blob.digest.toString());
        Q_EMIT blobProgress(blob.digest.toString(), blob.size, blob.size);
        emitProgress();
        pump();
    }

    QString sourceLocation() const
    {
        return m_source.reference.registry + u'/' + m_source.reference.repository;
    }
    QString destinationLocation() const
    {
        return m_destination.reference.registry + u'/' + m_destination.reference.repository;
    }

    void copyBlob(const Descriptor &blob)
    {
        ++m_active;
        if (m_destinationLayout) {
            if (m_destinationLayout->hasBlob(blob)) {
                ++m_result.blobsSkipped;
                return blobDone(blob, {});
            }
            if (m_sourceLayout)
                return copyFile(m_sourceLayout->blobPath(blob.digest), blob);
            // Counted as added from the start: the download renames it into place before its
            // reply reports, and a failure in between must still take it away.
            const QString path = m_destinationLayout->blobPath(blob.digest);
            m_added.append(path);
            return download(blob, path, [this, blob](const Error &e) { blobDone(blob, e); });
        }
        // To a registry: present already?
        auto *exists = m_destinationClient->blobExists(m_destination.reference.repository, blob);
        track(exists);
        connect(exists, &Reply::finished, this, [this, exists, blob] {
            if (exists->error())
                return blobDone(blob, exists->error());
            if (exists->value()) {
                ++m_result.blobsSkipped;
                m_cache.remember(blob.digest, destinationLocation());
                return blobDone(blob, {});
            }
            // Another repository of the same registry has it: mount instead of uploading.
            QString mountFrom;
            const QString prefix = m_destination.reference.registry + u'/';
            for (const QString &where : m_cache.where(blob.digest)) {
                if (where.startsWith(prefix) && where != destinationLocation()) {
                    mountFrom = where.mid(prefix.size());
                    break;
                }
            }
            if (mountFrom.isEmpty() && m_sourceClient
                && m_source.reference.registry == m_destination.reference.registry)
                mountFrom = m_source.reference.repository;
            if (m_sourceLayout && mountFrom.isEmpty() && compressible(blob))
                return pushCompressed(blob);
            if (m_sourceLayout)
                return upload(blob, m_sourceLayout->blobPath(blob.digest), mountFrom);
            if (!mountFrom.isEmpty())
                return upload(blob, {}, mountFrom);
            const QString staged = m_staging->filePath(blob.digest.hex());
            download(blob, staged, [this, blob, staged](const Error &e) {
                if (e)
                    return blobDone(blob, e);
                upload(blob, staged, {});
            });
        });
    }

    // --- uncompressed layers from local files go to a registry gzip-compressed, as with skopeo
    /// The gzip media type of an uncompressed layer, or nothing.
    static QString gzipMediaType(const Descriptor &blob)
    {
        if (blob.mediaType == u"application/vnd.docker.image.rootfs.diff.tar")
            return u"application/vnd.docker.image.rootfs.diff.tar.gzip"_s;
        if (blob.mediaType == u"application/vnd.oci.image.layer.v1.tar")
            return u"application/vnd.oci.image.layer.v1.tar+gzip"_s;
        return {};
    }
    bool compressible(const Descriptor &blob) const { return !gzipMediaType(blob).isEmpty(); }

    /// Pushes `layer` gzip-compressed, unless the registry has its compressed form already.
    void pushCompressed(const Descriptor &layer)
    {
        Descriptor known = m_cache.compressed(layer.digest);
        if (!known.digest.isValid())
            return compressAndUpload(layer);
        known.mediaType = gzipMediaType(layer);
        auto *exists = m_destinationClient->blobExists(m_destination.reference.repository, known);
        track(exists);
        connect(exists, &Reply::finished, this, [this, exists, layer, known] {
            if (exists->error() || !exists->value())
                return compressAndUpload(layer);
            ++m_result.blobsSkipped;
            m_compressed.insert(layer.digest.toString(), known);
            blobDone(layer, {});
        });
    }

    void compressAndUpload(const Descriptor &layer)
    {
        // Checked against the layer's own digest as it is read: a corrupt layer is not sent.
        auto compressor
            = std::make_shared<GzipCompressor>(m_sourceLayout->blobPath(layer.digest), layer);
        auto *r = m_destinationClient->uploadStream(
            m_destination.reference.repository,
            [compressor](qint64 offset, qint64 max) { return compressor->read(offset, max); },
            gzipMediaType(layer));
        track(r);
        connect(r, &Reply::progress, this,
                [this, layer, compressor] { blobMoved(layer, compressor->consumed()); });
        connect(r, &Reply::finished, this, [this, r, layer] {
            if (r->error())
                return blobDone(layer, r->error());
            const Descriptor gzip = r->value();
            ++m_result.blobsCopied;
            ++m_result.blobsCompressed;
            m_result.bytesCopied += gzip.size;
            m_cache.rememberCompressed(layer.digest, gzip);
            m_cache.remember(gzip.digest, destinationLocation());
            m_compressed.insert(layer.digest.toString(), gzip);
            blobDone(layer, {});
        });
    }

    /// `manifest` with `key` ("layers" or "manifests") entries replaced as `replaced` says
    /// (old digest -> new descriptor); the same bytes when none is.
    static Result<Manifest> withReplaced(const Manifest &manifest, QLatin1StringView key,
                                         const QHash<QString, Descriptor> &replaced)
    {
        QJsonObject o = QJsonDocument::fromJson(manifest.raw).object();
        QJsonArray entries = o.value(key).toArray();
        bool changed = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            const auto it = replaced.constFind(entry.value("digest"_L1).toString());
            if (it == replaced.constEnd())
                continue;
            entry.insert(u"mediaType"_s, it->mediaType);
            entry.insert(u"digest"_s, it->digest.toString());
            entry.insert(u"size"_s, it->size);
            entries.replace(i, entry);
            changed = true;
        }
        if (!changed)
            return manifest;
        o.insert(key, entries);
        return Manifest::parse(QJsonDocument(o).toJson(QJsonDocument::Compact), manifest.mediaType);
    }

    /// The image with its compressed layers in place of the uncompressed ones: the manifests
    /// that have any, and an index, with the new digests of its children.
    Result<void> useCompressedLayers()
    {
        if (!m_image.top.isIndex) {
            Result<Manifest> top = withReplaced(m_image.top, "layers"_L1, m_compressed);
            if (!top)
                return top.error();
            m_image.top = *top;
            return {};
        }
        QHash<QString, Descriptor> children;
        for (Manifest &child : m_image.children) {
            Result<Manifest> rewritten = withReplaced(child, "layers"_L1, m_compressed);
            if (!rewritten)
                return rewritten.error();
            if (rewritten->digest != child.digest)
                children.insert(
                    child.digest.toString(),
                    {child.mediaType, rewritten->digest, rewritten->raw.size(), {}, {}});
            child = *rewritten;
        }
        Result<Manifest> top = withReplaced(m_image.top, "manifests"_L1, children);
        if (!top)
            return top.error();
        m_image.top = *top;
        return {};
    }

    void download(const Descriptor &blob, const QString &path,
                  std::function<void(const Error &)> then)
    {
        Reply *r = m_sourceClient->downloadBlob(m_source.reference.repository, blob, path);
        track(r);
        connect(r, &Reply::progress, this, [this, blob](qint64 done) { blobMoved(blob, done); });
        connect(r, &Reply::finished, this, [this, r, blob, then] {
            if (!r->error()) {
                ++m_result.blobsCopied;
                m_result.bytesCopied += blob.size;
                m_cache.remember(blob.digest, sourceLocation());
            }
            then(r->error());
        });
    }

    void upload(const Descriptor &blob, const QString &path, const QString &mountFrom)
    {
        auto *r = m_destinationClient->uploadBlob(m_destination.reference.repository, blob, path,
                                                  mountFrom);
        track(r);
        connect(r, &Reply::finished, this, [this, r, blob] {
            if (r->error())
                return blobDone(blob, r->error());
            if (r->value() == RegistryClient::UploadOutcome::Mounted) {
                ++m_result.blobsMounted;
            } else if (r->value() == RegistryClient::UploadOutcome::MountRefused) {
                // The mount was refused (202): upload after all, staging the blob first.
                const QString staged = m_staging->filePath(blob.digest.hex());
                return download(blob, staged, [this, blob, staged](const Error &e) {
                    if (e)
                        return blobDone(blob, e);
                    upload(blob, staged, {});
                });
            } else if (!m_sourceClient) { // from a layout; downloads counted themselves
                ++m_result.blobsCopied;
                m_result.bytesCopied += blob.size;
            }
            m_cache.remember(blob.digest, destinationLocation());
            blobDone(blob, {});
        });
    }

    /// From a layout to a layout: hashed on the way, on the thread pool (a layer can be large).
    void copyFile(const QString &from, const Descriptor &blob)
    {
        QFuture<Result<void>> copying = QtConcurrent::run(
            [layout = *m_destinationLayout, from, blob, stop = m_stop.get_token()]() mutable {
                return layout.importBlob(from, blob, stop);
            });
        m_imports.append({copying, m_destinationLayout->blobPath(blob.digest)});
        copying.then(this, [this, blob](const Result<void> &imported) {
            if (m_finished)
                return; // fail() saw to it
            if (!imported)
                return blobDone(blob, imported.error());
            ++m_result.blobsCopied;
            m_result.bytesCopied += blob.size;
            m_added.append(m_destinationLayout->blobPath(blob.digest));
            blobDone(blob, {});
        });
    }

    void track(Reply *r) { m_running.append(r); }

    // --- manifests, after every blob is in place ---
    void writeManifests()
    {
        m_cache.save();
        if (m_destinationLayout) {
            QList<const Manifest *> manifests;
            for (const Manifest &child : std::as_const(m_image.children))
                manifests.append(&child);
            manifests.append(&m_image.top);
            for (const Manifest *m : std::as_const(manifests)) {
                const QString path = m_destinationLayout->blobPath(m->digest);
                const bool there = QFileInfo::exists(path);
                if (auto w = m_destinationLayout->writeBlob(m->raw, m->digest); !w)
                    return fail(w.error());
                if (!there)
                    m_added.append(path);
            }
            const Descriptor top {
                m_image.top.mediaType, m_image.top.digest, m_image.top.raw.size(), {}, {}};
            const QString name = m_destination.name.isEmpty() && m_sourceClient
                ? m_source.reference.tag
                : m_destination.name;
            if (auto t = m_destinationLayout->tag(top, name); !t)
                return fail(t.error());
            if (m_archiveStaging) {
                if (auto w
                    = DockerArchive::fromOciLayout(*m_destinationLayout, name, m_archive.name,
                                                   m_archive.path, m_stop.get_token());
                    !w)
                    return fail(w.error());
            }
            return finish();
        }
        if (!m_compressed.isEmpty()) {
            if (const Result<void> used = useCompressedLayers(); !used)
                return fail(used.error());
        }
        putChild(0);
    }

    void putChild(qsizetype i)
    {
        if (i >= m_image.children.size()) {
            const QString reference = m_destination.reference.reference();
            auto *put
                = m_destinationClient->putManifest(m_destination.reference.repository, reference,
                                                   m_image.top.raw, m_image.top.mediaType);
            connect(put, &Reply::finished, this, [this, put] {
                if (put->error())
                    return fail(put->error());
                finish();
            });
            return;
        }
        const Manifest &child = m_image.children.at(i);
        auto *put
            = m_destinationClient->putManifest(m_destination.reference.repository,
                                               child.digest.toString(), child.raw, child.mediaType);
        connect(put, &Reply::finished, this, [this, put, i] {
            if (put->error())
                return fail(put->error());
            putChild(i + 1);
        });
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_result.digest = m_image.top.digest;
        Q_EMIT done({}, m_result);
    }

    ImageLocation m_source;
    ImageLocation m_destination;
    TransferOptions m_options;
    BlobLocations m_cache;
    QNetworkAccessManager *m_nam = nullptr;
    RegistryClient *m_sourceClient = nullptr;
    RegistryClient *m_destinationClient = nullptr;
    std::unique_ptr<OciLayout> m_sourceLayout;
    std::unique_ptr<OciLayout> m_destinationLayout;
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<QTemporaryDir> m_sourceStaging; ///< a docker-archive source, as a layout
    std::unique_ptr<QTemporaryDir> m_archiveStaging; ///< a docker-archive destination, as a layout
    ImageLocation m_archive;
    QString m_createdDirectory; ///< the destination layout, when this copy made it
    QStringList m_added; ///< blobs this copy put into an existing layout, removed if it fails
    QString
        m_createdLayoutIn; ///< an existing folder with no layout yet: the layout goes if it fails
    /// Layout-to-layout copies on the thread pool, and the blob each makes.
    QList<std::pair<QFuture<Result<void>>, QString>> m_imports;
    Image m_image;
    QQueue<Descriptor> m_queue;
    QList<QPointer<Reply>> m_running;
    int m_active = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QHash<QString, qint64> m_inFlight; ///< bytes of the blobs being downloaded
    QElapsedTimer m_lastReport; ///< of progress
    QHash<QString, Descriptor> m_compressed; ///< uncompressed layer digest -> what was pushed
    TransferResult m_result;
    bool m_finished = false;
    std::stop_source m_stop;
}; // namespace

} // namespace

TransferEngine::TransferEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Berth::Error>();
    qRegisterMetaType<Berth::Oci::TransferResult>();
}

TransferReply *TransferEngine::copy(const ImageLocation &source, const ImageLocation &destination,
                                    const TransferOptions &options)
{
    auto *reply = new TransferReply(this);
    auto *thread = new QThread;
    auto *job = new Job(source, destination, options);
    job->moveToThread(thread);
    connect(thread, &QThread::started, job, &Job::start);
    connect(job, &Job::progress, reply, &Reply::progress);
    connect(job, &Job::blobProgress, reply, &TransferReply::blobProgress);
    connect(job, &Job::exchanged, reply, &TransferReply::exchanged);
    connect(job, &Job::tokenRealmElsewhere, reply, &TransferReply::tokenRealmElsewhere);
    connect(job, &Job::done, reply,
            [reply, thread, job](const Error &error, const TransferResult &result) {
                // Let the job go with its thread, and join the thread before reporting, so that
                // nothing of the copy outlives the reply. deleteLater() posts a DeferredDelete,
                // which a finishing thread always delivers; a queued call to it could be left
                // behind by quit(), leaking the job and its network thread into exit().
                job->deleteLater();
                thread->quit();
                thread->wait();
                if (error)
                    reply->finish(error);
                else
                    reply->finishWith(result);
            });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Cancel waits for the job to abort its requests and delete its partial files, so that when
    // the reply reports, nothing of the copy is left. The job's done() is queued before the
    // reply's finished(): the thread is joined first. The job never waits for this thread.
    QPointer<Job> guard(job);
    reply->setAbortHandler([guard, stop = job->stopSource()]() mutable {
        stop.request_stop(); // a conversion in progress first, or the wait below would last it
        if (guard)
            QMetaObject::invokeMethod(guard, &Job::cancel, Qt::BlockingQueuedConnection);
    });
    thread->start();
    return reply;
}

} // namespace Berth::Oci

#include "transferengine.moc"
