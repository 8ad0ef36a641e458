// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <utility>

namespace Berth {

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

/// The value of header `name` (compared case-insensitively), or an empty array.
inline QByteArray findHeader(const HeaderPairs &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// A request as every Berth client sends it: these TLS settings, redirects left to the caller
/// (credentials must not follow them to another host), HTTP/1.1, a transfer timeout and Berth's
/// User-Agent.
inline QNetworkRequest berthRequest(const QUrl &url, const QSslConfiguration &ssl, int timeoutMs)
{
    QNetworkRequest req(url);
    req.setSslConfiguration(ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("User-Agent", "berth/" QT_STRINGIFY(BERTH_VERSION));
    return req;
}

} // namespace Berth
