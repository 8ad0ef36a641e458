// SPDX-License-Identifier: Apache-2.0
// HttpClient against small servers on loopback: retries, timeouts, TLS pinning.
#include "await.h"
#include "certificateauthority.h"
#include "endlessbody.h"
#include "httpserver.h"
#include "kube/httpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Sandbox;

class tst_HttpClient : public QObject
{
    Q_OBJECT

private:
    static Kube::HttpReply *sendAndWait(Kube::HttpClient &client, const Kube::HttpRequest &request,
                                        Error *error, Kube::HttpResponse *response)
    {
        Kube::HttpReply *reply = client.send(request);
        connect(reply, &Reply::finished, reply, [=] {
            *error = reply->error();
            *response = reply->response();
        });
        Test::await(reply, 30000);
        return reply;
    }

private Q_SLOTS:
    void anEndlessResponseIsCutAtTheLimit_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("DELETE") << QByteArray("DELETE");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("PATCH") << QByteArray("PATCH");
    }

    void anEndlessResponseIsCutAtTheLimit()
    {
        // A server that never stops sending: refused once past the limit (64 MiB), not held
        // whole, for the answer to a write (a request with a body, which Qt starts later) as
        // for a read.
        QFETCH(QByteArray, method);
        QVERIFY(Test::resetPeakRss());
        const qint64 before = Test::peakRssMiB();
        Test::EndlessBody endless(qint64(300) * 1024 * 1024);
        HttpServer server([&](const ServerRequest &, ResponseWriter *w) { endless.serve(w); });
        QVERIFY(server.listen(0));
        Kube::HttpClient client;
        Error error;
        Kube::HttpResponse response;
        sendAndWait(client,
                    {method,
                     QUrl(u"http://127.0.0.1:%1/api"_s.arg(server.port())),
                     {},
                     method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}")},
                    &error, &response);
        QVERIFY2(error.detail().contains(u"larger than 67108864 bytes"_s),
                 qPrintable(error.message()));
        QTRY_VERIFY(endless.finished());
        // What this process held at its peak: the 64 MiB and Qt's 1 MiB read buffer, with some
        // slack (the server's side is paced to 1 MiB). Without the read buffer, 137 and 358 MiB.
        QVERIFY2(Test::peakRssMiB() - before < 100,
                 qPrintable(QString::number(Test::peakRssMiB() - before)));
    }

    void getIsRetriedOnRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("minimumMs");
        // Waited as told: 1 s, twice.
        QTest::newRow("503, 1 s") << 503 << QByteArray("1") << 1900;
        // A server that says "now" is asked again at once, then after the 1 s floor.
        QTest::newRow("429, now") << 429 << QByteArray("0") << 950;
    }
    void getIsRetriedOnRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, minimumMs);
        int calls = 0;
        HttpServer server([&](const ServerRequest &, ResponseWriter *w) {
            if (++calls < 3)
                w->send(status, {{"Retry-After", retryAfter}}, "busy");
            else
                w->send(200, {}, "ok");
        });
        QVERIFY(server.listen(0));
        Kube::HttpClient client;
        Error error;
        Kube::HttpResponse response;
        QElapsedTimer timer;
        timer.start();
        sendAndWait(client, {"GET", QUrl(u"http://127.0.0.1:%1/x"_s.arg(server.port())), {}, {}},
                    &error, &response);
        QVERIFY(!error);
        QCOMPARE(response.status, 200);
        QCOMPARE(calls, 3);
        QVERIFY2(timer.elapsed() >= minimumMs, qPrintable(QString::number(timer.elapsed())));
    }

    void writesAreNeverRetried()
    {
        int calls = 0;
        HttpServer server([&calls](const ServerRequest &, ResponseWriter *w) {
            ++calls;
            w->send(429, {{"Retry-After", "0"}}, "slow down");
        });
        QVERIFY(server.listen(0));
        Kube::HttpClient client;
        Error error;
        Kube::HttpResponse response;
        sendAndWait(client, {"POST", QUrl(u"http://127.0.0.1:%1/x"_s.arg(server.port())), {}, "{}"},
                    &error, &response);
        QCOMPARE(response.status, 429);
        QCOMPARE(calls, 1);
    }

    void noProgressTimeout()
    {
        HttpServer server([](const ServerRequest &, ResponseWriter *) { /* never answers */ });
        QVERIFY(server.listen(0));
        Kube::HttpClient client;
        Error error;
        Kube::HttpResponse response;
        sendAndWait(client,
                    {"GET", QUrl(u"http://127.0.0.1:%1/x"_s.arg(server.port())), {}, {}, 500},
                    &error, &response);
        QVERIFY(error);
        QCOMPARE(error.kind(), Error::Kind::Timeout);
    }

    void connectionRefusedNamesTheHost()
    {
        quint16 port = 0;
        {
            HttpServer server([](const ServerRequest &, ResponseWriter *) {});
            QVERIFY(server.listen(0));
            port = server.port();
        } // closed: nothing listens there now
        Kube::HttpClient client;
        Error error;
        Kube::HttpResponse response;
        sendAndWait(client, {"GET", QUrl(u"http://127.0.0.1:%1/x"_s.arg(port)), {}, {}}, &error,
                    &response);
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(error.message().contains(u"127.0.0.1"_s));
        QVERIFY(error.message().contains(u"No changes were made"_s));
    }

    void expiredCertificateIsExplained()
    {
        const auto ca = CertificateAuthority::create(u"Root"_s);
        const auto leaf
            = ca.issue(u"old"_s, {u"localhost"_s}, {u"127.0.0.1"_s}, -30 * 86400, -86400);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(leaf.certificatePem));
        ssl.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
        HttpServer server([](const ServerRequest &, ResponseWriter *w) { w->send(200, {}, {}); });
        QVERIFY(server.listen(0, &ssl));
        Kube::HttpClient client;
        client.setTls({{QSslCertificate(ca.pair().certificatePem)}, false, {}});
        Error error;
        Kube::HttpResponse response;
        sendAndWait(client, {"GET", QUrl(u"https://127.0.0.1:%1/"_s.arg(server.port())), {}, {}},
                    &error, &response);
        QCOMPARE(error.kind(), Error::Kind::Tls);
        QVERIFY2(error.detail().contains(u"expired"_s), qPrintable(error.detail()));
        QVERIFY(error.detail().contains(u"local clock"_s));
    }

    void tlsPinningAndServerName()
    {
        const auto ca = CertificateAuthority::create(u"Pinned Root"_s);
        const auto other = CertificateAuthority::create(u"Other Root"_s);
        const auto leaf = ca.issue(u"api.internal"_s, {u"api.internal"_s}, {});
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(
            {QSslCertificate(leaf.certificatePem), QSslCertificate(ca.pair().certificatePem)});
        ssl.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
        HttpServer server([](const ServerRequest &r, ResponseWriter *w) {
            w->send(200, {}, r.header("authorization"));
        });
        QVERIFY(server.listen(0, &ssl));
        const QUrl url(u"https://127.0.0.1:%1/"_s.arg(server.port()));
        Error error;
        Kube::HttpResponse response;

        // The wrong anchor: refused, with the chain for the user to inspect.
        Kube::HttpClient wrong;
        wrong.setTls({{QSslCertificate(other.pair().certificatePem)}, false, {}});
        Kube::HttpReply *reply = wrong.send({"GET", url, {}, {}});
        int chainSize = 0;
        connect(reply, &Reply::finished, this, [&] {
            error = reply->error();
            chainSize = int(reply->presentedChain().certificates.size());
        });
        QVERIFY(Test::await(reply, 10000));
        QCOMPARE(error.kind(), Error::Kind::Tls);
        QCOMPARE(chainSize, 2);

        // The right anchor but an IP URL: the name mismatches, unless tls-server-name says it.
        Kube::HttpClient pinned;
        pinned.setTls({{QSslCertificate(ca.pair().certificatePem)}, false, {}});
        sendAndWait(pinned, {"GET", url, {}, {}}, &error, &response);
        QCOMPARE(error.kind(), Error::Kind::Tls);
        pinned.setTls({{QSslCertificate(ca.pair().certificatePem)}, false, u"api.internal"_s});
        pinned.setBearerToken("t0ken");
        sendAndWait(pinned, {"GET", url, {}, {}}, &error, &response);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(response.body, QByteArray("Bearer t0ken"));

        // Insecure only when asked.
        Kube::HttpClient insecure;
        insecure.setTls({{}, true, {}});
        sendAndWait(insecure, {"GET", url, {}, {}}, &error, &response);
        QVERIFY(!error);
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
