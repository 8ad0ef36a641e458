// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest.h"
#include "registrytransport.h"

namespace Berth::Oci {

/// Streams `blob` of `repository` into `path` (RegistryClient::downloadBlob()): through a
/// temporary file beside it, hashed as it is written; a broken connection or a short body is
/// resumed with Range (five times, each after progress); renamed to `path` only when size and
/// digest match. Finishes `reply`, emits its progress(bytes, total); aborting it stops and
/// removes the temporary file. Starts from the event loop.
void startBlobDownload(RegistryTransport *transport, Reply *reply, const QString &repository,
                       const Descriptor &blob, const QString &path);

} // namespace Berth::Oci
