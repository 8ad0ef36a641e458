// SPDX-License-Identifier: Apache-2.0
#include "common/atomicfile.h"
#include "files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

    void aChainOfSymlinksIsFollowedToTheFile()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"real"_s));
        const QString real = dir.filePath(u"real/config"_s);
        QVERIFY(Berth::writeFileAtomically(real, "old\n"));
        QVERIFY(QFile::link(u"real/config"_s, dir.filePath(u"second"_s)));
        QVERIFY(QFile::link(dir.filePath(u"second"_s), dir.filePath(u"first"_s)));
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"first"_s), "new\n"));
        QCOMPARE(read(real), QByteArray("new\n"));
        QVERIFY(QFileInfo(dir.filePath(u"first"_s)).isSymLink());
        QVERIFY(QFileInfo(dir.filePath(u"second"_s)).isSymLink());
        // A relative link in a symlinked directory: ".." is taken from where the directory
        // really is (~/.kube -> /data/kube, config -> ../shared/config is /data/shared/config).
        QDir().mkpath(dir.filePath(u"data/kube"_s));
        QDir().mkpath(dir.filePath(u"data/shared"_s));
        QDir().mkpath(dir.filePath(u"home"_s));
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"data/shared/config"_s), "old\n"));
        QVERIFY(QFile::link(dir.filePath(u"data/kube"_s), dir.filePath(u"home/.kube"_s)));
        QVERIFY(QFile::link(u"../shared/config"_s, dir.filePath(u"data/kube/config"_s)));
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"home/.kube/config"_s), "new\n"));
        QCOMPARE(read(dir.filePath(u"data/shared/config"_s)), QByteArray("new\n"));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"home/shared"_s)));
        // A loop is an error, and nothing is written.
        QVERIFY(QFile::link(dir.filePath(u"loop-b"_s), dir.filePath(u"loop-a"_s)));
        QVERIFY(QFile::link(dir.filePath(u"loop-a"_s), dir.filePath(u"loop-b"_s)));
        QVERIFY(!Berth::writeFileAtomically(dir.filePath(u"loop-a"_s), "x\n"));
        QVERIFY(QFileInfo(dir.filePath(u"loop-a"_s)).isSymLink());
    }

    void temporaryFilesOfAKilledWriterAreRemoved()
    {
        // A writer killed between its temporary file and the rename leaves the file behind, with
        // the secret in it; the next write of the same file removes it. A file a writer still
        // holds stays, whatever its PID says.
        QTemporaryDir dir;
        const pid_t deadPid = ::fork();
        if (deadPid == 0)
            ::_exit(0);
        QVERIFY(deadPid > 0);
        QCOMPARE(::waitpid(deadPid, nullptr, 0), deadPid); // reaped: that process is gone
        auto temporary = [&dir](qint64 pid, const char *suffix) {
            return dir.filePath(u".config.berth-%1.%2"_s.arg(pid).arg(QLatin1String(suffix)));
        };
        const QString stale = temporary(deadPid, "Ab12Cd");
        // Its writer's PID now belongs to another process (here the parent): with PIDs up to
        // 32768 and a busy machine, seen after 23 runs of the suite (a file left, kept for that).
        const QString reused = temporary(::getppid(), "Rr22Rr");
        // A writer in another PID namespace, or on another machine of an NFS home: its PID
        // means nothing here, but it holds its file.
        const QString held = temporary(deadPid, "Hh11Hh");
        // A writer between creating its file and locking it: the file is still empty.
        const QString creating = temporary(::getppid(), "Ee33Ee");
        // The same, an hour later: that writer is gone.
        const QString abandoned = temporary(deadPid, "Aa66Aa");
        // This process's own, however old: another thread of it may be writing.
        const QString own = temporary(::getpid(), "Oo44Oo");
        // A FIFO planted under such a name: not opened for good (nobody reads it), not removed.
        const QString fifo = temporary(deadPid, "Ff55Ff");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString other = dir.filePath(u".config.swp"_s);
        for (const QString &path : {stale, reused, held, own, other})
            QVERIFY(Berth::Test::writeFile(path, "token: sha256~old\n"));
        for (const QString &path : {creating, abandoned})
            QVERIFY(Berth::Test::writeFile(path, ""));
        const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString &path : {abandoned, own}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(hourAgo, QFileDevice::FileModificationTime));
        }
        QFile heldFile(held); // flock locks of two opens conflict, even in one process
        QVERIFY(heldFile.open(QIODevice::ReadOnly));
        QCOMPARE(::flock(heldFile.handle(), LOCK_EX | LOCK_NB), 0);

        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"config"_s), "token: new\n"));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(!QFile::exists(reused));
        QVERIFY(!QFile::exists(abandoned));
        QVERIFY(QFile::exists(held));
        QVERIFY(QFile::exists(creating));
        QVERIFY(QFile::exists(own));
        QVERIFY(QFileInfo::exists(fifo));
        QVERIFY(QFile::exists(other));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 6);

        // Once its writer lets go, the held one is a leftover like the first.
        heldFile.close();
        QVERIFY(Berth::writeFileAtomically(dir.filePath(u"config"_s), "token: newer\n"));
        QVERIFY(!QFile::exists(held));
        QVERIFY(QFile::exists(creating));
    }

    void aWriterKilledInItsWriteLeavesNothing_data()
    {
        QTest::addColumn<rlim_t>("limit");
        QTest::newRow("before its first byte") << rlim_t(0);
        QTest::newRow("in the middle") << rlim_t(10);
    }
    void aWriterKilledInItsWriteLeavesNothing()
    {
        // A writer over its file size limit is killed by SIGXFSZ inside write(), as a kill -9
        // would land there. Its temporary had no name yet: nothing is left, not even an empty
        // file that the next write would have to leave for a minute (seen once in 30 loaded
        // runs of tst_workstationtrust's kills).
        QFETCH(rlim_t, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(Berth::writeFileAtomically(path, "token: old\n"));
        const pid_t writer = ::fork();
        if (writer == 0) {
            const struct rlimit noCore
            {
                0, 0
            };
            ::setrlimit(RLIMIT_CORE, &noCore);
            const struct rlimit small
            {
                limit, limit
            };
            ::setrlimit(RLIMIT_FSIZE, &small);
            ::signal(SIGXFSZ, SIG_DFL);
            (void)Berth::writeFileAtomically(path, "token: new and longer\n");
            ::_exit(0);
        }
        QVERIFY(writer > 0);
        int status = 0;
        QCOMPARE(::waitpid(writer, &status, 0), writer);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ,
                 qPrintable(QString::number(status)));
        QCOMPARE(read(path), QByteArray("token: old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList {u"config"_s});
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

    void anUpdateRacingAnotherWriterKeepsBothWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"auth.json"_s);
        QVERIFY(Berth::writeFileAtomically(path, "a"));
        int calls = 0;
        const Berth::Result<void> updated
            = Berth::updateFileAtomically(path, [&](const QByteArray &current) {
                  // Another writer gets in between the read and the rename, once.
                  if (++calls == 1)
                      Berth::writeFileAtomically(path, current + "b").hasValue();
                  return Berth::Result<QByteArray>(current + "c");
              });
        QVERIFY(updated);
        QCOMPARE(calls, 2);
        QCOMPARE(read(path), QByteArray("abc"));
    }

    void anUpdateThatFailsLeavesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.json"_s);
        QVERIFY(Berth::writeFileAtomically(path, "old"));
        const Berth::Result<void> updated = Berth::updateFileAtomically(
            path, [](const QByteArray &) {
                return Berth::Result<QByteArray>(Berth::Error(Berth::Error::Kind::Parse, u"no"_s));
            });
        QVERIFY(!updated);
        QCOMPARE(read(path), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
