// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "tls/certificateinfo.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

namespace Berth::Kube {

/// How to verify the server: pinned CAs, or (only when chosen) no verification.
struct TlsSettings
{
    QList<QSslCertificate> caCertificates; ///< empty: the system store
    bool insecureSkipVerify = false;
    QString serverName; ///< kubeconfig `tls-server-name`: the name the certificate must carry
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000; ///< no-progress timeout; 0 for none (watches)
};

struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

/// One HTTP exchange. finished() exactly once; error() set for transport failures only
/// (an HTTP 4xx/5xx is a response, for the caller to interpret).
class HttpReply final : public Reply
{
    Q_OBJECT
public:
    explicit HttpReply(QObject *parent = nullptr)
        : Reply(parent)
    { }
    const HttpResponse &response() const { return m_response; }
    /// The chain the server presented when TLS verification failed.
    const Tls::PresentedChain &presentedChain() const { return m_chain; }

private:
    friend class HttpClient;
    HttpResponse m_response;
    Tls::PresentedChain m_chain;
};

/// QNetworkAccessManager with the cluster's TLS settings, a bearer token, timeouts, retries of
/// reads on 429/5xx with Retry-After, and redacted logging. Lives on the creating thread.
class HttpClient final : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);

    void setTls(const TlsSettings &tls) { m_tls = tls; }
    const TlsSettings &tls() const { return m_tls; }
    void setBearerToken(const QByteArray &token) { m_token = token; }
    bool hasBearerToken() const { return !m_token.isEmpty(); }

    /// Sends the request; GET and HEAD are retried (at most 5 times) on 429/502/503/504 that
    /// carry Retry-After. Writes are never retried.
    HttpReply *send(const HttpRequest &request);

    /// Opens a long-lived stream (a watch). The manager deletes the reply once it finished;
    /// hold it in a QPointer. Streams have managers of their own, at most six streams each:
    /// over HTTP/1.1 a manager opens six connections to a host and queues the rest, so watches
    /// kept open on one manager would hold every later request back forever. A manager left
    /// with no stream for five seconds goes, unless it is the last.
    QNetworkReply *openStream(const HttpRequest &request);

Q_SIGNALS:
    /// Every completed exchange, for the activity panel. The URL is redacted.
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);

private:
    QNetworkRequest makeRequest(const HttpRequest &request) const;
    QNetworkReply *start(QNetworkAccessManager *nam, const HttpRequest &request);
    QNetworkAccessManager *streamManager();
    void attempt(HttpReply *reply, const HttpRequest &request, int attemptNo);
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors,
                         Tls::PresentedChain *chain);

    QNetworkAccessManager m_nam;
    QHash<QNetworkAccessManager *, int> m_streams; ///< the stream managers, and their open streams
    TlsSettings m_tls;
    QByteArray m_token;
};

} // namespace Berth::Kube
