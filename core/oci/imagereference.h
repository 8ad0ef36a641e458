// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "digest.h"

namespace Berth::Oci {

/// A registry reference in the docker grammar: `[HOST[:PORT]/]REPO[:TAG][@DIGEST]`, with
/// docker's defaults (docker.io, `library/`, tag `latest`). A leading `docker://` is accepted.
struct ImageReference
{
    QString registry; ///< "host[:port]"; "docker.io" by default
    QString repository; ///< "project/name"
    QString tag; ///< empty when pinned by digest only
    Digest digest;

    static Result<ImageReference> parse(const QString &text);

    /// The tag or digest to ask for: the digest when there is one.
    QString reference() const { return digest.isValid() ? digest.toString() : tag; }
    /// "registry/repository[:tag][@digest]"
    QString toString() const;
    /// The host the API is served on ("registry-1.docker.io" for docker.io).
    QString apiHost() const;
};

/// True for "host", "host:port", "[v6]:port" that can safely name a directory (certs.d) or a URL
/// authority: no '/', '\\', "..", NUL or spaces.
bool isValidRegistryHost(const QString &hostPort);

} // namespace Berth::Oci
