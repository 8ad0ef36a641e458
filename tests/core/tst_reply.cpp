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
};

QTEST_GUILESS_MAIN(tst_Reply)
#include "tst_reply.moc"
