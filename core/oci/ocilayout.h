// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest.h"

#include <stop_token>

namespace Berth::Oci {

/// An OCI image layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`): blobs
/// shared by every image in it, images named by `org.opencontainers.image.ref.name`.
/// index.json is written atomically; blobs arrive through temporary files and rename.
class OciLayout
{
public:
    explicit OciLayout(QString path)
        : m_path(std::move(path))
    { }

    QString path() const { return m_path; }
    /// Creates the directory and `oci-layout` if missing.
    Result<void> create();
    /// The descriptors of index.json.
    Result<QList<Descriptor>> index() const;
    /// The descriptor named `refName`; with an empty name, the only image of the layout.
    Result<Descriptor> resolve(const QString &refName) const;

    QString blobPath(const Digest &digest) const;
    bool hasBlob(const Descriptor &blob) const;
    Result<QByteArray> readBlob(const Digest &digest, qint64 limit = maxManifestSize) const;
    /// Writes a small blob (a manifest, a config) if it is not there yet.
    Result<void> writeBlob(const QByteArray &data, const Digest &digest);
    /// Copies the file `from` in as `blob`, hashing it on the way: it is renamed into place
    /// (mode 0644, as the layout's other files) only when its size and digest are the
    /// descriptor's; else nothing is left. Blocking: call it off the GUI thread; it gives up
    /// (Cancelled, nothing left) at its next chunk once a stop is requested on `stop`.
    Result<void> importBlob(const QString &from, const Descriptor &blob, std::stop_token stop = {});
    /// Adds `manifest` to index.json under `refName`, replacing an image of the same name.
    Result<void> tag(const Descriptor &manifest, const QString &refName);

private:
    QString m_path;
};

} // namespace Berth::Oci
