// SPDX-License-Identifier: Apache-2.0
#include "registrytransport.h"

#include "workstation/certsdir.h"

#include "common/boundedbody.h"

#include "authchallenge.h"
#include "common/headers.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "common/retrypolicy.h"
#include "imagereference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

QByteArray RegistryReply::header(const QByteArray &name) const
{
    return findHeader(m_headers, name);
}

Error RegistryReply::unexpected(std::initializer_list<int> expected) const
{
    if (error() || std::find(expected.begin(), expected.end(), m_status) != expected.end())
        return error();
    return RegistryTransport::errorFor(m_status, m_body, m_url);
}

RegistryRequest RegistryRequest::to(const QByteArray &method, const QString &path,
                                    const QString &scope, qint64 maxBody)
{
    RegistryRequest r;
    r.method = method;
    r.path = path;
    r.scope = scope;
    r.maxBody = maxBody;
    return r;
}

QString pullScope(const QString &repository)
{
    return u"repository:%1:pull"_s.arg(repository);
}

QString pushScope(const QString &repository)
{
    return u"repository:%1:pull,push"_s.arg(repository);
}

RegistryTransport::RegistryTransport(const QString &registry, const RegistryOptions &options,
                                     QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_options(options)
    , m_nam(nam)
{
    m_ssl = sslConfiguration();
}

QSslConfiguration RegistryTransport::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_options.tlsVerify) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        return ssl;
    }
    const Workstation::CertsDirMaterial material
        = Workstation::loadCertsDir(m_registry, m_options.certDir);
    if (!material.authorities.isEmpty())
        ssl.setCaCertificates(ssl.caCertificates() + material.authorities);
    if (!material.clientChain.isEmpty()) {
        ssl.setLocalCertificateChain(material.clientChain);
        ssl.setPrivateKey(material.clientKey);
    }
    return ssl;
}

QUrl RegistryTransport::url(const QString &pathAndQuery) const
{
    return QUrl(m_scheme + u"://"_s + m_registry + pathAndQuery, QUrl::StrictMode);
}

Error RegistryTransport::errorFor(int status, const QByteArray &body, const QUrl &url)
{
    // {"errors":[{"code":"MANIFEST_UNKNOWN","message":"...","detail":...}]}, as the registry wrote
    // it.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray errors = o.value("errors"_L1).toArray();
    QString reason;
    QStringList messages;
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        if (reason.isEmpty())
            reason = e.value("code"_L1).toString();
        QString text = e.value("code"_L1).toString() + u": "_s + e.value("message"_L1).toString();
        if (e.contains("detail"_L1) && !e.value("detail"_L1).isNull()) {
            const QJsonValue d = e.value("detail"_L1);
            text += u" ("_s
                + (d.isString() ? d.toString()
                                : QString::fromUtf8(
                                      QJsonDocument(d.toObject()).toJson(QJsonDocument::Compact))
                                      .left(300))
                + u')';
        }
        messages.append(text);
    }
    Error::Kind kind = Error::Kind::Http;
    if (status == 401)
        kind = Error::Kind::Unauthorized;
    else if (status == 403)
        kind = Error::Kind::Forbidden;
    else if (status == 404)
        kind = Error::Kind::NotFound;
    const QString detail = messages.isEmpty() ? QString::fromUtf8(body.left(512)).simplified()
                                              : messages.join(u"; "_s);
    Error error(kind, detail.isEmpty() ? u"HTTP %1"_s.arg(status) : detail, reason, status, url);
    if (status == 401)
        error.setHint(
            Tr::tr("Check the credentials for %1 (--creds, --registry-token or the auth file).")
                .arg(url.authority()));
    return error;
}

QString RegistryTransport::tokenRealmNotice(const QString &registry, const QString &realmHost)
{
    return Tr::tr("%1 hands out its tokens from %2; the credentials for %1 go there.")
        .arg(registry, realmHost);
}

/// "host[:port]" of a URL, without user information.
static QString hostAndPort(const QUrl &url)
{
    return url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString());
}

/// A loopback, private, link-local, shared or unspecified IP literal: where a registry must not
/// send a client that is not its own host (cloud metadata, services on the workstation).
static bool isLocalOrPrivateLiteral(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull()
        && (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast()
            || address.isInSubnet(QHostAddress(u"10.0.0.0"_s), 8)
            || address.isInSubnet(QHostAddress(u"172.16.0.0"_s), 12)
            || address.isInSubnet(QHostAddress(u"192.168.0.0"_s), 16)
            || address.isInSubnet(QHostAddress(u"100.64.0.0"_s), 10)
            || address == QHostAddress(QHostAddress::AnyIPv4)
            || address == QHostAddress(QHostAddress::AnyIPv6)
            || address.isInSubnet(QHostAddress(u"169.254.0.0"_s), 16));
}

/// Scheme, host and port alike (ports defaulted by scheme).
static bool sameOrigin(const QUrl &a, const QUrl &b)
{
    auto port = [](const QUrl &u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host() == b.host() && port(a) == port(b);
}

bool RegistryTransport::realmAllowed(const QUrl &realm, QString *why) const
{
    if (!realm.isValid() || realm.host().isEmpty()) {
        *why = Tr::tr("the token realm \"%1\" is not a URL").arg(realm.toString());
        return false;
    }
    const QString realmAuthority = hostAndPort(realm);
    const bool sameHost
        = realmAuthority == m_registry || realm.host() == m_registry.section(u':', 0, 0);
    if (realm.scheme() == u"http") {
        if (m_options.tlsVerify || !sameHost) {
            *why = Tr::tr("the token realm %1 is plain http; refused").arg(realm.toString());
            return false;
        }
    } else if (realm.scheme() != u"https") {
        *why = Tr::tr("the token realm %1 is not https; refused").arg(realm.toString());
        return false;
    }
    if (sameHost)
        return true;
    if (isLocalOrPrivateLiteral(realm.host())) {
        *why = Tr::tr("the token realm %1 is a local or private address that is not the registry; "
                      "refused")
                   .arg(realm.toString());
        return false;
    }
    return true;
}

QByteArray RegistryTransport::authorization(const QString &scope) const
{
    if (!m_options.bearerToken.isEmpty())
        return "Bearer " + m_options.bearerToken;
    if (m_challengeScheme == u"bearer") {
        const auto it = m_tokens.constFind(scope);
        if (it != m_tokens.cend() && it->expires > QDateTime::currentDateTimeUtc())
            return "Bearer " + it->value;
        return {};
    }
    if (m_challengeScheme == u"basic" && m_options.credential)
        return "Basic "
            + (m_options.credential->username + u':' + m_options.credential->password)
                  .toUtf8()
                  .toBase64();
    return {};
}

void RegistryTransport::authenticate(const QByteArray &header, const QString &scope,
                                     std::function<void(Error)> done)
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse(QString::fromLatin1(header));
    const AuthChallenge *bearer = nullptr;
    const AuthChallenge *basic = nullptr;
    for (const AuthChallenge &c : challenges) {
        if (c.scheme == u"bearer" && !bearer)
            bearer = &c;
        else if (c.scheme == u"basic" && !basic)
            basic = &c;
    }
    if (!m_credentialsLoaded && !m_options.credential) {
        m_credentialsLoaded = true;
        auto found = Workstation::AuthFile::lookup(m_registry, scope.section(u':', 1, 1),
                                                   m_options.authFiles.isEmpty()
                                                       ? Workstation::AuthFile::defaultPaths()
                                                       : m_options.authFiles);
        if (!found)
            return done(found.error());
        if (*found)
            m_options.credential = **found;
    }
    if (bearer) {
        m_challengeScheme = u"bearer"_s;
        QUrl realm(bearer->param(u"realm"_s));
        QString why;
        if (!realmAllowed(realm, &why))
            return done(Error(Error::Kind::Forbidden, why));
        QUrlQuery q;
        if (!bearer->param(u"service"_s).isEmpty())
            q.addQueryItem(u"service"_s, bearer->param(u"service"_s));
        for (const QString &s : scope.split(u' ', Qt::SkipEmptyParts))
            q.addQueryItem(u"scope"_s, s);
        realm.setQuery(q);
        if (const QString realmHost = hostAndPort(realm);
            realm.host() != m_registry.section(u':', 0, 0) && !m_realmsShown.contains(realmHost)) {
            m_realmsShown.insert(realmHost);
            Q_EMIT tokenRealmElsewhere(m_registry, realmHost);
        }
        QNetworkRequest req = berthRequest(realm, m_ssl, 30000);
        if (m_options.credential && !m_options.credential->username.isEmpty())
            req.setRawHeader(
                "Authorization",
                "Basic "
                    + (m_options.credential->username + u':' + m_options.credential->password)
                          .toUtf8()
                          .toBase64());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *net = m_nam->get(req);
        auto *received = new BoundedBody(net, 1024 * 1024);
        connect(
            net, &QNetworkReply::finished, this, [this, net, received, scope, realm, done, timer] {
                net->deleteLater();
                const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Q_EMIT exchanged("GET", redacted(realm), status, timer.elapsed());
                received->drain();
                if (received->tooLarge())
                    return done(Error(Error::Kind::Parse,
                                      Tr::tr("the token response is larger than 1 MiB; refused")));
                const QByteArray body = received->body();
                if (status == 0)
                    return done(Error(Error::Kind::Network,
                                      u"%1: %2"_s.arg(realm.authority(), net->errorString())));
                if (status >= 300 && status < 400)
                    return done(Error(
                        Error::Kind::Forbidden,
                        Tr::tr("the token realm %1 redirected; token requests follow no redirects")
                            .arg(realm.authority())));
                if (status != 200)
                    return done(errorFor(status, body, redacted(realm)));
                const QJsonObject o = QJsonDocument::fromJson(body).object();
                QString token = o.value("token"_L1).toString();
                if (token.isEmpty())
                    token = o.value("access_token"_L1).toString();
                if (token.isEmpty())
                    return done(
                        Error(Error::Kind::Parse,
                              Tr::tr("the token server %1 sent no token").arg(realm.authority())));
                const int lifetime = qMax(60, o.value("expires_in"_L1).toInt(60));
                // Renew a little early.
                m_tokens.insert(
                    scope,
                    {token.toUtf8(), QDateTime::currentDateTimeUtc().addSecs(lifetime - 10)});
                done({});
            });
        return;
    }
    if (basic && m_options.credential) {
        m_challengeScheme = u"basic"_s;
        return done({});
    }
    done(Error(Error::Kind::Unauthorized,
               Tr::tr("%1 asks for credentials; none were given").arg(m_registry)));
}

void RegistryTransport::attempt(RegistryReply *reply, RegistryRequest request, QUrl url,
                                bool authRetried, int hops, bool withAuth)
{
    QNetworkRequest req = berthRequest(url, m_ssl, request.timeoutMs);
    req.setRawHeader("Accept-Encoding", "identity"); // hash the stored bytes, not a re-encoding
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (withAuth) {
        if (const QByteArray auth = authorization(request.scope); !auth.isEmpty())
            req.setRawHeader("Authorization", auth);
    }
    if (request.bodyDevice) {
        request.bodyDevice->seek(0);
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.bodyDevice->size());
    }
    // HEAD through head(): as a custom verb, QNAM would wait for the body Content-Length announces.
    // GET and DELETE through get() and deleteResource(), which Qt starts at once: the
    // read-buffer limit below holds from the first byte. One with a body (a file, never a
    // sequential device, which Qt would buffer first and start later still) starts only when the
    // event loop runs, and limitReadBuffer() sets the limit again then.
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *net = nullptr;
    if (request.method == "HEAD")
        net = m_nam->head(req);
    else if (request.method == "GET")
        net = m_nam->get(req);
    else if (request.method == "DELETE" && request.body.isEmpty() && !request.bodyDevice)
        net = m_nam->deleteResource(req);
    else if (request.bodyDevice)
        net = m_nam->sendCustomRequest(req, request.method, request.bodyDevice);
    else
        net = m_nam->sendCustomRequest(req, request.method, request.body);
    limitReadBuffer(net, 1024 * 1024); // what a download holds in memory, about twice this
    QPointer<QNetworkReply> guard(net);
    // Qt reports an abort as it reports the no-progress timeout: say which it was.
    auto cancelled = std::make_shared<bool>(false);
    reply->setAbortHandler([guard, cancelled] {
        *cancelled = true;
        if (guard)
            guard->abort();
    });
    auto status
        = [net] { return net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
    auto buffered = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    auto taken = std::make_shared<qint64>(0); // body bytes read, to the sink or kept
    // The body so far: to the sink when the request has one and it succeeded, else kept.
    auto take = [net, reply, request, status, buffered, tooLarge, taken] {
        if (!net->isOpen() || net->bytesAvailable() <= 0)
            return;
        const int code = status();
        if (request.sink && code >= 200 && code < 300) {
            // Not readAll(), which copies into a new array: a read of exactly what is buffered
            // hands over the reply's own block when it holds one (6% of a pull's CPU).
            const QByteArray chunk = net->read(net->bytesAvailable());
            reply->m_received += chunk.size();
            *taken += chunk.size();
            request.sink(chunk);
            return;
        }
        if (*tooLarge)
            return;
        const qint64 before = buffered->size();
        const bool fits = appendBounded(net, buffered.get(), request.maxBody);
        *taken += buffered->size() - before;
        if (!fits) {
            *tooLarge = true; // before abort(), whose finished() reads it
            net->abort();
        }
    };
    connect(net, &QIODevice::readyRead, reply, take);
    connect(net, &QNetworkReply::finished, reply, [=, this]() mutable {
        net->deleteLater();
        if (reply->isFinished())
            return;
        if (*cancelled)
            return reply->finish(Error::cancelled());
        const int code = status();
        const QUrl shown = redacted(url);
        Q_EMIT exchanged(request.method, shown, code, timer.elapsed());
        take(); // what arrived with the end of the response
        if (reply->isFinished()) // the sink refused it
            return;
        if (*tooLarge)
            return reply->finish(Error(Error::Kind::Parse,
                                       Tr::tr("the response of %1 is larger than %2 bytes; refused")
                                           .arg(shown.toString())
                                           .arg(request.maxBody),
                                       {}, code, shown));
        if (code == 0) {
            if (net->error() == QNetworkReply::OperationCanceledError)
                return reply->finish(Error(Error::Kind::Timeout, shown.authority(), {}, 0, shown));
            Error::Kind kind = net->error() == QNetworkReply::SslHandshakeFailedError
                ? Error::Kind::Tls
                : Error::Kind::Network;
            return reply->finish(
                Error(kind, u"%1: %2"_s.arg(shown.authority(), net->errorString()), {}, 0, shown));
        }
        if (const QNetworkReply::NetworkError broken = net->error();
            broken > QNetworkReply::NoError && broken <= QNetworkReply::UnknownNetworkError) {
            // The connection broke or stalled after the headers: the body is incomplete.
            return reply->finish(
                Error(broken == QNetworkReply::OperationCanceledError ? Error::Kind::Timeout
                                                                      : Error::Kind::Network,
                      u"%1: %2"_s.arg(shown.authority(), net->errorString()), {}, code, shown));
        }
        // Qt does not always report a connection that closes before the body Content-Length
        // announced (an aborted 201 can read as a success): count it here (RFC 9112 6.3).
        const QVariant announced = net->header(QNetworkRequest::ContentLengthHeader);
        if (request.method != "HEAD" && code != 204 && code != 304 && announced.isValid()
            && *taken < announced.toLongLong())
            return reply->finish(Error(Error::Kind::Network,
                                       Tr::tr("%1: the connection closed after %2 of %3 bytes")
                                           .arg(shown.authority())
                                           .arg(*taken)
                                           .arg(announced.toLongLong()),
                                       {}, code, shown));
        reply->m_headers = net->rawHeaderPairs();
        reply->m_status = code;
        reply->m_url = url;

        // Redirects, by hand.
        if (code >= 300 && code < 400 && net->hasRawHeader("Location")) {
            const QUrl next = url.resolved(QUrl::fromEncoded(net->rawHeader("Location")));
            if (hops >= 10)
                return reply->finish(Error(
                    Error::Kind::Http, Tr::tr("too many redirects from %1").arg(shown.toString()),
                    {}, code, shown));
            if (url.scheme() == u"https" && next.scheme() != u"https")
                return reply->finish(Error(Error::Kind::Forbidden,
                                           Tr::tr("%1 redirected from https to %2; refused")
                                               .arg(shown.authority(), redacted(next).toString()),
                                           {}, code, shown));
            // Credentials stay with the registry's own host.
            const bool sameHost = next.host() == url.host() && next.port() == url.port();
            if (!sameHost && isLocalOrPrivateLiteral(next.host())
                && !isLocalOrPrivateLiteral(url.host()))
                return reply->finish(
                    Error(Error::Kind::Forbidden,
                          Tr::tr("%1 redirected to %2, a local or private address; refused")
                              .arg(shown.authority(), redacted(next).authority()),
                          {}, code, shown));
            qCDebug(lcOci) << "redirect" << shown.toString() << "->" << redacted(next).toString()
                           << (sameHost ? "" : "(no credentials)");
            return attempt(reply, request, next, authRetried, hops + 1, withAuth && sameHost);
        }
        // Rate limits and overloaded gateways (RetryPolicy), before any byte reached a sink.
        if (const auto wait = RetryPolicy::waitBeforeRetry(
                request.method, code, net->rawHeader("Retry-After"), reply->m_retries);
            wait && reply->m_received == 0) {
            ++reply->m_retries;
            qCInfo(lcOci) << "rate-limited by" << shown.authority() << "(HTTP" << code
                          << "), retrying in" << wait->count() << "s";
            QTimer::singleShot(*wait, reply, [=, this] {
                if (!reply->isFinished())
                    attempt(reply, request, url, authRetried, hops, withAuth);
            });
            return;
        }
        if (code == 401 && !authRetried && withAuth && url.host() == this->url({}).host()) {
            // The reply may be aborted, and gone, while the token is fetched: then its request
            // (and the body device it names) is not sent again.
            QPointer<RegistryReply> alive(reply);
            return authenticate(net->rawHeader("WWW-Authenticate"), request.scope,
                                [=, this](const Error &error) mutable {
                                    if (!alive || alive->isFinished())
                                        return;
                                    if (error)
                                        return reply->finish(error);
                                    attempt(reply, request, url, true, hops, true);
                                });
        }
        reply->m_body = *buffered;
        reply->finish();
    });
}

RegistryReply *RegistryTransport::send(const RegistryRequest &request)
{
    auto *reply = new RegistryReply(this);
    const QUrl target = request.absoluteUrl.isValid() ? request.absoluteUrl : url(request.path);
    // An upload Location may point elsewhere (a storage front): the credentials stay with the
    // registry, and a local or private address that is not the registry is refused.
    const bool own = sameOrigin(target, url({}));
    if (!own && isLocalOrPrivateLiteral(target.host())) {
        reply->finish(Error(Error::Kind::Forbidden,
                            Tr::tr("%1 sent the client to %2, a local or private address that is "
                                   "not the registry; refused")
                                .arg(m_registry, redacted(target).authority()),
                            {}, 0, redacted(target)));
        return reply;
    }
    attempt(reply, request, target, false, 0, own);
    return reply;
}

Reply *RegistryTransport::ping()
{
    auto *reply = new Reply(this);
    auto tryScheme = [this, reply](const QString &scheme, auto &&self) -> void {
        m_scheme = scheme;
        RegistryRequest request;
        request.path = u"/v2/"_s;
        request.maxBody = 64 * 1024;
        request.timeoutMs = 15000;
        RegistryReply *r = reply->follow(send(request));
        connect(r, &Reply::finished, reply, [this, r, reply, scheme, self] {
            if (r->error()) {
                // tls-verify=false also allows a plain-http registry, as in skopeo.
                if (scheme == u"https" && !m_options.tlsVerify
                    && r->error().kind() != Error::Kind::Unauthorized)
                    return self(u"http"_s, self);
                return reply->finish(r->error());
            }
            reply->finish(r->unexpected({200}));
        });
    };
    tryScheme(u"https"_s, tryScheme);
    return reply;
}

Reply *checkAccess(const QString &registry, const RegistryOptions &options, QObject *parent)
{
    auto *reply = new Reply(parent);
    auto *nam = new QNetworkAccessManager(reply);
    auto *transport = new RegistryTransport(registry, options, nam, reply);
    reply->chain(transport->ping(), [reply] { reply->finish(); });
    return reply;
}

} // namespace Berth::Oci
