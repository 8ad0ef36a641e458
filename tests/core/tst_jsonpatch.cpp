// SPDX-License-Identifier: Apache-2.0
#include "jsonpatch.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Sandbox;

static QJsonValue json(const QByteArray &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

class tst_JsonPatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("result");
        // RFC 7386 appendix A, in part.
        QTest::newRow("replace") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})")
                                 << QByteArray(R"({"a":"c"})");
        QTest::newRow("add") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})")
                             << QByteArray(R"({"a":"b","b":"c"})");
        QTest::newRow("remove") << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})")
                                << QByteArray(R"({"b":"c"})");
        QTest::newRow("array replaced") << QByteArray(R"({"a":[{"b":"c"}]})")
                                        << QByteArray(R"({"a":[1]})") << QByteArray(R"({"a":[1]})");
        QTest::newRow("nested") << QByteArray(R"({"spec":{"storage":{},"x":1}})")
                                << QByteArray(R"({"spec":{"storage":{"pvc":{"claim":""}}}})")
                                << QByteArray(R"({"spec":{"storage":{"pvc":{"claim":""}},"x":1}})");
    }
    void merge()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, result);
        QCOMPARE(applyMergePatch(json(target), json(patch)), json(result));
    }

    void jsonPatch_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<QByteArray>("result"); // empty: error
        QTest::newRow("add member")
            << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/b","value":2}])")
            << QByteArray(R"({"a":1,"b":2})");
        QTest::newRow("escaped key")
            << QByteArray(R"({"m":{"a/b":"x"}})")
            << QByteArray(R"([{"op":"replace","path":"/m/a~1b","value":"y"}])")
            << QByteArray(R"({"m":{"a/b":"y"}})");
        QTest::newRow("append") << QByteArray(R"({"l":[1]})")
                                << QByteArray(R"([{"op":"add","path":"/l/-","value":2}])")
                                << QByteArray(R"({"l":[1,2]})");
        QTest::newRow("insert") << QByteArray(R"({"l":[1,3]})")
                                << QByteArray(R"([{"op":"add","path":"/l/1","value":2}])")
                                << QByteArray(R"({"l":[1,2,3]})");
        QTest::newRow("remove") << QByteArray(R"({"l":[1,2]})")
                                << QByteArray(R"([{"op":"remove","path":"/l/0"}])")
                                << QByteArray(R"({"l":[2]})");
        QTest::newRow("move") << QByteArray(R"({"a":1})")
                              << QByteArray(R"([{"op":"move","from":"/a","path":"/b"}])")
                              << QByteArray(R"({"b":1})");
        QTest::newRow("copy") << QByteArray(R"({"a":1})")
                              << QByteArray(R"([{"op":"copy","from":"/a","path":"/b"}])")
                              << QByteArray(R"({"a":1,"b":1})");
        QTest::newRow("test ok") << QByteArray(R"({"a":1})")
                                 << QByteArray(R"([{"op":"test","path":"/a","value":1}])")
                                 << QByteArray(R"({"a":1})");
        QTest::newRow("test fails")
            << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"test","path":"/a","value":2}])")
            << QByteArray();
        QTest::newRow("replace missing")
            << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"replace","path":"/b","value":2}])")
            << QByteArray();
        QTest::newRow("index out of range")
            << QByteArray(R"({"l":[]})") << QByteArray(R"([{"op":"remove","path":"/l/3"}])")
            << QByteArray();
    }
    void jsonPatch()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, ops);
        QFETCH(QByteArray, result);
        const auto out = applyJsonPatch(json(target), json(ops).toArray());
        if (result.isEmpty()) {
            QVERIFY(!out);
            return;
        }
        QVERIFY2(out, qPrintable(out.error().detail()));
        QCOMPARE(*out, json(result));
    }

    void strategic_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("result");
        QTest::newRow("annotations as merge")
            << QByteArray(R"({"metadata":{"annotations":{"a":"1","b":"2"}}})")
            << QByteArray(R"({"metadata":{"annotations":{"a":"false"}}})")
            << QByteArray(R"({"metadata":{"annotations":{"a":"false","b":"2"}}})");
        QTest::newRow("merge key append")
            << QByteArray(R"({"imagePullSecrets":[{"name":"a"}]})")
            << QByteArray(R"({"imagePullSecrets":[{"name":"b"}]})")
            << QByteArray(R"({"imagePullSecrets":[{"name":"a"},{"name":"b"}]})");
        QTest::newRow("merge key update")
            << QByteArray(R"({"containers":[{"name":"c","image":"x","args":["1"]}]})")
            << QByteArray(R"({"containers":[{"name":"c","image":"y"}]})")
            << QByteArray(R"({"containers":[{"name":"c","image":"y","args":["1"]}]})");
        QTest::newRow("delete directive")
            << QByteArray(R"({"env":[{"name":"A"},{"name":"B"}]})")
            << QByteArray(R"({"env":[{"name":"A","$patch":"delete"}]})")
            << QByteArray(R"({"env":[{"name":"B"}]})");
        QTest::newRow("atomic list replaced")
            << QByteArray(R"({"finalizers":["a","b"]})") << QByteArray(R"({"finalizers":["c"]})")
            << QByteArray(R"({"finalizers":["c"]})");
        QTest::newRow("set element order dropped")
            << QByteArray(R"({"env":[{"name":"A"}]})")
            << QByteArray(
                   R"({"$setElementOrder/env":[{"name":"A"}],"env":[{"name":"A","value":"1"}]})")
            << QByteArray(R"({"env":[{"name":"A","value":"1"}]})");
    }
    void strategic()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, result);
        QCOMPARE(applyStrategicMergePatch(json(target), json(patch)), json(result));
    }
};

QTEST_GUILESS_MAIN(tst_JsonPatch)
#include "tst_jsonpatch.moc"
