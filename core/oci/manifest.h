// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "digest.h"

#include <QJsonObject>
#include <QList>

namespace Berth::Oci {

namespace MediaType {
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char DockerList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerSchema1[] = "application/vnd.docker.distribution.manifest.v1+json";
inline constexpr char DockerSchema1Signed[]
    = "application/vnd.docker.distribution.manifest.v1+prettyjws";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
/// The Accept header of a manifest request: every kind Berth reads.
QByteArray acceptHeader();
} // namespace MediaType

/// Manifests and indexes larger than this are refused (containers/image's limit).
inline constexpr qint64 maxManifestSize = 4 * 1024 * 1024;

struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString toString() const;
};

/// A content descriptor, its digest validated.
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    Platform platform; ///< in an index
    QJsonObject annotations;

    QJsonObject toJson() const;
};

/// An image manifest or an index (manifest list), parsed and checked: schemaVersion, media
/// type agreement, no ambiguity between manifest and index fields (CVE-2021-41190), every
/// digest valid (CVE-2024-3727). The raw bytes are kept: they are what the digest covers.
struct Manifest
{
    QByteArray raw;
    Digest digest; ///< of `raw`
    QString mediaType;
    bool isIndex = false;
    bool isSchema1 = false; ///< read-only
    Descriptor config; ///< image manifests
    QList<Descriptor> layers; ///< image manifests (schema 1: fsLayers, sizes unknown)
    QList<Descriptor> manifests; ///< indexes

    /// Parses `raw` as served with `contentType` (may be empty).
    static Result<Manifest> parse(const QByteArray &raw, const QString &contentType = {});
    /// Every blob the manifest needs (config first), for an image manifest.
    QList<Descriptor> blobs() const;
    /// The layers as stored (compressed), a layer listed twice counted once: 0 for an index,
    /// -1 for schema 1 (its sizes are not said).
    qint64 layersSize() const;
};

} // namespace Berth::Oci
