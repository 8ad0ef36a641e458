// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "imagereference.h"

namespace Berth::Oci {

/// Where an image is, in skopeo's transport syntax: `oci:DIR[:NAME]`,
/// `docker-archive:FILE[:REPO:TAG]`, or a registry reference
/// (`[docker://]HOST[:PORT]/REPO[:TAG|@DIGEST]`).
struct ImageLocation
{
    enum class Kind { Registry, OciLayout, DockerArchive };
    Kind kind = Kind::Registry;
    ImageReference reference; ///< Registry
    QString path; ///< OciLayout directory, DockerArchive file
    QString name; ///< OciLayout ref name, DockerArchive "repo:tag" (may be empty)

    static Result<ImageLocation> parse(const QString &text);
    QString toString() const;
};

} // namespace Berth::Oci
