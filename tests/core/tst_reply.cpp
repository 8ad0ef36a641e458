// SPDX-License-Identifier: Apache-2.0
#include "common/reply.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Berth;

class tst_Reply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finishedOnceNeverSynchronously()
    {
        auto *reply = new ValueReply<int>;
        QSignalSpy spy(reply, &Reply::finished);
        reply->finishWith(42);
        QCOMPARE(spy.count(), 0); // not inside the call
        reply->finish(
            Error(Error::Kind::Http, QStringLiteral("late"))); // ignored: already finishing
        QPointer<Reply> guard(reply);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(reply->value(), 42);
        QVERIFY(!reply->error());
        QTRY_VERIFY(guard.isNull()); // deletes itself
    }

    void abortFinishesCancelledAndStopsTheWork()
    {
        auto *reply = new Reply;
        bool stopped = false;
        reply->setAbortHandler([&stopped] { stopped = true; });
        QSignalSpy spy(reply, &Reply::finished);
        Error::Kind kind = Error::Kind::None;
        connect(reply, &Reply::finished, this, [&] { kind = reply->error().kind(); });
        reply->abort();
        reply->abort();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(stopped);
        QCOMPARE(kind, Error::Kind::Cancelled);
    }

    void abortAfterFinishDoesNothing()
    {
        auto *reply = new Reply;
        bool stopped = false;
        reply->setAbortHandler([&stopped] { stopped = true; });
        QSignalSpy spy(reply, &Reply::finished);
        reply->finish();
        reply->abort();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!stopped);
    }
    void abortingAReplyAbortsEveryStepItFollows()
    {
        auto *parent = new Reply;
        auto *done = parent->follow(new Reply);
        auto *first = parent->follow(new Reply);
        auto *second = parent->follow(new ValueReply<int>);
        done->finish();
        Error::Kind firstKind = Error::Kind::None, secondKind = Error::Kind::None;
        connect(first, &Reply::finished, this, [&] { firstKind = first->error().kind(); });
        connect(second, &Reply::finished, this, [&] { secondKind = second->error().kind(); });
        QSignalSpy parentDone(parent, &Reply::finished);
        QTRY_VERIFY(done->isFinished()); // a finished step is left alone
        parent->abort();
        QTRY_COMPARE(parentDone.count(), 1);
        QCOMPARE(firstKind, Error::Kind::Cancelled);
        QCOMPARE(secondKind, Error::Kind::Cancelled);
    }

    void aChainFinishesWithTheStepsErrorOrGoesOn()
    {
        auto *failing = new Reply;
        auto *step = new Reply;
        bool ranNext = false;
        failing->chain(step, [&ranNext] { ranNext = true; });
        Error error;
        connect(failing, &Reply::finished, this, [&] { error = failing->error(); });
        step->finish(Error(Error::Kind::Forbidden, QStringLiteral("no")));
        QSignalSpy failed(failing, &Reply::finished);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!ranNext);
        QCOMPARE(error.kind(), Error::Kind::Forbidden);

        auto *going = new ValueReply<int>;
        auto *ok = new Reply;
        going->chain(ok, [going] { going->finishWith(7); });
        int value = 0;
        connect(going, &Reply::finished, this, [&] { value = going->value(); });
        ok->finish();
        QTRY_COMPARE(value, 7);
    }

    void aChainRunsNothingOnceAborted()
    {
        auto *parent = new Reply;
        auto *step = new Reply;
        bool ranNext = false;
        parent->chain(step, [&ranNext] { ranNext = true; });
        QSignalSpy stepDone(step, &Reply::finished);
        parent->abort();
        QTRY_COMPARE(stepDone.count(), 1);
        QVERIFY(!ranNext);
    }
};

QTEST_GUILESS_MAIN(tst_Reply)
#include "tst_reply.moc"
