// SPDX-License-Identifier: Apache-2.0
#include "common/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_YamlJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toJson_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("typed scalars")
            << QByteArray("a: true\nb: 42\nc: 1.5\nd: null\ne: text\n")
            << QByteArray(R"({"a":true,"b":42,"c":1.5,"d":null,"e":"text"})");
        QTest::newRow("quoted stay strings")
            << QByteArray("a: \"true\"\nb: '42'\n") << QByteArray(R"({"a":"true","b":"42"})");
        QTest::newRow("annotation false")
            << QByteArray("storageclass.kubernetes.io/is-default-class: \"false\"\n")
            << QByteArray(R"({"storageclass.kubernetes.io/is-default-class":"false"})");
        QTest::newRow("list") << QByteArray("- a\n- {b: 1}\n") << QByteArray(R"(["a",{"b":1}])");
        QTest::newRow("empty values")
            << QByteArray("a: {}\nb: []\nc:\n") << QByteArray(R"({"a":{},"b":[],"c":null})");
        QTest::newRow("version string")
            << QByteArray("v: 4.16.21\n") << QByteArray(R"({"v":"4.16.21"})");
    }
    void toJson()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        const auto value = Berth::yamlToJson(yaml);
        QVERIFY(value);
        const QJsonDocument doc
            = value->isArray() ? QJsonDocument(value->toArray()) : QJsonDocument(value->toObject());
        QCOMPARE(doc.toJson(QJsonDocument::Compact), json);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("kube object")
            << QByteArray("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{"
                          "\"annotations\":{\"x\":\"true\",\"y\":\"007\",\"z\":\"\"}},"
                          "\"data\":{\"a\":\"line1\\nline2\",\"b\":\"- not a list\",\"c\":\"key: "
                          "value\",\"d\":\"\x23hash\"}}");
        QTest::newRow("nested lists")
            << QByteArray(R"({"a":[[1,2],[]],"b":[{"c":[{"d":null}]}],"e":3.25,"f":false})");
        // No raw strings in these two rows: moc misreads apostrophes and '#' inside them.
        QTest::newRow("quotes") << QByteArray(
            "{\"q\":\"it\x27s \\\"quoted\\\"\",\"r\":\"\x27single\x27\"}");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject original = QJsonDocument::fromJson(json).object();
        QVERIFY(!original.isEmpty());
        const QByteArray yaml = Berth::jsonToYaml(original);
        const auto back = Berth::yamlToJson(yaml);
        QVERIFY2(back, yaml.constData());
        QCOMPARE(back->toObject(), original);
    }

    void badYamlIsAnError()
    {
        const auto value = Berth::yamlToJson("a: [1, 2\n");
        QVERIFY(!value);
        QCOMPARE(value.error().kind(), Berth::Error::Kind::Parse);
    }

    void multipleDocuments()
    {
        const auto docs = Berth::yamlDocumentsToJson("a: 1\n---\nb: 2\n---\n");
        QVERIFY(docs);
        QCOMPARE(docs->size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_YamlJson)
#include "tst_yamljson.moc"
