// SPDX-License-Identifier: Apache-2.0
#include "oci/blobwriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <optional>

using namespace Qt::StringLiterals;
using Berth::Result;
using Berth::Oci::BlobWriter;
using Berth::Oci::Digest;
using Berth::Oci::DigestHasher;

static QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

/// Waits for the writer's report, delivered on this thread's event loop.
static std::optional<Result<Digest>> finishAndWait(BlobWriter &writer, QObject *context)
{
    std::optional<Result<Digest>> outcome;
    writer.finish(context, [&outcome](const Result<Digest> &got) { outcome = got; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return std::nullopt;
    return outcome;
}

class tst_BlobWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndHashesEveryChunkInOrder_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("empty") << u"sha256"_s << qsizetype(0) << qsizetype(1);
        QTest::newRow("one byte") << u"sha256"_s << qsizetype(1) << qsizetype(1);
        // Far more than maxPending in small chunks: append() has to wait for the thread.
        QTest::newRow("24 MiB in 16 KiB chunks")
            << u"sha256"_s << qsizetype(24 * 1024 * 1024) << qsizetype(16 * 1024);
        QTest::newRow("odd sizes")
            << u"sha256"_s << qsizetype(3 * 1024 * 1024 + 7) << qsizetype(65521);
        QTest::newRow("sha512") << u"sha512"_s << qsizetype(5 * 1024 * 1024) << qsizetype(1 << 20);
    }
    void writesAndHashesEveryChunkInOrder()
    {
        QFETCH(QString, algorithm);
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, chunk);
        const QByteArray data = randomBytes(size);
        QTemporaryFile file;
        QVERIFY(file.open());
        BlobWriter writer(file.handle(), file.fileName(), algorithm);
        for (qsizetype at = 0; at < data.size(); at += chunk)
            QVERIFY(writer.append(data.mid(at, chunk)));
        const auto outcome = finishAndWait(writer, this);
        QVERIFY(outcome);
        QVERIFY2(*outcome, qPrintable(outcome->error().message()));
        DigestHasher expected(algorithm);
        expected.addData(data);
        QCOMPARE(outcome->value(), expected.finish());
        QFile back(file.fileName());
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), data);
    }

    void continuesAtTheFilesOffset()
    {
        // A resumed download appends after what an earlier writer left; only new bytes are hashed.
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(::write(file.handle(), "head-", 5), ssize_t(5));
        BlobWriter writer(file.handle(), file.fileName(), u"sha256"_s);
        QVERIFY(writer.append("tail"));
        const auto outcome = finishAndWait(writer, this);
        QVERIFY(outcome && *outcome);
        QCOMPARE(outcome->value(), Digest::sha256("tail"));
        QFile back(file.fileName());
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("head-tail"));
    }

    void aFullDiskIsReportedByAppendAndFinish()
    {
        const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            QSKIP("this system has no /dev/full");
        {
            BlobWriter writer(fd, u"/dev/full"_s, u"sha256"_s);
            const QByteArray chunk = randomBytes(256 * 1024);
            Result<void> appended;
            // The first failure shows at the latest once the queue is full.
            for (int i = 0; i < 64 && appended; ++i)
                appended = writer.append(chunk);
            QVERIFY(!appended);
            QCOMPARE(appended.error().kind(), Berth::Error::Kind::Io);
            QVERIFY2(appended.error().message().contains(u"/dev/full"_s),
                     qPrintable(appended.error().message()));
            const auto outcome = finishAndWait(writer, this);
            QVERIFY(outcome);
            QVERIFY(!*outcome);
            QCOMPARE(outcome->error().kind(), Berth::Error::Kind::Io);
        }
        ::close(fd);
    }

    void abandonedItStopsAndLeavesAPrefix()
    {
        // A cancelled pull destroys its writer with chunks still queued: the destructor stops the
        // thread without writing them all, and what reached the file is the blob's beginning.
        const QByteArray data = randomBytes(16 * 1024 * 1024);
        QTemporaryFile file;
        QVERIFY(file.open());
        {
            BlobWriter writer(file.handle(), file.fileName(), u"sha256"_s);
            for (qsizetype at = 0; at < data.size(); at += 1024 * 1024)
                QVERIFY(writer.append(data.mid(at, 1024 * 1024)));
        }
        QFile back(file.fileName());
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray written = back.readAll();
        QVERIFY(written.size() <= data.size());
        QVERIFY(data.startsWith(written));
    }
};

QTEST_GUILESS_MAIN(tst_BlobWriter)
#include "tst_blobwriter.moc"
