// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"

#include <QObject>

namespace Berth::Gui {

/// The connection to one cluster as one user, shared by every page: the kubeconfig context,
/// its HTTP and API clients, and the session-expired state.
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    /// kubeconfig files to read and write (empty: $KUBECONFIG or ~/.kube/config).
    void setKubeconfigPaths(const QStringList &paths) { m_paths = paths; }
    QStringList kubeconfigPaths() const;

    /// Connects to `context` (the current one when empty) of the kubeconfig.
    Result<void> open(const QString &context = {});
    bool isOpen() const { return m_open; }

    Kube::KubeClient *client() { return &m_client; }
    const Kube::ClusterConnection &connection() const { return m_connection; }
    QString user() const { return m_user; }
    void setUser(const QString &user);

Q_SIGNALS:
    /// A new connection is in place (login or context switch): pages reload.
    void opened();
    /// The server refused the token (401): ask the user to log in again.
    void expired();
    void userChanged(const QString &user);
    /// Every HTTP exchange, redacted, for the activity panel.
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    void warning(const QString &text);

private:
    QStringList m_paths;
    Kube::HttpClient m_http;
    Kube::KubeClient m_client;
    Kube::ClusterConnection m_connection;
    QString m_user;
    bool m_open = false;
};

} // namespace Berth::Gui
