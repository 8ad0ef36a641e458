// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest.h"
#include "registrytransport.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace Berth::Oci {

/// One page of a paged list (`/v2/_catalog`, `tags/list`).
struct ListPage
{
    QStringList items;
    QString next; ///< the next page's path and query, on the same registry; empty at the end
};

/// The pages of one list followed so far: a loop, or paging without end, is refused.
class PageTrail
{
public:
    /// An error when `next` was followed already, or past 1,000 pages or 100,000 `items`.
    Error step(const QString &next, qsizetype items);

private:
    QSet<QString> m_seen;
};

/// The Docker Distribution / OCI distribution API of one registry on top of RegistryTransport:
/// catalog and tags (paged, guarded), manifests (HEAD/GET/PUT/DELETE, verified), blobs (HEAD,
/// verified and resumable download, upload with mount). Every reply finishes exactly once.
class RegistryClient final : public QObject
{
    Q_OBJECT
public:
    RegistryClient(RegistryTransport *transport, QObject *parent = nullptr);

    RegistryTransport *transport() const { return m_transport; }

    /// Every repository of the catalog, page after page.
    ValueReply<QStringList> *catalog();
    /// One page of the catalog: the first of `size` repositories, or the one at `next` (from the
    /// page before). The caller follows pages through a PageTrail.
    ValueReply<ListPage> *catalogPage(const QString &next = {}, int size = 100);
    ValueReply<QStringList> *tags(const QString &repository);
    /// GET; when `reference` is a digest the body must hash to it.
    ValueReply<Manifest> *manifest(const QString &repository, const QString &reference);
    /// HEAD: the digest, media type and size a tag points to.
    ValueReply<Descriptor> *headManifest(const QString &repository, const QString &reference);
    ValueReply<Digest> *putManifest(const QString &repository, const QString &reference,
                                    const QByteArray &raw, const QString &mediaType);
    Reply *deleteManifest(const QString &repository, const Digest &digest);

    ValueReply<bool> *blobExists(const QString &repository, const Descriptor &blob);
    /// A small blob (an image config: at most 4 MiB) in memory, its digest checked.
    ValueReply<QByteArray> *smallBlob(const QString &repository, const Descriptor &blob);
    /// Streams the blob into `path` through a temporary file beside it, hashing as it goes;
    /// resumes with Range after a broken connection; renames only when size and digest match.
    /// Emits progress(bytes, total).
    Reply *downloadBlob(const QString &repository, const Descriptor &blob, const QString &path);
    enum class UploadOutcome { Uploaded, Mounted, MountRefused };
    /// Chunks of a chunked upload (the fallback when a registry refuses a monolithic PUT).
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    /// Uploads the file `path` as `blob`: a cross-repository mount from `mountFrom` first when
    /// given, else POST then one monolithic PUT streamed from the file; when the registry refuses
    /// that (400, 405, 413, 501), chunked PATCHes with Content-Range, resuming after a 416 from the
    /// offset the registry reports, then PUT ?digest=. With no `path`, only
    /// the mount is tried: MountRefused (its upload session cancelled) when the registry declines.
    ValueReply<UploadOutcome> *uploadBlob(const QString &repository, const Descriptor &blob,
                                          const QString &path, const QString &mountFrom = {});

    /// Bytes of a blob from `offset`, at most `max`; empty at its end. Called on the thread pool,
    /// never twice at once for one upload.
    using ChunkReader = std::function<Result<QByteArray>(qint64 offset, qint64 max)>;
    /// Uploads a blob whose size and digest are known only at its end (a layer compressed on the
    /// way): POST, PATCHes with Content-Range (a 416 reads again from what the registry has),
    /// then PUT ?digest= with the hash of what was sent. The stored blob's descriptor, with
    /// `mediaType`. Emits progress(bytes sent, -1).
    ValueReply<Descriptor> *uploadStream(const QString &repository, ChunkReader read,
                                         const QString &mediaType);

private:
    ValueReply<ListPage> *listPage(const QString &path, const QString &key, const QString &scope);
    void listPaged(ValueReply<QStringList> *reply, const QString &path, const QString &key,
                   const QString &scope, QStringList items, std::shared_ptr<PageTrail> trail);

    RegistryTransport *m_transport;
    qint64 m_chunkSize = 8 * 1024 * 1024;
};

} // namespace Berth::Oci
