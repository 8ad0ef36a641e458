// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace Berth::Test {

struct ProcessResult;

/// Runs the real `berth-sandbox` binary by its command-line contract in a temporary data
/// directory, waits for its `ready` line, and stops it (SIGTERM) when destroyed.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    /// Starts the sandbox; false (with errorString()) when it did not become ready in 20 s.
    bool start(const QStringList &extraArguments = {});
    void stop();
    QString errorString() const { return m_error; }

    QUrl apiUrl() const { return m_api; }
    QUrl registryUrl() const { return m_registry; }
    QString dataDir() const { return m_dir.path(); }
    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString apiCaFile() const { return m_dir.filePath(QStringLiteral("api-ca.crt")); }
    /// The token of "kubeadmin", "developer" or "viewer" from tokens.json.
    QString token(const QString &identity) const;
    /// A kubeconfig of `identity`, written by `berthctl login` as a user would make one;
    /// empty (with errorString()) when the login failed.
    QString logIn(const QString &identity);
    int exitCode() const { return m_process.exitCode(); }
    qint64 processId() const { return m_process.processId(); }
    /// The seed's registry steps with kubectl: Trident as the default class, the registry
    /// Managed on a PVC; waits until the operator reports it Ready. false on failure.
    bool deployRegistry();
    /// `kubectl patch --type=merge` of the registry operator's config with `patch` (JSON).
    struct ProcessResult patchRegistryConfig(const QString &patch) const;
    /// kubectl with this sandbox's kubeconfig.
    struct ProcessResult kubectl(const QStringList &arguments) const;
    /// The environment of a user of this sandbox: HOME `home`, this sandbox's kubeconfig, the C
    /// locale.
    QProcessEnvironment userEnvironment(const QString &home) const;
    /// berthctl as that user.
    struct ProcessResult berthctl(const QStringList &arguments, const QString &home) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_api;
    QUrl m_registry;
    QString m_error;
};

/// Runs a program to completion (60 s at most) with an optional environment.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment
                         = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000);

} // namespace Berth::Test
