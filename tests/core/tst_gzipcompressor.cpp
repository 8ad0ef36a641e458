// SPDX-License-Identifier: Apache-2.0
#include "oci/gzipcompressor.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::Oci::Descriptor;
using Berth::Oci::GzipCompressor;

/// Everything from `offset` to the end, in reads of `step` bytes.
static QByteArray readFrom(GzipCompressor &gz, qint64 offset, qint64 step)
{
    QByteArray out;
    for (;;) {
        const auto chunk = gz.read(offset + out.size(), step);
        if (!chunk || chunk->isEmpty())
            return out;
        out += *chunk;
    }
}

static QByteArray gunzip(const QByteArray &data)
{
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-dc"_s});
    gzip.waitForStarted();
    gzip.write(data);
    gzip.closeWriteChannel();
    gzip.waitForFinished();
    return gzip.exitCode() == 0 ? gzip.readAllStandardOutput() : QByteArray("not gzip");
}

class tst_GzipCompressor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compressesAndRereads_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<qint64>("step");
        QByteArray text;
        for (int i = 0; text.size() < 3 * 1024 * 1024; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        QTest::newRow("empty") << QByteArray() << qint64(100);
        QTest::newRow("one byte") << QByteArray("x") << qint64(1);
        QTest::newRow("3 MiB of text, odd reads") << text << qint64(65521);
        QTest::newRow("3 MiB of text, one read") << text << qint64(8 * 1024 * 1024);
    }
    void compressesAndRereads()
    {
        QFETCH(QByteArray, plain);
        QFETCH(qint64, step);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"layer.tar"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plain);
        f.close();
        GzipCompressor gz(path);
        const QByteArray compressed = readFrom(gz, 0, step);
        QVERIFY(!compressed.isEmpty()); // even an empty file has a gzip header and trailer
        QCOMPARE(gunzip(compressed), plain);
        QCOMPARE(gz.consumed(), plain.size());
        // Behind the position: compressed again, the same bytes (a chunked upload's rewind).
        const qint64 back = compressed.size() / 3;
        QCOMPARE(readFrom(gz, back, step), compressed.mid(back));
        // And another compressor of the same file makes the same stream.
        GzipCompressor again(path);
        QCOMPARE(readFrom(again, 0, 4096), compressed);
    }

    void aLayerThatIsNotItsDigestIsRefusedAtItsEnd()
    {
        // Compressing a layer of an OCI layout for a registry: the plain file is checked against
        // its descriptor as it is read, so a damaged one never goes out under a new digest.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"layer.tar"_s);
        const QByteArray plain(3 * 1024 * 1024 + 17, 'p');
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plain);
        f.close();
        const Descriptor right {{}, Berth::Oci::Digest::sha256(plain), plain.size(), {}, {}};
        GzipCompressor good(path, right);
        QCOMPARE(gunzip(readFrom(good, 0, 65536)), plain);
        Descriptor wrong = right;
        wrong.digest = Berth::Oci::Digest::sha256("something else");
        GzipCompressor bad(path, wrong);
        qint64 offset = 0;
        Berth::Result<QByteArray> chunk = bad.read(offset, 65536);
        while (chunk && !chunk->isEmpty()) {
            offset += chunk->size();
            chunk = bad.read(offset, 65536);
        }
        QVERIFY(!chunk);
        QVERIFY2(chunk.error().message().contains(u"corrupt"_s),
                 qPrintable(chunk.error().message()));
    }

    void aMissingFileIsAnError()
    {
        GzipCompressor gz(u"/nonexistent/layer.tar"_s);
        const auto chunk = gz.read(0, 1024);
        QVERIFY(!chunk);
        QCOMPARE(chunk.error().kind(), Berth::Error::Kind::Io);
        QVERIFY(chunk.error().message().contains(u"/nonexistent/layer.tar"_s));
    }
};

QTEST_GUILESS_MAIN(tst_GzipCompressor)
#include "tst_gzipcompressor.moc"
