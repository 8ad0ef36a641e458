// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace Berth::Test {

/// A real Docker Distribution registry (Debian's `docker-registry`) on loopback, with
/// filesystem storage in a temporary directory and delete enabled; optionally TLS (a
/// certificate made at test time) and htpasswd Basic auth. Stopped when destroyed.
class RegistryProcess
{
public:
    struct Options
    {
        QByteArray certificatePem; ///< with keyPem: serve https
        QByteArray keyPem;
        QString user; ///< with password: htpasswd Basic auth
        QString password;
    };

    RegistryProcess();
    ~RegistryProcess();
    bool start(const Options &options = {});
    QString errorString() const { return m_error; }
    /// "127.0.0.1:PORT"
    QString host() const;
    QString storage() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// A free TCP port on loopback (bound, then released).
quint16 freePort();

/// Runs tests/support/make-oci-image.py: a layout in `dir` with image `name`; returns its digest.
QString makeOciImage(const QString &dir, const QString &name, int layers, int layerSize,
                     const QString &platforms = {}, int seed = 1);

} // namespace Berth::Test
