// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registryclient.h"

namespace Berth::Oci {

/// RegistryClient::uploadBlob(): a cross-repository mount from `mountFrom` first when given,
/// else POST and one monolithic PUT streamed from `path`; when the registry refuses that (400,
/// 405, 413, 501) or the connection breaks in it, chunks of `chunkSize`.
void startBlobUpload(RegistryTransport *transport, ValueReply<RegistryClient::UploadOutcome> *reply,
                     const QString &repository, const Descriptor &blob, const QString &path,
                     const QString &mountFrom, qint64 chunkSize);

/// RegistryClient::uploadStream(): chunks of `chunkSize` read by `read` on the thread pool, the
/// digest the hash of what was sent. Starts from the event loop.
void startStreamUpload(RegistryTransport *transport, ValueReply<Descriptor> *reply,
                       const QString &repository, RegistryClient::ChunkReader read,
                       const QString &mediaType, qint64 chunkSize);

} // namespace Berth::Oci
