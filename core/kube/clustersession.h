// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/commandlog.h"
#include "kubeclient.h"
#include "kubeconfig.h"

#include <QObject>

namespace Berth::Kube {

/// The connection to one cluster as one user: a kubeconfig context with its HttpClient and
/// KubeClient, whether the server has refused the token, and the session's CommandLog (which
/// outlives logins and context switches). The GUI's pages, berthctl and the tests each hold one.
/// Lives on the thread that created it.
class ClusterSession final : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);

    /// kubeconfig files to read and write (empty: $KUBECONFIG or ~/.kube/config).
    void setKubeconfigPaths(const QStringList &paths) { m_paths = paths; }
    QStringList kubeconfigPaths() const;
    /// The project every open() uses in place of the context's (`-n`, as kubectl's
    /// --namespace); empty: the context's.
    void setNamespace(const QString &ns) { m_namespace = ns; }

    /// Connects to `context` (the current one when empty) of the kubeconfig. On failure the
    /// session keeps the connection it had.
    Result<void> open(const QString &context = {});
    bool isOpen() const { return m_open; }
    /// The server refused the token (401) since the last open().
    bool isExpired() const { return m_expired; }

    KubeClient *client() { return &m_client; }
    HttpClient *http() { return &m_http; }
    const ClusterConnection &connection() const { return m_connection; }
    CommandLog *commands() { return &m_commands; }

    /// The user's name: the kubeconfig entry's until setUser() gives the server's.
    QString user() const { return m_user; }
    void setUser(const QString &user);

Q_SIGNALS:
    /// A new connection is in place (login or context switch): views reload.
    void opened();
    /// The server refused the token (401): log in again.
    void expired();
    void userChanged(const QString &user);
    /// Every HTTP exchange, redacted, for the activity panel.
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    /// A `Warning` header of the server.
    void warning(const QString &text);

private:
    QStringList m_paths;
    QString m_namespace;
    HttpClient m_http;
    KubeClient m_client;
    CommandLog m_commands;
    ClusterConnection m_connection;
    QString m_user;
    bool m_open = false;
    bool m_expired = false;
};

} // namespace Berth::Kube
