// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/command.h"
#include "imagereference.h"

namespace Berth::Oci {

struct RegistryOptions;

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
    /// The location as a skopeo argument: a registry reference gets `docker://`.
    QString toSkopeo() const;
    /// `skopeo copy --all FROM TO` with the registry flags Berth used on each side (a bearer
    /// token as --src-registry-token="$OC_TOKEN", credentials as --src-creds="$SRC_CREDS",
    /// --src-tls-verify=false, --src-cert-dir): what Berth's copy, pull and push do.
    static Command skopeoCopy(const ImageLocation &from, const ImageLocation &to,
                              const RegistryOptions &source, const RegistryOptions &destination);
    /// `skopeo delete docker://IMAGE` with the registry flags Berth used (--creds="$CREDS"
    /// and the like): what Berth's delete of a digest does.
    static Command skopeoDelete(const ImageReference &image, const RegistryOptions &options);
    /// The commands that pull or read `image` (HOST/REPOSITORY@DIGEST): podman pull, docker
    /// pull, skopeo inspect and oc image info.
    static QList<Command> readCommands(const QString &image);
};

} // namespace Berth::Oci
