// SPDX-License-Identifier: Apache-2.0
#include "sandboxprocess.h"

#include "common/process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Berth::Test {

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    m_process.setProgram(QStringLiteral(BERTH_SANDBOX_BINARY));
    m_process.setArguments(QStringList {u"--data-dir"_s, m_dir.path()} + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    endWithThisProcess(&m_process); // a test that crashes leaves no sandbox behind
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m
            = QRegularExpression(u"ready api=(\\S+) registry=(\\S+) kubeconfig=(\\S+)"_s)
                  .match(QString::fromUtf8(output));
        if (m.hasMatch()) {
            m_api = QUrl(m.captured(1));
            m_registry = QUrl(m.captured(2));
            return true;
        }
    }
    m_error = u"berth-sandbox did not become ready: "_s
        + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString SandboxProcess::token(const QString &identity) const
{
    QFile f(m_dir.filePath(u"tokens.json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(identity).toString();
}

QString SandboxProcess::logIn(const QString &identity)
{
    const QString config = m_dir.filePath(identity + u".kubeconfig"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KUBECONFIG"_s, config);
    const ProcessResult login
        = runProgram(QStringLiteral(BERTHCTL_BINARY),
                     {u"login"_s, u"--server"_s, m_api.toString(), u"--token"_s, token(identity),
                      u"--certificate-authority"_s, apiCaFile()},
                     env);
    if (login.exitCode != 0) {
        m_error = QString::fromUtf8(login.err);
        return {};
    }
    return config;
}

ProcessResult SandboxProcess::kubectl(const QStringList &arguments) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"KUBECONFIG"_s, kubeconfig());
    return runProgram(QStringLiteral(KUBECTL_BINARY), arguments, e);
}

QProcessEnvironment SandboxProcess::userEnvironment(const QString &home) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"HOME"_s, home);
    e.remove(u"XDG_STATE_HOME"_s); // Berth's change history goes under `home`
    e.insert(u"KUBECONFIG"_s, kubeconfig());
    e.insert(u"LC_ALL"_s, u"C"_s);
    return e;
}

ProcessResult SandboxProcess::berthctl(const QStringList &arguments, const QString &home) const
{
    return runProgram(QStringLiteral(BERTHCTL_BINARY), arguments, userEnvironment(home));
}

ProcessResult SandboxProcess::patchRegistryConfig(const QString &patch) const
{
    return kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                    u"--type=merge"_s, u"-p"_s, patch});
}

bool SandboxProcess::deployRegistry()
{
    const QString sc = u"storageclass"_s;
    if (kubectl(
            {u"patch"_s, sc, u"thin"_s, u"-p"_s,
             uR"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}})"_s})
                .exitCode
            != 0
        || kubectl(
               {u"patch"_s, sc, u"ontap-gold"_s, u"-p"_s,
                uR"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}})"_s})
                .exitCode
            != 0
        || patchRegistryConfig(
               uR"({"spec":{"managementState":"Managed","defaultRoute":true,"storage":{"pvc":{"claim":""}}}})"_s)
                .exitCode
            != 0)
        return false;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                     u"-o"_s, uR"(jsonpath={.status.conditions[?(@.type=="Available")].reason})"_s})
                .out
            == "Ready")
            return true;
        QThread::msleep(200);
    }
    return false;
}

ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(5000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Berth::Test
