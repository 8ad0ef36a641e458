// SPDX-License-Identifier: Apache-2.0
// An object edited as YAML: what the editor shows, what the edit comes to, what is refused,
// and where a server's cause is in the text.
#include "common/yamljson.h"
#include "openshift/yamledit.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

namespace {
QJsonObject config()
{
    return {{u"apiVersion"_s, u"imageregistry.operator.openshift.io/v1"_s},
            {u"kind"_s, u"Config"_s},
            {u"metadata"_s,
             QJsonObject {{u"name"_s, u"cluster"_s},
                          {u"resourceVersion"_s, u"42"_s},
                          {u"managedFields"_s, QJsonArray {QJsonObject {{u"manager"_s, u"x"_s}}}}}},
            {u"spec"_s,
             QJsonObject {{u"managementState"_s, u"Managed"_s},
                          {u"replicas"_s, 1},
                          {u"httpSecret"_s, u"s3cr3t"_s}}}};
}
} // namespace

class tst_YamlEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTextHidesManagedFieldsAndTheSecret()
    {
        const QString text = YamlEdit(Kube::Resources::registryConfigs(), config()).text();
        QVERIFY(!text.contains(u"managedFields"_s));
        QVERIFY(text.contains(u"httpSecret: REDACTED"_s));
        QVERIFY(!text.contains(u"s3cr3t"_s));
    }

    void anEditIsAGuardedReplaceThatKeepsTheSecret()
    {
        const YamlEdit edit(Kube::Resources::registryConfigs(), config());
        QString text = edit.text();
        text.replace(u"replicas: 1"_s, u"replicas: 2"_s);
        const auto change = edit.change(text);
        QVERIFY(change && change->has_value());
        const Change &c = **change;
        QCOMPARE(c.write, Change::Write::Replace);
        QCOMPARE(c.guard, u"42"_s);
        QCOMPARE(c.object.value("spec"_L1).toObject().value("replicas"_L1).toInt(), 2);
        QCOMPARE(c.object.value("spec"_L1).toObject().value("httpSecret"_L1).toString(),
                 u"s3cr3t"_s);
        // The command is the merge patch of what changed, never the secret.
        QCOMPARE(c.command.toShell(),
                 u"oc patch configs.imageregistry.operator.openshift.io/cluster --type=merge -p "
                 u"'{\"spec\":{\"replicas\":2}}'"_s);
        // Unchanged text is no change.
        QVERIFY(!edit.change(edit.text())->has_value());
    }

    void whatKubectlEditRefusesIsRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("kind") << u"kind: Config"_s << u"kind: Other"_s;
        QTest::newRow("name") << u"name: cluster"_s << u"name: other"_s;
        QTest::newRow("namespace") << u"name: cluster"_s << u"name: cluster\n  namespace: x"_s;
        QTest::newRow("apiVersion")
            << u"apiVersion: imageregistry.operator.openshift.io/v1"_s << u"apiVersion: v1"_s;
    }
    void whatKubectlEditRefusesIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const YamlEdit edit(Kube::Resources::registryConfigs(), config());
        QString text = edit.text();
        QVERIFY(text.contains(from));
        const auto change = edit.change(text.replace(from, to));
        QVERIFY(!change);
        QVERIFY(change.error().message().contains(u"cannot be changed"_s));
    }

    void invalidYamlIsRefusedWithItsLine()
    {
        const YamlEdit edit(Kube::Resources::registryConfigs(), config());
        int line = 0;
        const auto change = edit.change(u"spec:\n  replicas: 1\n  bad: [unclosed\n"_s, &line);
        QVERIFY(!change);
        QVERIFY(change.error().message().contains(u"not valid YAML"_s));
        QVERIFY2(line >= 3, qPrintable(QString::number(line)));
        QVERIFY(!edit.change(u"- a\n- b\n"_s));
    }

    void aCauseIsFoundAtItsLine()
    {
        const QByteArray yaml = "metadata:\n  name: x\n  labels:\n    app: web\nspec:\n  routes:\n"
                                "  - name: a\n  - name: b\n    hostname: h\n";
        QCOMPARE(yamlLineOf(yaml, u"spec.routes[1].hostname"_s), 9);
        QCOMPARE(yamlLineOf(yaml, u"spec.routes[0].name"_s), 7);
        QCOMPARE(yamlLineOf(yaml, u"metadata.labels[app]"_s), 4);
        // Not there: the deepest part that is.
        QCOMPARE(yamlLineOf(yaml, u"spec.replicas"_s), 5);
        QCOMPARE(yamlLineOf(yaml, u"status"_s), 0);
        QCOMPARE(yamlLineOf("[unclosed", u"spec"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_YamlEdit)
#include "tst_yamledit.moc"
