// SPDX-License-Identifier: Apache-2.0
#include "oci/imagelocation.h"
#include "oci/imagereference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Oci;

class tst_ImageReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("registry"); // empty: invalid
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        const QString d = u"sha256:"_s + QString(64, u'a');
        QTest::newRow("docker hub short")
            << u"busybox"_s << u"docker.io"_s << u"library/busybox"_s << u"latest"_s << QString();
        QTest::newRow("docker hub user")
            << u"user/app:1.0"_s << u"docker.io"_s << u"user/app"_s << u"1.0"_s << QString();
        QTest::newRow("route host")
            << u"default-route-openshift-image-registry.apps.x.com/team-a/app:v2"_s
            << u"default-route-openshift-image-registry.apps.x.com"_s << u"team-a/app"_s << u"v2"_s
            << QString();
        QTest::newRow("host:port") << u"127.0.0.1:5000/a/b"_s << u"127.0.0.1:5000"_s << u"a/b"_s
                                   << u"latest"_s << QString();
        QTest::newRow("localhost")
            << u"localhost/a"_s << u"localhost"_s << u"a"_s << u"latest"_s << QString();
        QTest::newRow("docker:// prefix") << u"docker://quay.io/org/app:tag"_s << u"quay.io"_s
                                          << u"org/app"_s << u"tag"_s << QString();
        QTest::newRow("digest") << (u"quay.io/org/app@"_s + d) << u"quay.io"_s << u"org/app"_s
                                << QString() << d;
        QTest::newRow("tag and digest")
            << (u"quay.io/org/app:v1@"_s + d) << u"quay.io"_s << u"org/app"_s << u"v1"_s << d;
        QTest::newRow("ipv6") << u"[::1]:5000/a"_s << u"[::1]:5000"_s << u"a"_s << u"latest"_s
                              << QString();
        QTest::newRow("upper case repo")
            << u"quay.io/Org/App"_s << QString() << QString() << QString() << QString();
        QTest::newRow("bad digest")
            << u"quay.io/a@sha256:../../etc"_s << QString() << QString() << QString() << QString();
        QTest::newRow("short digest")
            << u"quay.io/a@sha256:abc"_s << QString() << QString() << QString() << QString();
        QTest::newRow("bad tag") << u"quay.io/a:-x"_s << QString() << QString() << QString()
                                 << QString();
        QTest::newRow("path in host")
            << u"ho\\st/a"_s << QString() << QString() << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("newline in tag")
            << u"quay.io/a:v1\nx"_s << QString() << QString() << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        const auto ref = ImageReference::parse(input);
        if (registry.isEmpty()) {
            QVERIFY(!ref);
            QCOMPARE(ref.error().kind(), Berth::Error::Kind::InvalidInput);
            return;
        }
        QVERIFY2(ref, qPrintable(ref.error().message()));
        QCOMPARE(ref->registry, registry);
        QCOMPARE(ref->repository, repository);
        QCOMPARE(ref->tag, tag);
        QCOMPARE(ref->digest.toString(), digest);
        QCOMPARE(ref->reference(), digest.isEmpty() ? tag : digest);
    }

    void registryHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << u"registry.example.com"_s << true;
        QTest::newRow("port") << u"registry.example.com:5000"_s << true;
        QTest::newRow("ipv6") << u"[fe80::1]:443"_s << true;
        QTest::newRow("traversal") << u"../etc"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("nul") << QString(u"a"_s + QChar(0) + u"b"_s) << false;
        QTest::newRow("trailing dot") << u"example.com."_s << false;
        QTest::newRow("space") << u"a b"_s << false;
    }
    void registryHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(isValidRegistryHost(host), valid);
    }

    void locations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("oci");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("oci with name") << u"oci:/tmp/x:v1"_s << true << u"/tmp/x"_s << u"v1"_s;
        QTest::newRow("oci no name") << u"oci:dir"_s << true << u"dir"_s << QString();
        QTest::newRow("registry") << u"docker://quay.io/a:b"_s << false << QString() << QString();
    }
    void locations()
    {
        QFETCH(QString, input);
        QFETCH(bool, oci);
        QFETCH(QString, path);
        QFETCH(QString, name);
        const auto l = ImageLocation::parse(input);
        QVERIFY(l);
        QCOMPARE(l->kind == ImageLocation::Kind::OciLayout, oci);
        QCOMPARE(l->path, path);
        QCOMPARE(l->name, name);
        QVERIFY(!ImageLocation::parse(u"oci:"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ImageReference)
#include "tst_imagereference.moc"
