// SPDX-License-Identifier: Apache-2.0
#include "clustersession.h"

namespace Berth::Kube {

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
    , m_client(&m_http)
{
    connect(&m_http, &HttpClient::exchanged, this, &ClusterSession::exchanged);
    connect(&m_client, &KubeClient::sessionExpired, this, [this] {
        m_expired = true;
        Q_EMIT expired();
    });
    connect(&m_client, &KubeClient::warning, this, &ClusterSession::warning);
}

QStringList ClusterSession::kubeconfigPaths() const
{
    return m_paths.isEmpty() ? KubeConfig::defaultPaths() : m_paths;
}

Result<void> ClusterSession::open(const QString &context)
{
    auto config = KubeConfig::load(kubeconfigPaths());
    if (!config)
        return config.error();
    auto connection = config->connection(context);
    if (!connection)
        return connection.error();
    m_connection = *connection;
    if (!m_namespace.isEmpty())
        m_connection.ns = m_namespace;
    m_http.setTls(m_connection.tls);
    m_http.setBearerToken(m_connection.token);
    m_client.setServer(m_connection.server);
    m_commands.setServer(m_connection.server);
    // The kubeconfig user entry is "name/cluster"; the real name comes with the first review.
    m_user = m_connection.userEntry.section(QLatin1Char('/'), 0, 0);
    m_open = true;
    m_expired = false;
    Q_EMIT opened();
    return {};
}

void ClusterSession::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    Q_EMIT userChanged(user);
}

} // namespace Berth::Kube
