// SPDX-License-Identifier: Apache-2.0
// The sandbox's server-side printing: which requests get a Table, and a CRD's columns.
#include "resourcecatalog.h"
#include "tableconvertor.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Sandbox;

class tst_TableConvertor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableRequest_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("includeObject");
        QTest::addColumn<QString>("apiVersion"); // empty: plain JSON
        QTest::addColumn<bool>("invalid");
        const QByteArray kubectl = "application/json;as=Table;v=v1;g=meta.k8s.io,"
                                   "application/json;as=Table;v=v1beta1;g=meta.k8s.io,"
                                   "application/json";
        QTest::newRow("kubectl get") << kubectl << QString() << u"meta.k8s.io/v1"_s << false;
        QTest::newRow("v1beta1 only")
            << QByteArray("application/json;as=Table;v=v1beta1;g=meta.k8s.io") << QString()
            << u"meta.k8s.io/v1beta1"_s << false;
        QTest::newRow("json first") << QByteArray("application/json, application/json;as=Table;"
                                                  "v=v1;g=meta.k8s.io")
                                    << QString() << QString() << false;
        QTest::newRow("protobuf, then a table")
            << QByteArray("application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,"
                          "application/json;as=Table;v=v1;g=meta.k8s.io")
            << QString() << u"meta.k8s.io/v1"_s << false;
        QTest::newRow("another group's Table")
            << QByteArray("application/json;as=Table;v=v1;g=example.com,application/json")
            << QString() << QString() << false;
        QTest::newRow("no header") << QByteArray() << QString() << QString() << false;
        QTest::newRow("includeObject=Object")
            << kubectl << u"Object"_s << u"meta.k8s.io/v1"_s << false;
        QTest::newRow("includeObject=All") << kubectl << u"All"_s << u"meta.k8s.io/v1"_s << true;
        QTest::newRow("includeObject on JSON")
            << QByteArray("application/json") << u"All"_s << QString() << false;
    }
    void tableRequest()
    {
        QFETCH(QByteArray, accept);
        QFETCH(QString, includeObject);
        QFETCH(QString, apiVersion);
        QFETCH(bool, invalid);
        bool invalidInclude = false;
        const auto request = TableRequest::from(accept, includeObject, &invalidInclude);
        QCOMPARE(request ? request->apiVersion : QString(), apiVersion);
        QCOMPARE(invalidInclude, invalid);
    }

    void humanDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("printed");
        QTest::newRow("clock skew") << qint64(-1) << u"0s"_s;
        QTest::newRow("future") << qint64(-5) << u"<invalid>"_s;
        QTest::newRow("seconds") << qint64(119) << u"119s"_s;
        QTest::newRow("minutes and seconds") << qint64(200) << u"3m20s"_s;
        QTest::newRow("minutes") << qint64(11 * 60 + 5) << u"11m"_s;
        QTest::newRow("hours and minutes") << qint64(5 * 3600 + 12 * 60) << u"5h12m"_s;
        QTest::newRow("hours") << qint64(20 * 3600) << u"20h"_s;
        QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600) << u"3d4h"_s;
        QTest::newRow("days") << qint64(30 * 86400) << u"30d"_s;
        QTest::newRow("years and days") << qint64((2 * 365 + 30) * 86400) << u"2y30d"_s;
        QTest::newRow("years") << qint64(9 * 365 * 86400) << u"9y"_s;
    }
    void humanDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, printed);
        QCOMPARE(Berth::Sandbox::humanDuration(seconds), printed);
    }

    // A CRD's additionalPrinterColumns: JSONPath filters, dates as ages, missing fields as null
    // (kubectl prints <none>), and the object or its metadata as the request asks.
    void customColumns()
    {
        const ResourceCatalog catalog(QStringLiteral(BERTH_FIXTURES_DIR));
        const ApiResource *co
            = catalog.find(u"config.openshift.io"_s, u"v1"_s, u"clusteroperators"_s);
        QVERIFY(co);
        const QDateTime now = QDateTime::fromString(u"2026-12-04T12:00:00Z"_s, Qt::ISODate);
        const QJsonObject object {
            {u"metadata"_s, QJsonObject {{u"name"_s, u"image-registry"_s}}},
            {u"status"_s,
             QJsonObject {
                 {u"versions"_s,
                  QJsonArray {
                      QJsonObject {{u"name"_s, u"raw-internal"_s}, {u"version"_s, u"x"_s}},
                      QJsonObject {{u"name"_s, u"operator"_s}, {u"version"_s, u"4.16.21"_s}}}},
                 {u"conditions"_s,
                  QJsonArray {
                      QJsonObject {{u"type"_s, u"Available"_s},
                                   {u"status"_s, u"True"_s},
                                   {u"lastTransitionTime"_s, u"2026-12-04T09:00:00Z"_s}},
                      QJsonObject {{u"type"_s, u"Progressing"_s}, {u"status"_s, u"False"_s}}}}}}};
        TableRequest request {u"meta.k8s.io/v1"_s};
        QJsonObject table = toTable(*co, request, {object}, {}, now);
        QStringList names;
        for (const QJsonValue &c : table.value("columnDefinitions"_L1).toArray())
            names.append(c[u"name"_s].toString());
        QCOMPARE(names,
                 (QStringList {u"Name"_s, u"Version"_s, u"Available"_s, u"Progressing"_s,
                               u"Degraded"_s, u"Since"_s}));
        const QJsonArray row = table["rows"_L1][0]["cells"_L1].toArray();
        QCOMPARE(row,
                 (QJsonArray {u"image-registry"_s, u"4.16.21"_s, u"True"_s, u"False"_s,
                              QJsonValue::Null, u"3h"_s}));
        QCOMPARE(table["rows"_L1][0]["object"_L1]["kind"_L1].toString(),
                 u"PartialObjectMetadata"_s);

        request.include = TableRequest::Include::Object;
        table = toTable(*co, request, {object}, {}, now, false);
        QVERIFY(!table.contains("columnDefinitions"_L1));
        QCOMPARE(table["rows"_L1][0]["object"_L1].toObject(), object);
    }
};

QTEST_GUILESS_MAIN(tst_TableConvertor)
#include "tst_tableconvertor.moc"
