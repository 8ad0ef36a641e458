// SPDX-License-Identifier: Apache-2.0
// Workstation::checkWithClients with stand-in clients on PATH: what each said (the message of a
// logrus line), bounded output, the commands run (no TLS or credential flags), no rows when
// none is installed, a host refused before anything runs, and an abort that stops the run.
#include "await.h"
#include "files.h"

#include "workstation/clientcheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_ClientCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;
    QByteArray m_path;

    void client(const QString &name, const QByteArray &script)
    {
        QFile f(m_bin.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\n" + script);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QList<Workstation::ClientCheck> run(const QString &image, const QString &authFile = {})
    {
        QList<Workstation::ClientCheck> out;
        auto *reply = Workstation::checkWithClients(u"r.example:5000"_s, image, authFile);
        connect(reply, &Reply::finished, this, [&out, reply] { out = reply->value(); });
        if (!Test::await(reply))
            return {};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = qgetenv("PATH");
        // Only the stand-ins: the real skopeo and podman are not found (the stand-ins name
        // every other program by its path).
        qputenv("PATH", m_bin.path().toLocal8Bit());
    }
    void cleanupTestCase() { qputenv("PATH", m_path); }
    void init()
    {
        QFile::remove(m_bin.filePath(u"skopeo"_s));
        QFile::remove(m_bin.filePath(u"podman"_s));
    }

    void noClientGivesNoRows() { QVERIFY(run(u"team-a/app:v1"_s).isEmpty()); }

    void eachClientSaysItsLastLine()
    {
        client(u"skopeo"_s,
               "if [ \"$1\" = inspect ]; then echo \"$@\" >&2; "
               "echo 'time=\"2026\" level=fatal msg=\"x509: \\\"a\\\" \\\\ b\"' >&2; exit 1; fi\n"
               "echo kubeadmin\n");
        client(u"podman"_s, "read line; echo \"stdin:$line:$*\"\n");
        const auto checks = run(u"team-a/app:v1"_s, u"/tmp/auth.json"_s);
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0).client, u"skopeo"_s);
        QCOMPARE(checks.at(0).command,
                 (QStringList {m_bin.filePath(u"skopeo"_s), u"login"_s, u"--get-login"_s,
                               u"--authfile"_s, u"/tmp/auth.json"_s, u"r.example:5000"_s}));
        QVERIFY(checks.at(0).passed);
        QCOMPARE(checks.at(0).said, u"kubeadmin"_s);
        QCOMPARE(checks.at(1).command.mid(1),
                 (QStringList {u"inspect"_s, u"--raw"_s, u"--authfile"_s, u"/tmp/auth.json"_s,
                               u"docker://r.example:5000/team-a/app:v1"_s}));
        QVERIFY(!checks.at(1).passed);
        QCOMPARE(checks.at(1).said, uR"(x509: "a" \ b)"_s);
        // podman reads an empty standard input, never the terminal.
        QCOMPARE(checks.at(2).client, u"podman"_s);
        QVERIFY(checks.at(2).passed);
        QCOMPARE(checks.at(2).said,
                 u"stdin::login --get-login --authfile /tmp/auth.json r.example:5000"_s);
    }

    void aManifestReadIsSaidBySize()
    {
        client(u"skopeo"_s, "if [ \"$1\" = inspect ]; then printf '{\"schemaVersion\":2}'; fi\n");
        const auto checks = run(u"team-a/app:v1"_s);
        QCOMPARE(checks.size(), 2);
        QVERIFY(checks.at(1).passed);
        QCOMPARE(checks.at(1).said, u"read the image's manifest (19 bytes)"_s);
    }

    void noImageRunsTheLoginsOnly()
    {
        client(u"skopeo"_s, "echo u\n");
        const auto checks = run({});
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().command.contains(u"--authfile"_s));
    }

    void endlessOutputIsCut()
    {
        // 8 MiB and then a last line: only the first 64 KiB are kept.
        client(u"skopeo"_s,
               "/usr/bin/head -c 8388608 /dev/zero | /usr/bin/tr '\\0' 'a'; echo; echo last; exit "
               "1\n");
        const auto checks = run({});
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().passed);
        QVERIFY(checks.first().said.size() <= 64 * 1024);
        QVERIFY(checks.first().said != u"last"_s);
    }

    void aHostileHostRunsNothing()
    {
        client(u"skopeo"_s, "/usr/bin/touch \"$0.ran\"\n");
        auto *reply = Workstation::checkWithClients(u"../x"_s, {}, {});
        Error error;
        connect(reply, &Reply::finished, this, [&error, reply] { error = reply->error(); });
        QVERIFY(Test::await(reply));
        QCOMPARE(error.kind(), Error::Kind::InvalidInput);
        QVERIFY(!QFile::exists(m_bin.filePath(u"skopeo.ran"_s)));
    }

    void anAbortStopsTheClient()
    {
        // The stand-in says its process id, then sleeps: after the abort that process is gone.
        const QString pidFile = m_bin.filePath(u"skopeo.pid"_s);
        client(u"skopeo"_s, "echo $$ > '" + pidFile.toUtf8() + "'\nexec /bin/sleep 30\n");
        auto *reply = Workstation::checkWithClients(u"r.example:5000"_s, {}, {});
        Error error;
        connect(reply, &Reply::finished, this, [&error, reply] { error = reply->error(); });
        qint64 pid = 0;
        QTRY_VERIFY((pid = Test::contents(pidFile).trimmed().toLongLong()) > 0);
        QCOMPARE(::kill(pid_t(pid), 0), 0); // running
        reply->abort();
        QVERIFY(Test::await(reply));
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
        QTRY_VERIFY2(::kill(pid_t(pid), 0) != 0, "the client was not stopped");
    }
};

QTEST_GUILESS_MAIN(tst_ClientCheck)
#include "tst_clientcheck.moc"
