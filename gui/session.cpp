// SPDX-License-Identifier: Apache-2.0
#include "session.h"

namespace Berth::Gui {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(&m_http)
{
    connect(&m_http, &Kube::HttpClient::exchanged, this, &Session::exchanged);
    connect(&m_client, &Kube::KubeClient::sessionExpired, this, &Session::expired);
    connect(&m_client, &Kube::KubeClient::warning, this, &Session::warning);
}

QStringList Session::kubeconfigPaths() const
{
    return m_paths.isEmpty() ? Kube::KubeConfig::defaultPaths() : m_paths;
}

Result<void> Session::open(const QString &context)
{
    auto config = Kube::KubeConfig::load(kubeconfigPaths());
    if (!config)
        return config.error();
    auto connection = config->connection(context);
    if (!connection)
        return connection.error();
    m_connection = *connection;
    m_http.setTls(m_connection.tls);
    m_http.setBearerToken(m_connection.token);
    m_client.setServer(m_connection.server);
    // The kubeconfig user entry is "name/cluster"; the real name comes with the first review.
    m_user = m_connection.userEntry.section(QLatin1Char('/'), 0, 0);
    m_open = true;
    Q_EMIT opened();
    return {};
}

void Session::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    Q_EMIT userChanged(user);
}

} // namespace Berth::Gui
