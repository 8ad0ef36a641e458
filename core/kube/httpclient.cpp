// SPDX-License-Identifier: Apache-2.0
#include "httpclient.h"

#include "common/boundedbody.h"

#include "common/headers.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "common/retrypolicy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

/// How long a stream manager with no stream is kept before it goes (unless it is the last).
static constexpr int s_idleStreamManagerMs = 5000;

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    m_nam.setAutoDeleteReplies(true);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *HttpClient::start(QNetworkAccessManager *nam, const HttpRequest &request)
{
    // HEAD through head(): as a custom verb, QNAM would wait for the body Content-Length announces.
    if (request.method == "HEAD")
        return nam->head(makeRequest(request));
    // GET and DELETE through get() and deleteResource(), which Qt starts at once: a read-buffer
    // limit holds from the first byte. One with a body starts only when the event loop runs
    // (limitReadBuffer() sets the limit again then).
    if (request.method == "GET" && request.body.isEmpty())
        return nam->get(makeRequest(request));
    if (request.method == "DELETE" && request.body.isEmpty())
        return nam->deleteResource(makeRequest(request));
    return nam->sendCustomRequest(makeRequest(request), request.method, request.body);
}

QNetworkAccessManager *HttpClient::streamManager()
{
    // Qt's HTTP/1.1 limit: six connections to one host per manager.
    constexpr int streamsPerManager = 6;
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
        if (it.value() < streamsPerManager)
            return it.key();
    }
    auto *nam = new QNetworkAccessManager(this);
    nam->setAutoDeleteReplies(true);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_streams.insert(nam, 0);
    return nam;
}

QNetworkRequest HttpClient::makeRequest(const HttpRequest &request) const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_tls.caCertificates.isEmpty())
        ssl.setCaCertificates(m_tls.caCertificates); // pinned: only these anchors
    if (m_tls.insecureSkipVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    QNetworkRequest req = berthRequest(request.url, ssl, request.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    return req;
}

void HttpClient::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors,
                                 Tls::PresentedChain *chain)
{
    if (m_tls.insecureSkipVerify) {
        reply->ignoreSslErrors(errors);
        return;
    }
    // tls-server-name: a hostname mismatch is fine when the certificate carries that name.
    if (!m_tls.serverName.isEmpty()) {
        QList<QSslError> rest;
        for (const QSslError &e : errors) {
            const bool nameOk = e.error() == QSslError::HostNameMismatch
                && (e.certificate().subjectAlternativeNames().values().contains(m_tls.serverName)
                    || e.certificate()
                           .subjectInfo(QSslCertificate::CommonName)
                           .contains(m_tls.serverName));
            if (!nameOk)
                rest.append(e);
        }
        if (rest.isEmpty()) {
            reply->ignoreSslErrors(errors);
            return;
        }
    }
    chain->certificates = reply->sslConfiguration().peerCertificateChain();
    chain->errors = errors;
}

void HttpClient::attempt(HttpReply *reply, const HttpRequest &request, int attemptNo)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *net = start(&m_nam, request);
    // Far more than a page of a list (500 objects of a few KiB); a server that sends more is
    // refused before Berth holds it.
    auto *received = new BoundedBody(net, 64 * 1024 * 1024);
    QPointer<QNetworkReply> guard(net);
    // Qt reports an abort as it reports the no-progress timeout: say which it was.
    auto cancelled = std::make_shared<bool>(false);
    reply->setAbortHandler([guard, cancelled] {
        *cancelled = true;
        if (guard)
            guard->abort();
    });
    connect(net, &QNetworkReply::sslErrors, reply,
            [this, net, reply](const QList<QSslError> &errors) {
                handleSslErrors(net, errors, &reply->m_chain);
            });
    connect(
        net, &QNetworkReply::finished, reply,
        [this, net, received, reply, request, attemptNo, timer, cancelled] {
            if (reply->isFinished())
                return;
            if (*cancelled) {
                reply->finish(Error::cancelled());
                return;
            }
            const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl url = redacted(request.url);
            received->drain();
            if (received->tooLarge()) {
                reply->finish(Error(Error::Kind::Parse,
                                    Tr::tr("the response of %1 is larger than %2 bytes; refused")
                                        .arg(url.toString())
                                        .arg(received->limit()),
                                    {}, status, url));
                return;
            }
            qCDebug(lcKubeHttp) << request.method << url.toString() << status << timer.elapsed()
                                << "ms";
            if (net->error() == QNetworkReply::OperationCanceledError) {
                if (!reply->m_chain.isEmpty()) {
                    reply->finish(
                        Error(Error::Kind::Tls, reply->m_chain.problems().join(u' '), {}, 0, url));
                    return;
                }
                reply->finish(Error(Error::Kind::Timeout, url.authority(), {}, 0, url));
                return;
            }
            if (status == 0) {
                Error::Kind kind = Error::Kind::Network;
                QString detail = u"%1: %2"_s.arg(url.authority(), net->errorString());
                if (net->error() == QNetworkReply::SslHandshakeFailedError
                    || !reply->m_chain.isEmpty()) {
                    kind = Error::Kind::Tls;
                    if (!reply->m_chain.isEmpty())
                        detail = reply->m_chain.problems().join(u' ');
                } else if (net->error() == QNetworkReply::TimeoutError) {
                    kind = Error::Kind::Timeout;
                }
                reply->finish(Error(kind, detail, {}, 0, url));
                return;
            }
            Q_EMIT exchanged(request.method, url, status, timer.elapsed());
            HttpResponse response;
            response.status = status;
            response.headers = net->rawHeaderPairs();
            response.body = received->body();

            if (const auto wait = RetryPolicy::waitBeforeRetry(
                    request.method, status, response.header("Retry-After"), attemptNo)) {
                qCInfo(lcKubeHttp) << "retrying" << url.toString() << "after" << wait->count()
                                   << "s (HTTP" << status << ")";
                QTimer::singleShot(*wait, reply, [this, reply, request, attemptNo] {
                    if (!reply->isFinished())
                        attempt(reply, request, attemptNo + 1);
                });
                return;
            }
            reply->m_response = std::move(response);
            reply->finish();
        });
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(this);
    attempt(reply, request, 0);
    return reply;
}

QNetworkReply *HttpClient::openStream(const HttpRequest &request)
{
    QNetworkAccessManager *nam = streamManager();
    QNetworkReply *net = start(nam, request);
    // However fast a server sends events, Qt holds 1 MiB of them ahead of the reader.
    limitReadBuffer(net, 1024 * 1024);
    ++m_streams[nam];
    // Counted out when it finishes, not when it is deleted later: a watch reconnecting at once
    // must find its manager's place free. A manager left with no stream for a while goes (its
    // thread and connections with it), unless it is the last: the next watch starts on that one.
    // The while spares it when watches stop and start again at once (a page refreshed).
    connect(net, &QNetworkReply::finished, this, [this, nam] {
        if (--m_streams[nam] > 0)
            return;
        QTimer::singleShot(s_idleStreamManagerMs, nam, [this, nam] {
            if (m_streams.value(nam) == 0 && m_streams.size() > 1) {
                m_streams.remove(nam);
                nam->deleteLater();
            }
        });
    });
    auto chain = std::make_shared<Tls::PresentedChain>();
    connect(net, &QNetworkReply::sslErrors, net,
            [this, net, chain](const QList<QSslError> &errors) {
                handleSslErrors(net, errors, chain.get());
            });
    return net;
}

} // namespace Berth::Kube
