// SPDX-License-Identifier: Apache-2.0
#include "oci/manifest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Oci;

static QByteArray d(char c)
{
    return "sha256:" + QByteArray(64, c);
}

class tst_Manifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("index");
        QTest::addColumn<int>("count"); // layers or manifests
        const QByteArray config
            = "{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + d('c')
            + "\",\"size\":10}";
        const QByteArray layer
            = "{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\""
            + d('1') + "\",\"size\":100}";
        QTest::newRow("oci manifest")
            << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/"
                          "vnd.oci.image.manifest.v1+json\",\"config\":"
                          + config + ",\"layers\":[" + layer + "]}")
            << QString() << true << false << 1;
        QTest::newRow("docker v2 by content type")
            << QByteArray("{\"schemaVersion\":2,\"config\":" + config + ",\"layers\":[" + layer
                          + "," + layer + "]}")
            << QString::fromLatin1(MediaType::DockerManifest) << true << false << 2;
        QTest::newRow("index") << QByteArray(
            "{\"schemaVersion\":2,\"mediaType\":\"application/"
            "vnd.oci.image.index.v1+json\",\"manifests\":[{\"mediaType\":\"application/"
            "vnd.oci.image.manifest.v1+json\",\"digest\":\""
            + d('2')
            + "\",\"size\":5,\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\"}}]}")
                               << QString() << true << true << 1;
        QTest::newRow("schema1") << QByteArray(
            "{\"schemaVersion\":1,\"name\":\"a\",\"fsLayers\":[{\"blobSum\":\"" + d('3')
            + "\"}],\"history\":[]}")
                                 << QString() << true << false << 1;
        QTest::newRow("ambiguous") << QByteArray("{\"schemaVersion\":2,\"config\":" + config
                                                 + ",\"layers\":[],\"manifests\":[]}")
                                   << QString() << false << false << 0;
        QTest::newRow("ambiguous case") << QByteArray("{\"schemaVersion\":2,\"config\":" + config
                                                      + ",\"layers\":[],\"Manifests\":[]}")
                                        << QString() << false << false << 0;
        QTest::newRow("malformed digest")
            << QByteArray("{\"schemaVersion\":2,\"config\":{\"digest\":\"sha256:../../"
                          "x\",\"size\":1},\"layers\":[]}")
            << QString() << false << false << 0;
        QTest::newRow("negative size")
            << QByteArray("{\"schemaVersion\":2,\"config\":{\"digest\":\"" + d('c')
                          + "\",\"size\":-1},\"layers\":[]}")
            << QString() << false << false << 0;
        QTest::newRow("fractional size")
            << QByteArray("{\"schemaVersion\":2,\"config\":{\"digest\":\"" + d('c')
                          + "\",\"size\":1.5},\"layers\":[]}")
            << QString() << false << false << 0;
        QTest::newRow("size as a string")
            << QByteArray("{\"schemaVersion\":2,\"config\":{\"digest\":\"" + d('c')
                          + "\",\"size\":\"12\"},\"layers\":[]}")
            << QString() << false << false << 0;
        QTest::newRow("type disagrees")
            << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/"
                          "vnd.oci.image.index.v1+json\",\"manifests\":[]}")
            << QString::fromLatin1(MediaType::OciManifest) << false << false << 0;
        QTest::newRow("no schemaVersion") << QByteArray("{\"config\":" + config + ",\"layers\":[]}")
                                          << QString() << false << false << 0;
        QTest::newRow("not json") << QByteArray("<html>") << QString() << false << false << 0;
        QTest::newRow("unknown type")
            << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"text/plain\",\"config\":" + config
                          + ",\"layers\":[]}")
            << QString() << false << false << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, contentType);
        QFETCH(bool, valid);
        QFETCH(bool, index);
        QFETCH(int, count);
        const auto m = Manifest::parse(json, contentType);
        QCOMPARE(bool(m), valid);
        if (!valid) {
            QCOMPARE(m.error().kind(), Berth::Error::Kind::Parse);
            return;
        }
        QCOMPARE(m->isIndex, index);
        QCOMPARE(int(index ? m->manifests.size() : m->layers.size()), count);
        QCOMPARE(m->digest, Digest::sha256(json)); // the digest covers the exact bytes
    }

    void layersSize_data()
    {
        QTest::addColumn<QByteArray>("layers");
        QTest::addColumn<qint64>("size");
        const auto layer = [](char c, int size) -> QByteArray {
            return "{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\""
                + d(c) + "\",\"size\":" + QByteArray::number(size) + '}';
        };
        QTest::newRow("none") << QByteArray() << qint64(0);
        QTest::newRow("one") << layer('1', 100) << qint64(100);
        QTest::newRow("two") << QByteArray(layer('1', 100) + ',' + layer('2', 250)) << qint64(350);
        QTest::newRow("one listed twice")
            << QByteArray(layer('1', 100) + ',' + layer('2', 250) + ',' + layer('1', 100))
            << qint64(350);
    }
    void layersSize()
    {
        QFETCH(QByteArray, layers);
        QFETCH(qint64, size);
        const auto m = Manifest::parse(
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
            + d('c') + "\",\"size\":10},\"layers\":[" + layers + "]}");
        QVERIFY2(m, qPrintable(m.error().message()));
        QCOMPARE(m->layersSize(), size);
    }
    void layersSizeOfSchema1IsNotKnown()
    {
        const auto m = Manifest::parse("{\"schemaVersion\":1,\"name\":\"a\",\"fsLayers\":[{"
                                       "\"blobSum\":\""
                                       + d('3') + "\"}],\"history\":[]}");
        QVERIFY(m);
        QCOMPARE(m->layersSize(), -1);
    }

    void oversizedIsRefused()
    {
        QByteArray big = "{\"schemaVersion\":2,\"x\":\"" + QByteArray(maxManifestSize, 'a') + "\"}";
        const auto m = Manifest::parse(big);
        QVERIFY(!m);
        QVERIFY(m.error().detail().contains(u"4 MiB"_s));
    }

    void digests_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sha256") << (u"sha256:"_s + QString(64, u'0')) << true;
        QTest::newRow("sha512") << (u"sha512:"_s + QString(128, u'f')) << true;
        QTest::newRow("upper hex") << (u"sha256:"_s + QString(64, u'A')) << false;
        QTest::newRow("short") << (u"sha256:"_s + QString(63, u'0')) << false;
        QTest::newRow("traversal") << u"sha256:../../../../etc/passwd"_s << false;
        QTest::newRow("md5") << (u"md5:"_s + QString(32, u'0')) << false;
        QTest::newRow("newline") << (u"sha256:"_s + QString(64, u'0') + u"\n"_s) << false;
        QTest::newRow("long") << (u"sha256:"_s + QString(65, u'0')) << false;
        QTest::newRow("sha512 of sha256's length") << (u"sha512:"_s + QString(64, u'0')) << false;
        QTest::newRow("not hex") << (u"sha256:"_s + QString(63, u'0') + u'g') << false;
        QTest::newRow("no colon") << (u"sha256-"_s + QString(64, u'0')) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void digests()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(bool(Digest::parse(text)), valid);
    }

    void hasherMatchesAndClones()
    {
        DigestHasher h;
        h.addData("hello ");
        DigestHasher copy = h.clone();
        h.addData("world");
        copy.addData("world");
        const Digest expected = Digest::sha256("hello world");
        QCOMPARE(h.finish(), expected);
        QCOMPARE(copy.finish(), expected);
        QCOMPARE(expected.toString(),
                 u"sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Manifest)
#include "tst_manifest.moc"
