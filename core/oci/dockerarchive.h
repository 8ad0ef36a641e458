// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ocilayout.h"

#include <stop_token>

namespace Berth::Oci {

/// `docker save` tarballs (docker-archive, as docker, podman and skopeo read and write them):
/// manifest.json, the config as <hex>.json, each layer as an uncompressed <diffid>/layer.tar.
/// Conversion goes through an OCI layout, on disk: memory does not grow with the image.
class DockerArchive
{
public:
    /// Reads image `repoTag` (the only one when empty) of `archive` into `layout` under
    /// `refName`: its config, its layers as stored, and a Docker schema 2 manifest. A stop
    /// requested on `stop` (from any thread) ends it within a chunk, with Error::cancelled().
    static Result<Descriptor> toOciLayout(const QString &archive, const QString &repoTag,
                                          OciLayout &layout, const QString &refName,
                                          std::stop_token stop = {});

    /// Writes image `refName` of `layout` to `archive` (replaced atomically), named `repoTag`.
    /// gzip layers are decompressed and checked against the config's DiffIDs. `stop` as above;
    /// a stopped write leaves `archive` as it was.
    static Result<void> fromOciLayout(const OciLayout &layout, const QString &refName,
                                      const QString &repoTag, const QString &archive,
                                      std::stop_token stop = {});
};

} // namespace Berth::Oci
