// SPDX-License-Identifier: Apache-2.0
#include "await.h"
#include "httpserver.h"
#include "kube/kubeconfig.h"
#include "kube/login.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Kube;

class tst_Login : public QObject
{
    Q_OBJECT

private:
    Test::SandboxProcess m_sandbox;

    struct Outcome
    {
        Error error;
        LoginResult result;
        Tls::PresentedChain chain;
    };
    Outcome run(const LoginRequest &request)
    {
        Login login;
        LoginReply *reply = login.run(request);
        Outcome out;
        connect(reply, &Reply::finished, this, [&out, reply] {
            out.error = reply->error();
            out.result = reply->value();
            out.chain = reply->presentedChain();
        });
        Test::await(reply, 30000);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void normalizeServer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output"); // empty: refused
        QTest::newRow("bare host:port") << u"api.x.com:6443"_s << u"https://api.x.com:6443"_s;
        QTest::newRow("https") << u"https://api.x.com:6443"_s << u"https://api.x.com:6443"_s;
        QTest::newRow("trailing slash")
            << u"https://api.x.com:6443/"_s << u"https://api.x.com:6443"_s;
        QTest::newRow("spaces") << u"  https://api.x.com:6443 "_s << u"https://api.x.com:6443"_s;
        QTest::newRow("path") << u"https://console.apps.x.com/dashboards"_s << QString();
        QTest::newRow("userinfo") << u"https://u:p@api.x.com"_s << QString();
        QTest::newRow("query") << u"https://api.x.com?a=b"_s << QString();
        QTest::newRow("ftp") << u"ftp://api.x.com"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizeServer()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        const auto url = Login::normalizeServer(input);
        if (output.isEmpty()) {
            QVERIFY(!url);
            QCOMPARE(url.error().kind(), Error::Kind::InvalidInput);
        } else {
            QVERIFY(url);
            QCOMPARE(url->toString(), output);
        }
    }

    void parseOcLogin_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("console copy")
            << u"oc login --token=sha256~D49Sp --server=https://api.ocp-vmw.cie.netapp.com:6443"_s
            << u"https://api.ocp-vmw.cie.netapp.com:6443"_s << u"sha256~D49Sp"_s << false;
        QTest::newRow("with prompt")
            << u"[netapp-user@rhel7 ~]$ oc login --token=sha256~a --server=https://api:6443"_s
            << u"https://api:6443"_s << u"sha256~a"_s << false;
        QTest::newRow("spaces and positional")
            << u"oc login https://api:6443 --token sha256~b --insecure-skip-tls-verify"_s
            << u"https://api:6443"_s << u"sha256~b"_s << true;
        QTest::newRow("no token") << u"oc login --server=https://api:6443"_s << QString()
                                  << QString() << false;
        QTest::newRow("not oc login") << u"kubectl get pods"_s << QString() << QString() << false;
    }
    void parseOcLogin()
    {
        QFETCH(QString, line);
        QFETCH(QString, server);
        QFETCH(QString, token);
        QFETCH(bool, insecure);
        const auto request = Login::parseOcLoginCommand(line);
        if (server.isEmpty()) {
            QVERIFY(!request);
            return;
        }
        QVERIFY(request);
        QCOMPARE(request->server, server);
        QCOMPARE(request->token, token);
        QCOMPARE(request->insecureSkipTlsVerify, insecure);
    }

    void flows_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("trust"); // ca, none, pin, insecure
        QTest::addColumn<Error::Kind>("error");
        QTest::addColumn<QString>("ns");
        QTest::newRow("trusted") << u"kubeadmin"_s << u"ca"_s << Error::Kind::None << u"default"_s;
        QTest::newRow("untrusted") << u"kubeadmin"_s << u"none"_s << Error::Kind::Tls << QString();
        QTest::newRow("pinned") << u"developer"_s << u"pin"_s << Error::Kind::None << u"team-a"_s;
        QTest::newRow("insecure") << u"viewer"_s << u"insecure"_s << Error::Kind::None
                                  << u"default"_s;
        QTest::newRow("bad token")
            << u"nobody"_s << u"ca"_s << Error::Kind::Unauthorized << QString();
    }
    void flows()
    {
        QFETCH(QString, identity);
        QFETCH(QString, trust);
        QFETCH(Error::Kind, error);
        QFETCH(QString, ns);
        QTemporaryDir dir;
        LoginRequest request;
        request.server = m_sandbox.apiUrl().toString();
        request.token = identity == u"nobody" ? u"sha256~nobody"_s : m_sandbox.token(identity);
        request.kubeconfigPaths = {dir.filePath(u"config"_s)};
        if (trust == u"ca")
            request.certificateAuthorityFile = m_sandbox.apiCaFile();
        if (trust == u"insecure")
            request.insecureSkipTlsVerify = true;
        if (trust == u"pin") {
            // What the user saw and accepted: the chain of a first, refused attempt.
            const Outcome first = run(request);
            QCOMPARE(first.error.kind(), Error::Kind::Tls);
            request.trustedCertificate = first.chain.anchor().toPem();
        }
        const Outcome o = run(request);
        QCOMPARE(o.error.kind(), error);
        if (error == Error::Kind::Tls) {
            QCOMPARE(o.chain.certificates.size(), 2);
            QCOMPARE(o.chain.anchor(),
                     QSslCertificate::fromPath(m_sandbox.apiCaFile()).constFirst());
            QVERIFY(o.error.message().contains(u"unknown authority"_s));
            QVERIFY(o.error.message().contains(Tls::sha256Fingerprint(o.chain.anchor())));
        }
        if (error != Error::Kind::None) {
            QVERIFY(!QFile::exists(dir.filePath(u"config"_s)));
            return;
        }
        QCOMPARE(o.result.user, identity);
        QCOMPARE(o.result.ns, ns);
        const QString nick = clusterNickname(m_sandbox.apiUrl());
        QCOMPARE(o.result.contextName, ns + u'/' + nick + u'/' + identity);
        auto config = KubeConfig::load(dir.filePath(u"config"_s));
        QVERIFY(config);
        QCOMPARE(config->currentContext(), o.result.contextName);
        QCOMPARE(config->user(identity + u'/' + nick)->token, request.token);
        QCOMPARE(config->cluster(nick)->insecureSkipTlsVerify, trust == u"insecure");
        QCOMPARE(config->cluster(nick)->certificateAuthorityData.isEmpty(), trust == u"insecure");
        // Connecting again with what was written works.
        QVERIFY(config->connection());
    }

    void anAbortedLoginSendsNothingMoreAndWritesNothing_data()
    {
        QTest::addColumn<int>("exchanges"); // abort after this many requests went through
        QTest::newRow("before it began") << 0;
        QTest::newRow("after the certificate probe") << 1;
        QTest::newRow("after the token check") << 2;
    }
    void anAbortedLoginSendsNothingMoreAndWritesNothing()
    {
        QFETCH(int, exchanges);
        QTemporaryDir dir;
        LoginRequest request;
        request.server = m_sandbox.apiUrl().toString();
        request.token = m_sandbox.token(u"kubeadmin"_s);
        request.certificateAuthorityFile = m_sandbox.apiCaFile();
        request.kubeconfigPaths = {dir.filePath(u"config"_s)};
        Login login;
        int seen = 0;
        LoginReply *reply = login.run(request);
        connect(&login, &Login::exchanged, this, [&seen, &exchanges, reply] {
            if (++seen == exchanges)
                reply->abort();
        });
        if (exchanges == 0)
            reply->abort();
        Error error;
        connect(reply, &Reply::finished, this, [&error, reply] { error = reply->error(); });
        QVERIFY(Test::await(reply));
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
        QTest::qWait(300); // what a run that went on would have sent by now
        QCOMPARE(seen, exchanges);
        QVERIFY(!QFile::exists(dir.filePath(u"config"_s)));
    }

    void fallsBackToUsersTilde()
    {
        // An older cluster without SelfSubjectReview (404): oc asks users/~ instead.
        QStringList asked;
        Sandbox::HttpServer old([&asked](const Sandbox::ServerRequest &r,
                                         Sandbox::ResponseWriter *w) {
            asked.append(QString::fromLatin1(r.method) + u' ' + r.path);
            const Sandbox::HeaderList json {{"Content-Type", "application/json"}};
            if (r.path == u"/apis/user.openshift.io/v1/users/~")
                w->send(200, json,
                        R"({"kind":"User","metadata":{"name":"legacy"},"groups":["g1"]})");
            else if (r.path == u"/apis/project.openshift.io/v1/projects")
                w->send(
                    200, json,
                    R"({"kind":"ProjectList","metadata":{},"items":[{"metadata":{"name":"only"}}]})");
            else if (r.path == u"/")
                w->send(200, json, "{}");
            else
                w->send(
                    404, json,
                    R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404})");
        });
        QVERIFY(old.listen(0));
        QTemporaryDir dir;
        LoginRequest request;
        request.server = u"http://127.0.0.1:%1"_s.arg(old.port());
        request.token = u"sha256~legacy"_s;
        request.kubeconfigPaths = {dir.filePath(u"config"_s)};
        const Outcome o = run(request);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.result.user, u"legacy"_s);
        QCOMPARE(o.result.groups, QStringList {u"g1"_s});
        QCOMPARE(o.result.ns, u"only"_s); // the one project
        QVERIFY(asked.contains(u"POST /apis/authentication.k8s.io/v1/selfsubjectreviews"_s));
        QVERIFY(asked.contains(u"GET /apis/user.openshift.io/v1/users/~"_s));
    }

    void consoleUrlIsExplained()
    {
        LoginRequest request;
        request.server
            = m_sandbox.registryUrl().toString(); // answers text/html, as a console or router
        request.token = m_sandbox.token(u"kubeadmin"_s);
        request.insecureSkipTlsVerify = true;
        QTemporaryDir dir;
        request.kubeconfigPaths = {dir.filePath(u"config"_s)};
        const Outcome o = run(request);
        QCOMPARE(o.error.kind(), Error::Kind::InvalidInput);
        QVERIFY(o.error.message().contains(u"console URL"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Login)
#include "tst_login.moc"
