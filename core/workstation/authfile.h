// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QStringList>

#include <optional>

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

/// Registry credentials as podman, skopeo and docker store them: containers `auth.json` and
/// Docker `config.json` (`auths`, `credHelpers`, `credsStore`). Read-only here.
class AuthFile
{
public:
    /// The files searched, in containers' order: $REGISTRY_AUTH_FILE, or
    /// $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME/containers/auth.json,
    /// ~/.docker/config.json, ~/.dockercfg.
    static QStringList defaultPaths();

    /// The credential for `registry` (host[:port]) and `repository`: the most specific key
    /// wins ("host/ns/repo", "host/ns", "host"), then credHelpers/credsStore helpers
    /// (`docker-credential-NAME get`). nullopt when none applies; an error for a file or an
    /// entry that cannot be read (the host is named).
    static Result<std::optional<Credential>> lookup(const QString &registry,
                                                    const QString &repository,
                                                    const QStringList &paths = defaultPaths());
};

} // namespace Berth::Workstation
