// SPDX-License-Identifier: Apache-2.0
// Certificates as the Trust page and `trust fetch-ca` read them: parse, inspect, verify, and the
// chain a TLS server presents.
#include "await.h"
#include "certificateauthority.h"
#include "tls/certificateinfo.h"
#include "tls/certificates.h"
#include "tls/handshake.h"

#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using Sandbox::CertificateAuthority;

namespace {
QSslCertificate cert(const QByteArray &pem)
{
    return QSslCertificate(pem, QSsl::Pem);
}
} // namespace

class tst_Certificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBundleIsReadWholeAndKeysAreSkipped()
    {
        const auto ca = CertificateAuthority::create(u"Root"_s);
        const auto leaf = ca.issue(u"leaf"_s, {u"leaf.example.com"_s}, {});
        const QByteArray bundle = leaf.certificatePem + leaf.keyPem + ca.pair().certificatePem;
        const auto certs = Tls::parseCertificates(bundle);
        QVERIFY(certs);
        QCOMPARE(certs->size(), 2);
        QCOMPARE(certs->at(1), cert(ca.pair().certificatePem));
        QCOMPARE(Tls::toPem(*certs), leaf.certificatePem + ca.pair().certificatePem);
    }

    void derIsReadToo()
    {
        const auto ca = CertificateAuthority::create(u"Root"_s);
        const auto certs = Tls::parseCertificates(cert(ca.pair().certificatePem).toDer());
        QVERIFY(certs);
        QCOMPARE(certs->first(), cert(ca.pair().certificatePem));
    }

    void badInputIsRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QByteArray("hello") << u"neither a PEM nor a DER"_s;
        QTest::newRow("empty") << QByteArray() << u"neither a PEM nor a DER"_s;
        QTest::newRow("key only") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                  << u"holds no certificate"_s;
        QTest::newRow("truncated")
            << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n") << u"has no END line"_s;
        QTest::newRow("corrupt") << QByteArray(
            "-----BEGIN CERTIFICATE-----\nMIIBzzzz\n-----END CERTIFICATE-----\n")
                                 << u"certificate 1 of the bundle does not parse"_s;
        QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, 'A') << u"larger than"_s;
    }
    void badInputIsRefusedInWords()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        const auto certs = Tls::parseCertificates(data);
        QVERIFY(!certs);
        QVERIFY2(certs.error().detail().contains(says), qPrintable(certs.error().detail()));
    }

    void detailsSayKeyKindAndDaysLeft()
    {
        const auto ca = CertificateAuthority::create(u"Root"_s, 30);
        const auto leaf = ca.issue(u"leaf"_s, {u"leaf"_s}, {}, -3600, 10 * 86400 + 600);
        const auto caInfo = Tls::CertificateInfo::from(cert(ca.pair().certificatePem));
        const auto leafInfo = Tls::CertificateInfo::from(cert(leaf.certificatePem));
        QVERIFY(caInfo.certificateAuthority);
        QVERIFY(!leafInfo.certificateAuthority);
        QCOMPARE(leafInfo.keyType, u"EC"_s);
        QCOMPARE(leafInfo.keyBits, 256);
        QCOMPARE(leafInfo.daysLeft(), 10);
        QVERIFY(caInfo.daysLeft() >= 29 && caInfo.daysLeft() <= 30);
        const QString text = Tls::describe(leafInfo);
        QVERIFY2(text.contains(u"10 day"_s), qPrintable(text));
        QVERIFY(text.contains(u"Key: EC 256 bits"_s));
        QVERIFY(text.contains(u"Kind: leaf"_s));
        QVERIFY(Tls::describe(caInfo).contains(u"Kind: certificate authority"_s));
        // Expired an hour ago is expired, not "0 days left".
        const auto justNow = ca.issue(u"now"_s, {u"now"_s}, {}, -86400, -3600);
        const auto justNowInfo = Tls::CertificateInfo::from(cert(justNow.certificatePem));
        QCOMPARE(justNowInfo.daysLeft(), -1);
        QVERIFY(Tls::describe(justNowInfo).contains(u"expired less than a day ago"_s));
        // A subject holding a placeholder is shown as it is.
        const auto odd = ca.issue(u"%5 %11"_s, {u"odd"_s}, {});
        QVERIFY(Tls::describe(Tls::CertificateInfo::from(cert(odd.certificatePem)))
                    .startsWith(u"Subject: %5 %11\n"_s));
        // Expired 3 days and an hour ago is 3 days ago (it read 4: rounded away from now).
        const auto old = ca.issue(u"old"_s, {u"old"_s}, {}, -10 * 86400, -3 * 86400 - 3600);
        const QString oldText = Tls::describe(Tls::CertificateInfo::from(cert(old.certificatePem)));
        QVERIFY2(oldText.contains(u"expired 3 day"_s), qPrintable(oldText));
    }

    void aChainVerifiesAgainstItsCaAndNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("anchorIsOurs");
        QTest::addColumn<QString>("says"); // empty: verifies
        QTest::newRow("exact name") << u"registry.example.com"_s << true << QString();
        QTest::newRow("name and port") << u"registry.example.com:5000"_s << true << QString();
        QTest::newRow("wildcard") << u"x.apps.example.com"_s << true << QString();
        QTest::newRow("wildcard is one label")
            << u"a.b.apps.example.com"_s << true << u"does not name"_s;
        QTest::newRow("ip") << u"127.0.0.1:8443"_s << true << QString();
        QTest::newRow("other ip") << u"10.1.1.1"_s << true << u"does not name"_s;
        QTest::newRow("ipv6") << u"[::1]:5000"_s << true << QString();
        QTest::newRow("no host: chain only") << QString() << true << QString();
        QTest::newRow("other CA") << u"registry.example.com"_s << false << u"not signed"_s;
        QTest::newRow("the leaf itself as anchor")
            << u"registry.example.com"_s << true << QString();
    }
    void aChainVerifiesAgainstItsCaAndNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, anchorIsOurs);
        QFETCH(QString, says);
        const auto ca = CertificateAuthority::create(u"Router"_s);
        const auto other = CertificateAuthority::create(u"Other"_s);
        const auto leaf = ca.issue(u"*.apps.example.com"_s,
                                   {u"*.apps.example.com"_s, u"registry.example.com"_s},
                                   {u"127.0.0.1"_s, u"::1"_s});
        const bool leafAnchor = QByteArray(QTest::currentDataTag()) == "the leaf itself as anchor";
        const QList<QSslCertificate> anchors {
            leafAnchor ? cert(leaf.certificatePem)
                       : cert((anchorIsOurs ? ca : other).pair().certificatePem)};
        const Result<void> verified = Tls::verifyChain({cert(leaf.certificatePem)}, anchors, host);
        if (says.isEmpty()) {
            QVERIFY2(verified, qPrintable(verified.error().detail()));
            if (!host.isEmpty())
                QVERIFY(Tls::coversHost(cert(leaf.certificatePem), host));
        } else {
            QVERIFY(!verified);
            QVERIFY2(verified.error().detail().contains(says),
                     qPrintable(verified.error().detail()));
        }
    }

    void anExpiredLeafSaysTheClock()
    {
        const auto ca = CertificateAuthority::create(u"Router"_s);
        const auto leaf = ca.issue(u"r"_s, {u"r.example.com"_s}, {}, -7200, -3600);
        const Result<void> verified = Tls::verifyChain(
            {cert(leaf.certificatePem)}, {cert(ca.pair().certificatePem)}, u"r.example.com"_s);
        QVERIFY(!verified);
        QVERIFY(verified.error().detail().contains(u"has expired (local clock: "_s));
    }

    void theChainAServerPresentsIsFetched()
    {
        const auto ca = CertificateAuthority::create(u"Router"_s);
        const auto leaf = ca.issue(u"localhost"_s, {u"localhost"_s}, {u"127.0.0.1"_s});
        QSslServer server;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain({cert(leaf.certificatePem), cert(ca.pair().certificatePem)});
        ssl.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
        server.setSslConfiguration(ssl);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // Not trusted: the chain comes with the reason.
        Tls::PresentedChain untrusted;
        auto *first = Tls::fetchPresentedChain(u"127.0.0.1"_s, server.serverPort());
        connect(first, &Reply::finished, this, [&] { untrusted = first->value(); });
        QVERIFY(Test::await(first));
        QCOMPARE(untrusted.certificates.size(), 2);
        QCOMPARE(untrusted.certificates.first(), cert(leaf.certificatePem));
        QVERIFY(!untrusted.errors.isEmpty());
        QCOMPARE(untrusted.anchor(), cert(ca.pair().certificatePem));
        // Trusted with its CA: no errors.
        Tls::PresentedChain trusted;
        auto *second = Tls::fetchPresentedChain(u"127.0.0.1"_s, server.serverPort(),
                                                {cert(ca.pair().certificatePem)});
        connect(second, &Reply::finished, this, [&] { trusted = second->value(); });
        QVERIFY(Test::await(second));
        QCOMPARE(trusted.certificates.size(), 2);
        QVERIFY(trusted.errors.isEmpty());
    }

    void noHandshakeIsAnError()
    {
        QTcpServer plain; // answers TCP, never TLS
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *s = plain.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            s->disconnectFromHost();
        });
        Error error;
        auto *reply = Tls::fetchPresentedChain(u"127.0.0.1"_s, plain.serverPort());
        connect(reply, &Reply::finished, this, [&] { error = reply->error(); });
        QVERIFY(Test::await(reply));
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(error.detail().contains(u"no TLS handshake with 127.0.0.1:"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Certificates)
#include "tst_certificates.moc"
