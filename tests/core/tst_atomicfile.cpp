// SPDX-License-Identifier: Apache-2.0
#include "common/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Berth::FileSecrecy;

static mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

static QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class tst_AtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newSecretFileIs0600InA0700Directory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/sub/config"_s);
        QVERIFY(Berth::writeFileAtomically(path, "token: x\n"));
        QCOMPARE(read(path), QByteArray("token: x\n"));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(dir.filePath(u"new/sub"_s)), mode_t(0700));
    }

    void publicFileIs0644()
    {
        QTemporaryDir dir;
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"ca.crt"_s), "pem", FileSecrecy::Public));
        QCOMPARE(modeOf(dir.filePath(u"ca.crt"_s)), mode_t(0644));
    }

    void existingModeKeptButSecretsLoseOtherAccess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_s);
        QVERIFY(Berth::writeFileAtomically(path, "a", FileSecrecy::Public));
        ::chmod(QFile::encodeName(path).constData(), 0640);
        QVERIFY(Berth::writeFileAtomically(path, "b", FileSecrecy::Public));
        QCOMPARE(modeOf(path), mode_t(0640));
        QVERIFY(Berth::writeFileAtomically(path, "c", FileSecrecy::Secret));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void symlinkIsWrittenThrough()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"real"_s);
        QVERIFY(Berth::writeFileAtomically(target, "old"));
        QVERIFY(QFile::link(target, dir.filePath(u"link"_s)));
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"link"_s), "new"));
        QVERIFY(QFileInfo(dir.filePath(u"link"_s)).isSymLink());
        QCOMPARE(read(target), QByteArray("new"));
    }

    void failedWriteLeavesTheOldFileIntact()
    {
        // A file size limit makes write() fail with EFBIG part-way, as a full disk would (and it
        // works as root, which ignores directory permissions).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(Berth::writeFileAtomically(path, "old"));
        struct rlimit saved;
        ::getrlimit(RLIMIT_FSIZE, &saved);
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 16;
        ::setrlimit(RLIMIT_FSIZE, &small);
        const auto result = Berth::writeFileAtomically(path, QByteArray(4096, 'n'));
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Berth::Error::Kind::Io);
        QCOMPARE(read(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // no temporary left
    }

    void impossiblePathIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(Berth::writeFileAtomically(path, "old"));
        const auto result = Berth::writeFileAtomically(path + u"/child"_s, "new");
        QVERIFY(!result);
        QCOMPARE(read(path), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
