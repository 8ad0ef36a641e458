// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace Berth::Workstation {

/// Checks `host` (host, host:port or [IPv6]:port) before it becomes part of a path: no '/',
/// '\\', "..", NUL, spaces or control characters, a port up to 65535, at most 260 characters.
Result<void> checkRegistryHost(const QString &host);

/// Where a container engine reads a registry's CA (containers-certs.d(5), Docker's certs.d).
enum class CertsStore {
    Docker, ///< /etc/docker/certs.d (Docker; Podman reads it last)
    Podman, ///< /etc/containers/certs.d (Podman, skopeo, buildah, CRI-O)
    Rootless, ///< ~/.config/containers/certs.d (rootless Podman and skopeo, first)
};

/// "docker", "podman", "rootless".
QString storeName(CertsStore store);

/// The certs.d directory of `store`; system ones under `root` when it is given (for tests and
/// for preparing images), the rootless one in the home directory.
QString certsDirectory(CertsStore store, const QString &root = {});

/// certsDirectory()/HOST/ca.crt; `host` must have passed checkRegistryHost().
QString caFilePath(CertsStore store, const QString &host, const QString &root = {});

/// What containers-certs.d(5) gives a client of `host`: the CAs (`*.crt`) and a client pair
/// (`NAME.cert` with `NAME.key`) of `certDir` (as skopeo --cert-dir) when given, else of the
/// first of ~/.config/containers/certs.d/HOST, /etc/containers/certs.d/HOST and
/// /etc/docker/certs.d/HOST that exists.
struct CertsDirMaterial
{
    QString directory; ///< empty: none applies
    QList<QSslCertificate> authorities;
    QList<QSslCertificate> clientChain;
    QSslKey clientKey;
    QStringList warnings; ///< a .cert without its .key, a file that is not a certificate
};
CertsDirMaterial loadCertsDir(const QString &host, const QString &certDir = {});

/// Whether `store` holds `ca` for `host`.
struct CaFileState
{
    enum class State { Missing, Matches, Different, Unreadable };
    State state = State::Missing;
    QString path;
    QList<QSslCertificate> certificates; ///< what the file holds
    QString problem; ///< Unreadable: why
};
CaFileState caFileState(CertsStore store, const QString &host, const QList<QSslCertificate> &ca,
                        const QString &root = {});

/// What installCa() does with a ca.crt that holds another CA.
enum class ExistingCa {
    Keep, ///< refuse, with an error whose reason() is "AnotherCa"
    Replace, ///< replace it, kept beside the new one as ca.crt.berth-backup-TIME
};

/// What installCa() did.
struct CaInstall
{
    QString path;
    bool unchanged = false; ///< the file already held this CA
    QString backup; ///< the different CA it replaced, kept under this name
};

/// Writes `ca` as certsDirectory()/HOST/ca.crt (mode 0644): each directory from `/` down opened
/// with O_NOFOLLOW (a symlink anywhere on the way is refused), a missing one made 0755, the file
/// through a temporary file and a rename in its directory, so that a reader (or a kill at any
/// moment) sees the old file or the new one. A ca.crt that holds another CA is kept unless
/// `existing` says Replace; then it is kept beside the new one.
Result<CaInstall> installCa(CertsStore store, const QString &host, const QList<QSslCertificate> &ca,
                            ExistingCa existing, const QString &root = {});

/// What exportCa() checks before it writes anything: the host, and that no store holds
/// another CA (to keep) or cannot be read; the error names the store. Every store is readable
/// by a user, so this holds for the stores written as root too.
Result<void> checkExport(const QList<CertsStore> &stores, const QString &host,
                         const QList<QSslCertificate> &ca, ExistingCa existing,
                         const QString &root = {});

/// Whether this process may not write `store` itself: a system store, no `root` directory, and
/// not running as root. Such a store goes through installAsRoot().
bool needsRoot(CertsStore store, const QString &root = {});

/// installCa() into each of `stores`, all or nothing: when one of them holds another CA (to
/// keep) or cannot be read, the error names it and nothing is written anywhere.
Result<QList<CaInstall>> exportCa(const QList<CertsStore> &stores, const QString &host,
                                  const QList<QSslCertificate> &ca, ExistingCa existing,
                                  const QString &root = {});

} // namespace Berth::Workstation
