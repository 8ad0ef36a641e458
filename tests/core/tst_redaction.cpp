// SPDX-License-Identifier: Apache-2.0
#include "common/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Redaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void url_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"https://api.x:6443/api/v1"_s << u"https://api.x:6443/api/v1"_s;
        QTest::newRow("userinfo") << u"https://user:pw@reg.x/v2/"_s << u"https://reg.x/v2/"_s;
        QTest::newRow("token query") << u"https://a/t?service=r&access_token=abc&scope=s"_s
                                     << u"https://a/t?service=r&access_token=REDACTED&scope=s"_s;
        QTest::newRow("signature") << u"https://s3/b?X-Amz-Signature=f00&X-Amz-Date=1"_s
                                   << u"https://s3/b?X-Amz-Signature=REDACTED&X-Amz-Date=1"_s;
        QTest::newRow("limit kept")
            << u"https://a/x?limit=500&continue=abc"_s << u"https://a/x?limit=500&continue=abc"_s;
    }
    void url()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Berth::redacted(QUrl(in)).toString(), out);
    }

    void header_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("authorization") << QByteArray("Authorization")
                                       << QByteArray("Bearer sha256~x") << QByteArray("REDACTED");
        QTest::newRow("lower") << QByteArray("authorization") << QByteArray("Basic eDp5")
                               << QByteArray("REDACTED");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("a=b")
                                << QByteArray("REDACTED");
        QTest::newRow("accept") << QByteArray("Accept") << QByteArray("application/json")
                                << QByteArray("application/json");
    }
    void header()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, out);
        QCOMPARE(Berth::redactedHeader(name, value), out);
    }
};

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
