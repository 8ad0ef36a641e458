// SPDX-License-Identifier: Apache-2.0
#include "registryprocess.h"

#include "common/process.h"

#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Berth::Test {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString makeOciImage(const QString &dir, const QString &name, int layers, int layerSize,
                     const QString &platforms, int seed)
{
    QStringList args {QStringLiteral(BERTH_TESTS_DIR "/support/make-oci-image.py"),
                      u"--out"_s,
                      dir,
                      u"--name"_s,
                      name,
                      u"--layers"_s,
                      QString::number(layers),
                      u"--layer-size"_s,
                      QString::number(layerSize),
                      u"--seed"_s,
                      QString::number(seed)};
    if (!platforms.isEmpty())
        args += {u"--platforms"_s, platforms};
    const ProcessResult r = runProgram(u"python3"_s, args);
    return QString::fromUtf8(r.out.trimmed());
}

RegistryProcess::RegistryProcess() = default;

RegistryProcess::~RegistryProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString RegistryProcess::host() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

bool RegistryProcess::start(const Options &options)
{
    m_port = freePort();
    QByteArray config = "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: "
                        "true\nstorage:\n  filesystem:\n    rootdirectory: "
        + QFile::encodeName(storage()) + "\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:"
        + QByteArray::number(m_port) + "\n";
    if (!options.certificatePem.isEmpty()) {
        QFile cert(m_dir.filePath(u"tls.crt"_s)), key(m_dir.filePath(u"tls.key"_s));
        cert.open(QIODevice::WriteOnly);
        cert.write(options.certificatePem);
        key.open(QIODevice::WriteOnly);
        key.write(options.keyPem);
        config += "  tls:\n    certificate: " + QFile::encodeName(cert.fileName())
            + "\n    key: " + QFile::encodeName(key.fileName()) + "\n";
    }
    if (!options.user.isEmpty()) {
        const ProcessResult h
            = runProgram(u"htpasswd"_s, {u"-Bbn"_s, options.user, options.password});
        if (h.exitCode != 0) {
            m_error = u"htpasswd failed: "_s + QString::fromUtf8(h.err);
            return false;
        }
        QFile file(m_dir.filePath(u"htpasswd"_s));
        file.open(QIODevice::WriteOnly);
        file.write(h.out);
        config += "auth:\n  htpasswd:\n    realm: berth-test\n    path: "
            + QFile::encodeName(file.fileName()) + "\n";
    }
    QFile file(m_dir.filePath(u"config.yml"_s));
    file.open(QIODevice::WriteOnly);
    file.write(config);
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    endWithThisProcess(&m_process); // a test that crashes leaves no registry behind
    m_process.start(u"docker-registry"_s, {u"serve"_s, file.fileName()});
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_error = u"docker-registry did not start: "_s + QString::fromUtf8(m_process.readAll());
    return false;
}

} // namespace Berth::Test
