// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/command.h"
#include "common/reply.h"
#include "common/result.h"
#include "tls/certificateinfo.h"

#include <QStringList>
#include <QUrl>

namespace Berth::Kube {

struct LoginRequest
{
    QString server; ///< as typed: "api.x:6443", "https://api.x:6443"
    QString token;
    QString certificateAuthorityFile;
    QByteArray trustedCertificate; ///< PEM the user chose to trust after seeing it: pinned
    bool insecureSkipTlsVerify = false;
    QStringList kubeconfigPaths; ///< empty: KubeConfig::defaultPaths()
};

struct LoginResult
{
    QUrl server;
    QString user;
    QStringList groups;
    QString ns;
    QStringList projects;
    QString contextName;
};

/// The reply of Login::run(). On Error::Kind::Tls, presentedChain() holds what the server
/// showed, so that the caller can ask whether to trust it.
class LoginReply final : public ValueReply<LoginResult>
{
public:
    explicit LoginReply(QObject *parent = nullptr)
        : ValueReply<LoginResult>(parent)
    { }
    const Tls::PresentedChain &presentedChain() const { return m_chain; }
    void setPresentedChain(const Tls::PresentedChain &chain) { m_chain = chain; }

private:
    Tls::PresentedChain m_chain;
};

/// The `oc login --token --server` flow: TLS probe, token check (SelfSubjectReview, then
/// `users/~`), project choice, and the kubeconfig written with oc's names.
class Login final : public QObject
{
    Q_OBJECT
public:
    explicit Login(QObject *parent = nullptr);

    /// "https://" added when missing; a path, query or user info is refused.
    static Result<QUrl> normalizeServer(const QString &text);
    /// Reads a pasted `oc login --token=T --server=S` line (also `--token T`, `--server=S`,
    /// a bare server argument, `--certificate-authority`, `--insecure-skip-tls-verify`).
    static Result<LoginRequest> parseOcLoginCommand(const QString &commandLine);

    LoginReply *run(const LoginRequest &request);

    /// The `oc login` line that does what `request` did on `server` (the token as $OC_TOKEN).
    static Command ocCommand(const LoginRequest &request, const QUrl &server);

Q_SIGNALS:
    /// Every HTTP exchange of the flow (the URL redacted), for an activity log.
    void exchanged(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
};

} // namespace Berth::Kube
