// SPDX-License-Identifier: Apache-2.0
#include "common/error.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::Error;

class tst_Error : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromStatus_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detailPart");
        QTest::addColumn<QString>("causeField");
        // The real Status bodies of the fixtures.
        QTest::newRow("401") << u"401_unauthorized.json"_s << 401 << Error::Kind::Unauthorized
                             << u"Unauthorized"_s << u"Unauthorized"_s << QString();
        QTest::newRow("403") << u"403_forbidden.json"_s << 403 << Error::Kind::Forbidden
                             << u"Forbidden"_s << u"cannot get resource \"configs\""_s << QString();
        QTest::newRow("403 namespaced")
            << u"403_forbidden_namespaced.json"_s << 403 << Error::Kind::Forbidden << u"Forbidden"_s
            << u"in the namespace \"openshift-image-registry\""_s << QString();
        QTest::newRow("404") << u"404_notfound.json"_s << 404 << Error::Kind::NotFound
                             << u"NotFound"_s << u"\"cluster\" not found"_s << QString();
        QTest::newRow("404 core") << u"404_notfound_core.json"_s << 404 << Error::Kind::NotFound
                                  << u"NotFound"_s << u"not found"_s << QString();
        QTest::newRow("409 exists")
            << u"409_alreadyexists.json"_s << 409 << Error::Kind::AlreadyExists
            << u"AlreadyExists"_s << u"already exists"_s << QString();
        QTest::newRow("409 conflict")
            << u"409_conflict.json"_s << 409 << Error::Kind::Conflict << u"Conflict"_s
            << u"the object has been modified"_s << QString();
        QTest::newRow("422") << u"422_invalid.json"_s << 422 << Error::Kind::Invalid << u"Invalid"_s
                             << u"spec.managementState"_s << u"spec.managementState"_s;
        QTest::newRow("422 core") << u"422_invalid_core.json"_s << 422 << Error::Kind::Invalid
                                  << u"Invalid"_s << u"Bad_Name"_s << u"metadata.name"_s;
    }
    void fromStatus()
    {
        QFETCH(QString, fixture);
        QFETCH(int, httpStatus);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, reason);
        QFETCH(QString, detailPart);
        QFETCH(QString, causeField);
        QFile f(QStringLiteral(BERTH_FIXTURES_DIR "/status/") + fixture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Error e = Error::fromStatus(httpStatus, f.readAll(),
                                          QUrl(u"https://api.x:6443/apis/a?token=secret"_s));
        QVERIFY(e);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.reason(), reason);
        QCOMPARE(e.httpStatus(), httpStatus);
        QVERIFY2(e.detail().contains(detailPart), qPrintable(e.detail()));
        QVERIFY(!e.url().toString().contains(u"secret"_s));
        if (!causeField.isEmpty()) {
            QCOMPARE(e.causes().size(), 1);
            QCOMPARE(e.causes().constFirst().field, causeField);
        }
        QVERIFY(e.message().contains(e.detail()));
    }

    void notAStatus()
    {
        const Error e
            = Error::fromStatus(503, "<html><body>Application is not available</body></html>");
        QCOMPARE(e.kind(), Error::Kind::Http);
        QVERIFY(e.detail().contains(u"Application is not available"_s));
        QVERIFY(e.message().contains(u"503"_s));
        // At most 512 bytes of a foreign body are kept.
        QVERIFY(Error::fromStatus(500, QByteArray(5000, 'x')).detail().size() <= 512);
    }

    void emptyIsNoError()
    {
        QVERIFY(!Error());
        QVERIFY(Error::cancelled());
        QCOMPARE(Error::cancelled().kind(), Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
