// SPDX-License-Identifier: Apache-2.0
// The sandbox's CRD validation against the real registry operator CRD.
#include "common/yamljson.h"
#include "schemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Sandbox;

class tst_SchemaValidator : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(BERTH_FIXTURES_DIR
                               "/crds/imageregistry.operator.openshift.io_configs.crd.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto crd = Berth::yamlToJson(f.readAll());
        QVERIFY(crd);
        m_schema = crd->toObject()["spec"_L1]["versions"_L1][0]["schema"_L1]["openAPIV3Schema"_L1]
                       .toObject();
        QVERIFY(!m_schema.isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<QString>("reason");
        QTest::newRow("valid") << QByteArray(
            R"({"managementState":"Managed","replicas":1,"storage":{"pvc":{"claim":""}},"defaultRoute":true})")
                               << QString() << QString();
        QTest::newRow("pattern") << QByteArray(R"({"managementState":"Foo","replicas":1})")
                                 << u"spec.managementState"_s << u"FieldValueInvalid"_s;
        QTest::newRow("type") << QByteArray(R"({"managementState":"Managed","replicas":"two"})")
                              << u"spec.replicas"_s << u"FieldValueTypeInvalid"_s;
        QTest::newRow("enum") << QByteArray(
            R"({"managementState":"Managed","replicas":1,"logLevel":"Loud"})")
                              << u"spec.logLevel"_s << u"FieldValueNotSupported"_s;
        QTest::newRow("route item type")
            << QByteArray(R"({"managementState":"Managed","replicas":1,"routes":[{"name":7}]})")
            << u"spec.routes[0].name"_s << u"FieldValueTypeInvalid"_s;
    }
    void validate()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const QJsonObject object {{u"apiVersion"_s, u"imageregistry.operator.openshift.io/v1"_s},
                                  {u"kind"_s, u"Config"_s},
                                  {u"metadata"_s, QJsonObject {{u"name"_s, u"cluster"_s}}},
                                  {u"spec"_s, QJsonDocument::fromJson(spec).object()}};
        const auto outcome = SchemaValidator::validate(m_schema, object);
        if (field.isEmpty()) {
            QVERIFY2(outcome.causes.isEmpty(),
                     qPrintable(outcome.causes.value(0).field + u": "_s
                                + outcome.causes.value(0).message));
            return;
        }
        QVERIFY(!outcome.causes.isEmpty());
        QCOMPARE(outcome.causes.constFirst().field, field);
        QCOMPARE(outcome.causes.constFirst().reason, reason);
    }

    void messageAsTheApiServerWritesIt()
    {
        const QJsonObject object {
            {u"spec"_s, QJsonObject {{u"managementState"_s, u"Foo"_s}, {u"replicas"_s, 1}}}};
        const auto outcome = SchemaValidator::validate(m_schema, object);
        QCOMPARE(
            outcome.causes.constFirst().message,
            u"Invalid value: \"Foo\": spec.managementState in body should match '^(Managed|Unmanaged|Force|Removed)$'"_s);
    }

    void unknownFieldsArePruned()
    {
        const QJsonObject object {{u"metadata"_s, QJsonObject {{u"name"_s, u"cluster"_s}}},
                                  {u"spec"_s,
                                   QJsonObject {{u"managementState"_s, u"Managed"_s},
                                                {u"replicas"_s, 1},
                                                {u"bogus"_s, true}}}};
        const auto outcome = SchemaValidator::validate(m_schema, object);
        QCOMPARE(outcome.unknownFields, QStringList {u"spec.bogus"_s});
        QVERIFY(!outcome.pruned["spec"_L1].toObject().contains("bogus"_L1));
        QCOMPARE(outcome.pruned["metadata"_L1]["name"_L1].toString(), u"cluster"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
