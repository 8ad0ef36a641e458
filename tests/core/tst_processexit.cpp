// SPDX-License-Identifier: Apache-2.0
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProcessExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A pool or network thread of berthctl that ends while exit() runs crashed berthctl on its
    // way out (once in 30 loaded suite runs); without keepOpenSslUntilExit() most of these runs
    // crash, so 20 in a row do not pass by luck.
    void aThreadEndingDuringExitDoesNotCrashIt()
    {
        for (int run = 1; run <= 20; ++run) {
            QProcess p;
            p.start(QStringLiteral(THREAD_ENDING_AT_EXIT), {});
            QVERIFY2(p.waitForFinished(30000), qPrintable(u"run %1 did not end"_s.arg(run)));
            QVERIFY2(
                p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                qPrintable(u"run %1 of 20 crashed (exit code %2)"_s.arg(run).arg(p.exitCode())));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ProcessExit)
#include "tst_processexit.moc"
