// SPDX-License-Identifier: Apache-2.0
#include "certificateauthority.h"
#include "tls/certificateinfo.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_CertificateInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesALeaf()
    {
        const auto ca = Sandbox::CertificateAuthority::create(u"Test Root"_s);
        const auto leaf
            = ca.issue(u"api.example.com"_s, {u"api.example.com"_s, u"api-int.example.com"_s},
                       {u"10.0.0.1"_s});
        const QSslCertificate cert(leaf.certificatePem);
        const Tls::CertificateInfo info = Tls::CertificateInfo::from(cert);
        QCOMPARE(info.subject, u"api.example.com"_s);
        QCOMPARE(info.issuer, u"Test Root"_s);
        QVERIFY(info.subjectAlternativeNames.contains(u"api-int.example.com"_s));
        QVERIFY(info.subjectAlternativeNames.contains(u"10.0.0.1"_s));
        QVERIFY(!info.selfSigned);
        QCOMPARE(info.sha256Fingerprint.size(), 32 * 3 - 1);
        QVERIFY(info.notBefore < QDateTime::currentDateTimeUtc());
        const QString text = Tls::describe(info);
        QVERIFY(text.contains(info.sha256Fingerprint));
        QVERIFY(text.contains(u"api-int.example.com"_s));
    }

    void manyNamesAreBounded()
    {
        const auto ca = Sandbox::CertificateAuthority::create(u"Root"_s);
        QStringList names;
        for (int i = 0; i < 300; ++i)
            names.append(u"host%1.example.com"_s.arg(i));
        const auto leaf = ca.issue(u"many"_s, names, {});
        const QString text
            = Tls::describe(Tls::CertificateInfo::from(QSslCertificate(leaf.certificatePem)));
        QCOMPARE(text.count(u".example.com"_s), 20); // the first 20 names, in whatever order
        QVERIFY(text.contains(u"280"_s)); // "and 280 more"
        QVERIFY(text.size() < 2000);
    }

    void anchorIsTheRootWhenPresented()
    {
        const auto ca = Sandbox::CertificateAuthority::create(u"Root"_s);
        const auto leaf = ca.issue(u"leaf"_s, {u"leaf"_s}, {});
        Tls::PresentedChain chain;
        chain.certificates
            = {QSslCertificate(leaf.certificatePem), QSslCertificate(ca.pair().certificatePem)};
        QCOMPARE(chain.anchor(), QSslCertificate(ca.pair().certificatePem));
        chain.certificates.removeLast();
        QCOMPARE(chain.anchor(), QSslCertificate(leaf.certificatePem));
    }

    void fingerprintNormalization_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("colons") << u"ab:cd:ef"_s;
        QTest::newRow("upper") << u"ABCDEF"_s;
        QTest::newRow("spaces") << u"AB CD EF"_s;
        QTest::newRow("prefix") << u"SHA256:ab:cd:ef"_s;
    }
    void fingerprintNormalization()
    {
        QFETCH(QString, input);
        QCOMPARE(Tls::normalizedFingerprint(input), u"ABCDEF"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CertificateInfo)
#include "tst_certificateinfo.moc"
