// SPDX-License-Identifier: Apache-2.0
// The one retry rule of the API client and the registry transport (tst_httpclient and
// tst_registryfaults see it on the wire).
#include "common/retrypolicy.h"

#include <QTest>

using namespace Berth;
using namespace std::chrono_literals;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitBeforeRetry_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("wait"); // seconds; -1: the answer stands

        QTest::newRow("GET 429, as told") << QByteArray("GET") << 429 << QByteArray("3") << 0 << 3;
        QTest::newRow("HEAD 503") << QByteArray("HEAD") << 503 << QByteArray("2") << 0 << 2;
        QTest::newRow("502") << QByteArray("GET") << 502 << QByteArray("1") << 0 << 1;
        QTest::newRow("504") << QByteArray("GET") << 504 << QByteArray("1") << 0 << 1;
        QTest::newRow("HTTP date")
            << QByteArray("GET") << 429 << QByteArray("Mon, 07 Dec 2026 12:00:30 GMT") << 0 << 30;
        QTest::newRow("HTTP date past")
            << QByteArray("GET") << 429 << QByteArray("Mon, 07 Dec 2026 11:00:00 GMT") << 0 << 0;
        QTest::newRow("capped") << QByteArray("GET") << 429 << QByteArray("3600") << 0 << 60;
        QTest::newRow("negative") << QByteArray("GET") << 429 << QByteArray("-5") << 0 << 0;
        QTest::newRow("floor, 2nd") << QByteArray("GET") << 503 << QByteArray("0") << 1 << 1;
        QTest::newRow("floor, 5th") << QByteArray("GET") << 503 << QByteArray("0") << 4 << 8;
        QTest::newRow("told more than the floor")
            << QByteArray("GET") << 503 << QByteArray("20") << 4 << 20;
        QTest::newRow("no more") << QByteArray("GET") << 429 << QByteArray("1") << 5 << -1;
        QTest::newRow("POST") << QByteArray("POST") << 429 << QByteArray("1") << 0 << -1;
        QTest::newRow("PUT") << QByteArray("PUT") << 503 << QByteArray("1") << 0 << -1;
        QTest::newRow("PATCH") << QByteArray("PATCH") << 503 << QByteArray("1") << 0 << -1;
        QTest::newRow("DELETE") << QByteArray("DELETE") << 503 << QByteArray("1") << 0 << -1;
        QTest::newRow("no Retry-After") << QByteArray("GET") << 503 << QByteArray() << 0 << -1;
        QTest::newRow("500") << QByteArray("GET") << 500 << QByteArray("1") << 0 << -1;
        QTest::newRow("404") << QByteArray("GET") << 404 << QByteArray("1") << 0 << -1;
        QTest::newRow("garbage") << QByteArray("GET") << 429 << QByteArray("soon") << 0 << -1;
    }
    void waitBeforeRetry()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, retries);
        QFETCH(int, wait);
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        const auto got = RetryPolicy::waitBeforeRetry(method, status, retryAfter, retries, now);
        if (wait < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got, std::optional(std::chrono::seconds(wait)));
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
