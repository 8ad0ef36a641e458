// SPDX-License-Identifier: Apache-2.0
#include "oci/authchallenge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Oci;

class tst_AuthChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("scope");
        QTest::newRow("docker hub")
            << u"Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/busybox:pull\""_s
            << QStringList {u"bearer"_s} << u"https://auth.docker.io/token"_s
            << u"registry.docker.io"_s << u"repository:library/busybox:pull"_s;
        QTest::newRow("openshift")
            << u"Bearer realm=\"https://reg.apps.x.com/openshift/token\""_s
            << QStringList {u"bearer"_s} << u"https://reg.apps.x.com/openshift/token"_s << QString()
            << QString();
        QTest::newRow("basic") << u"Basic realm=\"Registry Realm\""_s << QStringList {u"basic"_s}
                               << u"Registry Realm"_s << QString() << QString();
        QTest::newRow("two challenges")
            << u"Basic realm=\"a\", Bearer realm=\"https://t/x\",service=\"s\""_s
            << QStringList {u"basic"_s, u"bearer"_s} << u"a"_s << QString() << QString();
        QTest::newRow("escapes and spaces")
            << u"Bearer  realm = \"https://t/\\\"q\\\"\" , service=reg"_s
            << QStringList {u"bearer"_s} << u"https://t/\"q\""_s << u"reg"_s << QString();
        QTest::newRow("comma in quoted scope")
            << u"Bearer realm=\"https://t\",scope=\"repository:a:pull,push\""_s
            << QStringList {u"bearer"_s} << u"https://t"_s << QString()
            << u"repository:a:pull,push"_s;
        QTest::newRow("case") << u"BEARER Realm=\"https://t\""_s << QStringList {u"bearer"_s}
                              << u"https://t"_s << QString() << QString();
        QTest::newRow("token68") << u"Negotiate abc123==, Basic realm=\"r\""_s
                                 << QStringList {u"negotiate"_s, u"basic"_s} << QString()
                                 << QString() << QString();
        QTest::newRow("empty") << QString() << QStringList {} << QString() << QString()
                               << QString();
    }
    void parse()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, schemes);
        QFETCH(QString, realm);
        QFETCH(QString, service);
        QFETCH(QString, scope);
        const auto challenges = AuthChallenge::parse(header);
        QStringList got;
        for (const auto &c : challenges)
            got.append(c.scheme);
        QCOMPARE(got, schemes);
        if (challenges.isEmpty())
            return;
        QCOMPARE(challenges.first().param(u"realm"_s), realm);
        QCOMPARE(challenges.first().param(u"service"_s), service);
        QCOMPARE(challenges.first().param(u"scope"_s), scope);
    }

    void link_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("next");
        QTest::newRow("distribution")
            << u"</v2/_catalog?last=b&n=2>; rel=\"next\""_s << u"/v2/_catalog?last=b&n=2"_s;
        QTest::newRow("absolute") << u"<https://r/v2/a/tags/list?last=x>; rel=next"_s
                                  << u"https://r/v2/a/tags/list?last=x"_s;
        QTest::newRow("several") << u"</p1>; rel=\"prev\", </p3>; rel=\"next\""_s << u"/p3"_s;
        QTest::newRow("no next") << u"</p1>; rel=\"prev\""_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void link()
    {
        QFETCH(QString, header);
        QFETCH(QString, next);
        QCOMPARE(nextLink(header), next);
    }
};

QTEST_GUILESS_MAIN(tst_AuthChallenge)
#include "tst_authchallenge.moc"
