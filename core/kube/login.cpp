// SPDX-License-Identifier: Apache-2.0
#include "login.h"

#include "common/logging.h"
#include "kubeclient.h"
#include "kubeconfig.h"
#include "userinfo.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

Login::Login(QObject *parent)
    : QObject(parent)
{ }

Result<QUrl> Login::normalizeServer(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Error(Error::Kind::InvalidInput, Tr::tr("the server URL is empty"));
    if (!t.contains(u"://"_s))
        t.prepend(u"https://"_s);
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Kind::InvalidInput, Tr::tr("\"%1\" is not a server URL").arg(text));
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\": the server must be https://").arg(text));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (url.path() != u"" && url.path() != u"/"))
        return Error(
            Error::Kind::InvalidInput,
            Tr::tr("\"%1\": give only the API server, such as https://api.cluster.example.com:6443")
                .arg(text));
    url.setPath({});
    return url;
}

Command Login::ocCommand(const LoginRequest &request, const QUrl &server)
{
    Command command({u"oc"_s, u"login"_s, u"--server="_s + server.toString()});
    command.secret(u"--token="_s, u"OC_TOKEN"_s);
    if (!request.certificateAuthorityFile.isEmpty())
        command << u"--certificate-authority="_s + request.certificateAuthorityFile;
    if (request.insecureSkipTlsVerify)
        command << u"--insecure-skip-tls-verify"_s;
    return command;
}

Result<LoginRequest> Login::parseOcLoginCommand(const QString &commandLine)
{
    const QStringList args = QProcess::splitCommand(commandLine.trimmed());
    LoginRequest request;
    qsizetype i = 0;
    // Skip an optional prompt and the program: "$ oc login ...".
    while (i < args.size() && args[i] != u"login")
        ++i;
    if (i == args.size())
        return Error(Error::Kind::InvalidInput, Tr::tr("not an oc login command line"));
    ++i;
    auto value = [&](const QString &arg, const QString &flag, QString *out) {
        if (arg.startsWith(flag + u'=')) {
            *out = arg.mid(flag.size() + 1);
            return true;
        }
        if (arg == flag && i + 1 < args.size()) {
            *out = args[++i];
            return true;
        }
        return false;
    };
    for (; i < args.size(); ++i) {
        const QString &a = args[i];
        QString v;
        if (value(a, u"--token"_s, &v))
            request.token = v;
        else if (value(a, u"--server"_s, &v) || value(a, u"-s"_s, &v))
            request.server = v;
        else if (value(a, u"--certificate-authority"_s, &v))
            request.certificateAuthorityFile = v;
        else if (a == u"--insecure-skip-tls-verify" || a == u"--insecure-skip-tls-verify=true")
            request.insecureSkipTlsVerify = true;
        else if (!a.startsWith(u'-') && request.server.isEmpty())
            request.server = a;
    }
    if (request.server.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("the command line names no server (--server=https://...)"));
    if (request.token.isEmpty())
        return Error(Error::Kind::InvalidInput, Tr::tr("the command line has no --token"));
    return request;
}

namespace {

/// One run of the flow; owns its HTTP and API clients, lives as long as the reply.
class LoginRun final : public QObject
{
public:
    LoginRun(LoginReply *reply, LoginRequest request)
        : QObject(reply)
        , m_reply(reply)
        , m_request(std::move(request))
        , m_http(new HttpClient(this))
        , m_kube(new KubeClient(m_http, this))
    { }

    void start()
    {
        if (m_reply->error())
            return; // aborted before it began
        const Result<QUrl> server = Login::normalizeServer(m_request.server);
        if (!server)
            return m_reply->finish(server.error());
        m_result.server = *server;
        if (m_request.token.trimmed().isEmpty())
            return m_reply->finish(Error(Error::Kind::InvalidInput, Tr::tr("the token is empty")));

        auto config
            = KubeConfig::load(m_request.kubeconfigPaths.isEmpty() ? KubeConfig::defaultPaths()
                                                                   : m_request.kubeconfigPaths);
        if (!config)
            return m_reply->finish(config.error());
        m_config = std::move(config).value();

        TlsSettings tls;
        tls.insecureSkipVerify = m_request.insecureSkipTlsVerify;
        if (!m_request.certificateAuthorityFile.isEmpty()) {
            QFile f(m_request.certificateAuthorityFile);
            if (!f.open(QIODevice::ReadOnly))
                return m_reply->finish(
                    Error(Error::Kind::Io,
                          Tr::tr("cannot read %1: %2")
                              .arg(m_request.certificateAuthorityFile, f.errorString())));
            m_caPem = f.readAll();
        } else if (!m_request.trustedCertificate.isEmpty()) {
            m_caPem = m_request.trustedCertificate;
        } else if (const auto existing = m_config.cluster(clusterNickname(m_result.server))) {
            // As oc's findExistingClientCA: keep trusting what this server was trusted with.
            if (existing->server == m_result.server.toString())
                m_caPem = existing->certificateAuthorityData;
        }
        if (!m_caPem.isEmpty()) {
            tls.caCertificates = QSslCertificate::fromData(m_caPem, QSsl::Pem);
            if (tls.caCertificates.isEmpty())
                return m_reply->finish(
                    Error(Error::Kind::Parse,
                          Tr::tr("the certificate authority is not a PEM certificate")));
        }
        m_http->setTls(tls);
        m_kube->setServer(m_result.server);
        probe();
    }

    HttpClient *http() const { return m_http; }

private:
    void probe()
    {
        // oc's dialToServer: HEAD / to see the certificate and tell an API from a console.
        HttpReply *head = m_reply->follow(m_http->send({"HEAD", m_result.server, {}, {}, 15000}));
        connect(head, &Reply::finished, this, [this, head] {
            if (m_reply->error())
                return; // aborted: nothing more is sent, nothing written
            if (head->error()) {
                m_reply->setPresentedChain(head->presentedChain());
                Error error = head->error();
                if (error.kind() == Error::Kind::Tls && !head->presentedChain().isEmpty()) {
                    const Tls::CertificateInfo info
                        = Tls::CertificateInfo::from(head->presentedChain().anchor());
                    error.setHint(
                        Tr::tr(
                            "Certificate %1, SHA-256 fingerprint %2. If you trust it, log in with "
                            "--certificate-authority FILE (the cluster's CA) or "
                            "--trust-fingerprint %2.")
                            .arg(info.subject, info.sha256Fingerprint));
                }
                return m_reply->finish(error);
            }
            const QByteArray type = head->response().header("Content-Type");
            if (type.startsWith("text/html"))
                return m_reply->finish(Error(
                    Error::Kind::InvalidInput,
                    Tr::tr("%1 is a web page, not the API server: this looks like the web "
                           "console URL. Use the API URL, usually https://api.<cluster>:6443.")
                        .arg(m_result.server.toString())));
            m_http->setBearerToken(m_request.token.trimmed().toUtf8());
            whoAmI();
        });
    }

    void whoAmI()
    {
        auto *reply = m_reply->follow(fetchUserInfo(m_kube));
        connect(reply, &Reply::finished, this, [this, reply] {
            if (m_reply->error())
                return; // aborted: nothing more is sent, nothing written
            if (reply->error())
                return m_reply->finish(reply->error());
            m_result.user = reply->value().username;
            m_result.groups = reply->value().groups;
            projects();
        });
    }

    void projects()
    {
        auto *reply = m_reply->follow(m_kube->list(Resources::projects()));
        connect(reply, &Reply::finished, this, [this, reply] {
            if (m_reply->error())
                return; // aborted: nothing more is sent, nothing written
            if (!reply->error()) {
                for (const QJsonValue &p : reply->value())
                    m_result.projects.append(
                        p.toObject().value("metadata"_L1).toObject().value("name"_L1).toString());
            }
            const QString nick = clusterNickname(m_result.server);
            const auto previous = m_config.context(u"%1/%2/%3"_s.arg(
                m_config.currentContext().section(u'/', 0, 0), nick, m_result.user));
            if (previous && m_result.projects.contains(previous->ns))
                m_result.ns = previous->ns;
            else if (m_result.projects.size() == 1)
                m_result.ns = m_result.projects.constFirst();
            else if (m_result.projects.isEmpty() || m_result.projects.contains(u"default"_s))
                m_result.ns = u"default"_s;
            else
                m_result.ns = m_result.projects.constFirst();
            write();
        });
    }

    void write()
    {
        const QString nick = clusterNickname(m_result.server);
        KubeCluster cluster;
        if (const auto existing = m_config.cluster(nick))
            cluster = *existing;
        cluster.name = nick;
        cluster.server = m_result.server.toString();
        cluster.certificateAuthority.clear();
        cluster.certificateAuthorityData = m_request.insecureSkipTlsVerify ? QByteArray() : m_caPem;
        cluster.insecureSkipTlsVerify = m_request.insecureSkipTlsVerify;
        m_config.setCluster(cluster);
        const QString userEntry = m_result.user + u'/' + nick;
        m_config.setUser({userEntry, m_request.token.trimmed(), {}, {}, {}});
        m_result.contextName = m_result.ns + u'/' + nick + u'/' + m_result.user;
        m_config.setContext({m_result.contextName, nick, userEntry, m_result.ns});
        m_config.setCurrentContext(m_result.contextName);
        if (const Result<void> saved = m_config.save(); !saved)
            return m_reply->finish(saved.error());
        qCInfo(lcKube) << "logged in to" << m_result.server.toString() << "as" << m_result.user;
        m_reply->finishWith(m_result);
    }

    LoginReply *m_reply;
    LoginRequest m_request;
    HttpClient *m_http;
    KubeClient *m_kube;
    KubeConfig m_config;
    QByteArray m_caPem;
    LoginResult m_result;
};

} // namespace

LoginReply *Login::run(const LoginRequest &request)
{
    auto *reply = new LoginReply(this);
    auto *run = new LoginRun(reply, request);
    connect(run->http(), &HttpClient::exchanged, this, &Login::exchanged);
    QMetaObject::invokeMethod(
        run, [run] { run->start(); }, Qt::QueuedConnection);
    return reply;
}

} // namespace Berth::Kube
