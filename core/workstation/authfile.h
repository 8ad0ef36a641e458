// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "common/result.h"

#include <QStringList>

#include <optional>

class QThreadPool;

namespace Berth::Workstation {

/// A registry login: a user and password (or token), or an identity token.
struct Credential
{
    QString username;
    QString password;
    QString identityToken;
    bool isEmpty() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
};

/// Where AuthFile::store() put a credential.
struct StoredCredential
{
    QString path; ///< the file it was written to or whose helper took it
    QString helper; ///< "pass" for docker-credential-pass; empty: written into the file
};

/// Registry credentials as podman, skopeo and docker store them: containers `auth.json` and
/// Docker `config.json` (`auths`, `credHelpers`, `credsStore`).
class AuthFile
{
public:
    /// The file podman and skopeo write: $REGISTRY_AUTH_FILE, else
    /// $XDG_RUNTIME_DIR/containers/auth.json, else /run/containers/UID/auth.json.
    static QString containersPath();
    /// Docker's: $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
    static QString dockerPath();

    /// Stores `credential` for `registry` (host[:port]) as the file says: through its credential
    /// helper for that host (credHelpers, then credsStore), else as the host's "auth" entry in
    /// "auths", replacing an entry of that host and keeping every other byte of the file.
    /// Atomic, mode 0600, directory 0700, merged with a concurrent writer. A file that is not a
    /// JSON object, or whose "auths" is not one, is refused and left as it is.
    static Result<StoredCredential> store(const QString &path, const QString &registry,
                                          const Credential &credential);
    /// store() on pool(), off the calling thread (a window must not wait for a keyring); the
    /// reply, a child of `parent`, finishes on the calling thread.
    static ValueReply<StoredCredential> *storeInBackground(const QString &path,
                                                           const QString &registry,
                                                           const Credential &credential,
                                                           QObject *parent);
    /// `file` (JSON text) with `registry`'s entry in "auths" set to `entry`, every other byte
    /// kept; `path` names the file in errors.
    static Result<QByteArray> withEntry(const QByteArray &file, const QString &registry,
                                        const QByteArray &entry, const QString &path);

    /// The files searched, in containers' order: $REGISTRY_AUTH_FILE, or
    /// $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME/containers/auth.json,
    /// ~/.docker/config.json, ~/.dockercfg.
    static QStringList defaultPaths();

    /// The one thread that reads and writes auth files off the GUI thread (a credential helper
    /// may wait for a keyring): one job at a time, so that two logins never race on a file.
    static QThreadPool *pool();

    /// The credential for `registry` (host[:port]) and `repository`: the most specific key
    /// wins ("host/ns/repo", "host/ns", "host"), then credHelpers/credsStore helpers
    /// (`docker-credential-NAME get`). nullopt when none applies; an error for a file or an
    /// entry that cannot be read (the host is named).
    static Result<std::optional<Credential>> lookup(const QString &registry,
                                                    const QString &repository,
                                                    const QStringList &paths = defaultPaths());
};

} // namespace Berth::Workstation
