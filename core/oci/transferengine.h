// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "imagelocation.h"
#include "registrytransport.h"

#include <QObject>

namespace Berth::Oci {

struct TransferOptions
{
    RegistryOptions source;
    RegistryOptions destination;
    int jobs = 4; ///< blobs in parallel (1 to 16)
    QString blobCache; ///< where blob locations are remembered; empty: the user's cache dir
};

struct TransferResult
{
    Digest digest; ///< of the top manifest (or index)
    int blobsCopied = 0;
    int blobsSkipped = 0; ///< already at the destination
    int blobsMounted = 0; ///< cross-repository mounts
    int blobsCompressed = 0; ///< of blobsCopied, uncompressed layers pushed gzip-compressed
    qint64 bytesCopied = 0;
};

/// The reply of TransferEngine::copy(): progress() for the whole copy, blobProgress() per blob.
class TransferReply final : public ValueReply<TransferResult>
{
    Q_OBJECT
public:
    explicit TransferReply(QObject *parent = nullptr)
        : ValueReply<TransferResult>(parent)
    { }

Q_SIGNALS:
    /// Bytes of one blob moved so far (`digest` as text).
    void blobProgress(const QString &digest, qint64 done, qint64 total);
    /// One HTTP exchange of the copy (see RegistryTransport::exchanged).
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    /// See RegistryTransport::tokenRealmElsewhere.
    void tokenRealmElsewhere(const QString &registry, const QString &realmHost);
};

/// Copies an image (or an index with every platform) between registries and OCI layouts:
/// blobs in parallel, skipped when present (HEAD), mounted from another repository of the
/// same registry when the blob-location cache knows one, streamed through files with their
/// digests checked, manifests last. Runs on a worker thread with its own network manager;
/// the reply (on the caller's thread) emits progress(done, total) and finishes once.
class TransferEngine final : public QObject
{
    Q_OBJECT
public:
    explicit TransferEngine(QObject *parent = nullptr);

    TransferReply *copy(const ImageLocation &source, const ImageLocation &destination,
                        const TransferOptions &options = {});

    static QString defaultBlobCache();
};

} // namespace Berth::Oci

Q_DECLARE_METATYPE(Berth::Oci::TransferResult)
