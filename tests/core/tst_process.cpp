// SPDX-License-Identifier: Apache-2.0
// runProcess(): the input given, the outputs bounded, the time limit and abort kill, and a
// program that cannot start; real programs from the system.
#include "await.h"

#include "common/process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_Process : public QObject
{
    Q_OBJECT

    static const ProcessOutcome *ran(ValueReply<ProcessOutcome> *reply, int timeoutMs = 10000)
    {
        QSignalSpy finished(reply, &Reply::finished);
        return Test::await(finished, timeoutMs) ? &reply->value() : nullptr;
    }

private Q_SLOTS:
    void theInputIsGivenAndTheOutputsKept()
    {
        auto *reply = runProcess(u"/bin/sh"_s, {u"-c"_s, u"cat; echo oops >&2; exit 3"_s},
                                 "from the input\n", 0, this);
        const ProcessOutcome *outcome = ran(reply);
        QVERIFY(outcome);
        QVERIFY(!reply->error());
        QCOMPARE(outcome->out, QByteArray("from the input\n"));
        QCOMPARE(outcome->err, QByteArray("oops\n"));
        QCOMPARE(outcome->exitCode, 3);
        QVERIFY(!outcome->succeeded());
    }

    void anEmptyInputIsAnEndedOne()
    {
        // cat would wait for ever on an open input.
        const ProcessOutcome *outcome = ran(runProcess(u"/bin/cat"_s, {}, {}, 5000, this));
        QVERIFY(outcome);
        QVERIFY(outcome->succeeded());
        QVERIFY(outcome->out.isEmpty());
    }

    void anEndlessOutputIsCutAtItsLimit()
    {
        const ProcessOutcome *outcome
            = ran(runProcess(u"/bin/sh"_s, {u"-c"_s, u"head -c 5000000 /dev/zero"_s}, {}, 0, this));
        QVERIFY(outcome);
        QVERIFY(outcome->succeeded());
        QCOMPARE(outcome->out.size(), 64 * 1024);
    }

    void theTimeLimitKills()
    {
        QElapsedTimer timer;
        timer.start();
        const ProcessOutcome *outcome = ran(runProcess(u"/bin/sleep"_s, {u"30"_s}, {}, 300, this));
        QVERIFY(outcome);
        QVERIFY(outcome->timedOut);
        QVERIFY(!outcome->crashed);
        QVERIFY(!outcome->succeeded());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void aProgramThatCannotStartSaysWhy()
    {
        const ProcessOutcome *outcome
            = ran(runProcess(u"/nonexistent/berth-no-such-program"_s, {}, {}, 0, this));
        QVERIFY(outcome);
        QVERIFY(!outcome->started);
        QVERIFY(!outcome->startError.isEmpty());
        QVERIFY(!outcome->succeeded());
    }

    void abortKillsTheProgram()
    {
        auto *reply = runProcess(u"/bin/sleep"_s, {u"30"_s}, {}, 0, this);
        QSignalSpy finished(reply, &Reply::finished);
        QProcess *process = reply->findChild<QProcess *>();
        QVERIFY(process);
        QTRY_COMPARE(process->state(), QProcess::Running);
        const qint64 pid = process->processId();
        reply->abort();
        QVERIFY(Test::await(finished, 5000));
        QCOMPARE(reply->error().kind(), Error::Kind::Cancelled);
        QTRY_VERIFY2(::kill(pid_t(pid), 0) != 0, "the program was not stopped");
    }

    void anAbortBeforeTheStartStartsNothing()
    {
        // Aborted in the call that made it: the program never runs.
        QTemporaryDir dir;
        const QString mark = dir.filePath(u"ran"_s);
        auto *reply = runProcess(u"/bin/touch"_s, {mark}, {}, 0, this);
        QSignalSpy finished(reply, &Reply::finished);
        reply->abort();
        QVERIFY(Test::await(finished, 5000));
        QTest::qWait(300); // time for a start that must not come
        QVERIFY(!QFile::exists(mark));
    }

    void theLastLineIsWhereAProgramSaysHowItEnded()
    {
        QCOMPARE(lastLine("first\nsecond\n\n  \n"), u"second"_s);
        QCOMPARE(lastLine("time=\"2026\" level=fatal msg=\"pinging \\\"r\\\": x509\"\n"),
                 u"pinging \"r\": x509"_s);
        QCOMPARE(lastLine(""), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Process)
#include "tst_process.moc"
