// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "workstation/authfile.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QIODevice;
class QNetworkReply;

namespace Berth::Oci {

/// How to reach and authenticate to one registry.
struct RegistryOptions
{
    bool tlsVerify = true; ///< false: no certificate check, and plain http is allowed
    QString certDir; ///< like skopeo --cert-dir; else the certs.d directories for the host
    std::optional<Workstation::Credential> credential; ///< --creds; else from the auth files
    QByteArray bearerToken; ///< --registry-token, or the OpenShift token for the cluster's registry
    QStringList authFiles; ///< empty: Workstation::AuthFile::defaultPaths()
};

struct RegistryRequest
{
    QByteArray method = "GET";
    QString path; ///< "/v2/…" with its query; or:
    QUrl absoluteUrl; ///< an upload Location (already resolved)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QIODevice *bodyDevice = nullptr; ///< a streamed body (not owned; must be seekable for retries)
    QString scope; ///< token scope, "repository:NAME:pull" (several separated by ' ')
    /// Receives a 2xx body as it arrives instead of buffering it.
    std::function<void(const QByteArray &)> sink;
    qint64 maxBody = 1024 * 1024; ///< buffered bodies larger than this are refused
    int timeoutMs = 60000; ///< no-progress timeout

    /// `method` on `path` (none for an absoluteUrl set after) under the token `scope`.
    static RegistryRequest to(const QByteArray &method, const QString &path, const QString &scope,
                              qint64 maxBody = 1024 * 1024);
};

/// The token scope to read a repository.
QString pullScope(const QString &repository);
/// The token scope to read and write a repository.
QString pushScope(const QString &repository);

class RegistryReply final : public Reply
{
    Q_OBJECT
public:
    explicit RegistryReply(QObject *parent = nullptr)
        : Reply(parent)
    { }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    QUrl url() const { return m_url; }
    /// Bytes handed to the sink.
    qint64 received() const { return m_received; }
    /// error(); else, for a status that is none of `expected`, the registry's error for it
    /// (RegistryTransport::errorFor()); else no error.
    Error unexpected(std::initializer_list<int> expected) const;

private:
    friend class RegistryTransport;
    int m_status = 0;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QUrl m_url;
    qint64 m_received = 0;
    int m_retries = 0;
};

/// One registry's HTTP layer: the /v2/ ping (https; http only when TLS verification is off),
/// 401 challenges (Basic, Bearer with realm/service/scope), tokens cached per scope until they
/// expire, a realm policy (https, no private or loopback literal unless it is the registry
/// itself, no redirects), redirects followed by hand (credentials never go to another host,
/// never https → http, 10 hops), certs.d trust, and error bodies shown as the registry wrote
/// them. Lives on the thread of its QNetworkAccessManager.
class RegistryTransport final : public QObject
{
    Q_OBJECT
public:
    RegistryTransport(const QString &registry, const RegistryOptions &options,
                      QNetworkAccessManager *nam, QObject *parent = nullptr);

    QString registry() const { return m_registry; }
    /// Checks /v2/ and settles the scheme. finished() with an error if nothing answers.
    Reply *ping();
    RegistryReply *send(const RegistryRequest &request);
    QUrl url(const QString &pathAndQuery) const;

    /// Turns a registry's `{"errors":[...]}` (or any body) into an Error for `status`.
    static Error errorFor(int status, const QByteArray &body, const QUrl &url);
    /// Whether a token realm may receive credentials (see the class comment).
    bool realmAllowed(const QUrl &realm, QString *why) const;

    /// What to tell the user on tokenRealmElsewhere().
    static QString tokenRealmNotice(const QString &registry, const QString &realmHost);

Q_SIGNALS:
    /// One HTTP exchange with the registry or its token realm (URL redacted), for activity logs.
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    /// The registry sends its clients for tokens to another host (Docker Hub's auth.docker.io,
    /// a company SSO): emitted once per realm host, before any credential is sent there, so
    /// that the user sees where they go.
    void tokenRealmElsewhere(const QString &registry, const QString &realmHost);

private:
    QSet<QString> m_realmsShown;
    struct Token
    {
        QByteArray value;
        QDateTime expires;
    };
    void attempt(RegistryReply *reply, RegistryRequest request, QUrl url, bool authRetried,
                 int hops, bool withAuth);
    QByteArray authorization(const QString &scope) const;
    void authenticate(const QByteArray &challengeHeader, const QString &scope,
                      std::function<void(Error)> done);
    QSslConfiguration sslConfiguration() const;

    QString m_registry;
    RegistryOptions m_options;
    QNetworkAccessManager *m_nam;
    QString m_scheme = QStringLiteral("https");
    QString m_challengeScheme; ///< "basic" or "bearer" once known
    QHash<QString, Token> m_tokens;
    QSslConfiguration m_ssl;
    bool m_credentialsLoaded = false;
};

/// Pings `registry` with `options` on a network manager of its own: succeeds when the registry
/// takes the credentials, fails with its answer (a 401, a certificate it is not trusted for).
Reply *checkAccess(const QString &registry, const RegistryOptions &options,
                   QObject *parent = nullptr);

} // namespace Berth::Oci
