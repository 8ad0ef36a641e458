// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QStringList>

namespace Berth::Workstation {

/// What one real container client said of a registry, run as the user would run it.
struct ClientCheck
{
    QString client; ///< "skopeo" or "podman"
    QStringList command; ///< the whole command line, the program first
    bool passed = false; ///< it exited 0
    /// Its last line (of standard output when it passed, else of its errors); of an inspect
    /// that passed, the size of the manifest read.
    QString said;

    /// The command as the user would type it: the client's name, not its path.
    QString shownCommand() const;
};

/// Runs the container clients installed here against `host` (host[:port], checked with
/// checkRegistryHost()) with no TLS or credential flags, so that their own reading of certs.d
/// and auth.json is what is tried: `skopeo login --get-login HOST` and `podman login
/// --get-login HOST` (whether each finds the saved login), then, when `image` names a
/// repository and tag under the host ("project/stream:tag"), `skopeo inspect --raw
/// docker://HOST/IMAGE` (the certificate and the login on the wire; podman would have to pull
/// it). A non-empty `authFile` is passed as `--authfile`. Each run has an empty standard input
/// and is bounded to 60 seconds and 64 KiB of output. Finishes with no rows when neither client
/// is installed; a client that fails is a row, not an error.
ValueReply<QList<ClientCheck>> *checkWithClients(const QString &host, const QString &image,
                                                 const QString &authFile,
                                                 QObject *parent = nullptr);

} // namespace Berth::Workstation
