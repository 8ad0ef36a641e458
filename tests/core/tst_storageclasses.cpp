// SPDX-License-Identifier: Apache-2.0
#include "openshift/storageclasses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

namespace {
/// "name" with its annotations: "thin=true" -> default, "gold" -> no annotations at all,
/// "x=false", "old:beta=true" -> the beta annotation.
StorageClassInfo storageClass(const QString &spec)
{
    const QString name = spec.section(u'=', 0, 0).section(u':', 0, 0);
    QJsonObject meta {{u"name"_s, name}};
    if (name == u"both") { // both annotations "true"
        meta.insert(
            u"annotations"_s,
            QJsonObject {{u"storageclass.kubernetes.io/is-default-class"_s, u"true"_s},
                         {u"storageclass.beta.kubernetes.io/is-default-class"_s, u"true"_s}});
    } else if (spec.contains(u'=')) {
        const QString key = spec.contains(u":beta"_s)
            ? u"storageclass.beta.kubernetes.io/is-default-class"_s
            : u"storageclass.kubernetes.io/is-default-class"_s;
        meta.insert(u"annotations"_s, QJsonObject {{key, spec.section(u'=', 1)}});
    }
    return StorageClassInfo::fromObject(
        QJsonObject {{u"metadata"_s, meta}, {u"provisioner"_s, u"csi.trident.netapp.io"_s}});
}
} // namespace

class tst_StorageClasses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setDefault_data()
    {
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QString>("name");
        // Each change: "NAME PATCH", in the order they are sent.
        QTest::addColumn<QStringList>("changes");
        const QString makeTrueWithMap
            = u"[{\"op\":\"add\",\"path\":\"/metadata/annotations\",\"value\":{}},"
              "{\"op\":\"add\",\"path\":\"/metadata/annotations/"
              "storageclass.kubernetes.io~1is-default-class\",\"value\":\"true\"}]"_s;
        const QString unsetThin = u"[{\"op\":\"replace\",\"path\":\"/metadata/annotations/"
                                  "storageclass.kubernetes.io~1is-default-class\","
                                  "\"value\":\"false\"}]"_s;
        QTest::newRow("the seed: thin to ontap-gold")
            << QStringList {u"thin=true"_s, u"ontap-gold"_s} << u"ontap-gold"_s
            << QStringList {u"ontap-gold "_s + makeTrueWithMap, u"thin "_s + unsetThin};
        QTest::newRow("already the only default")
            << QStringList {u"thin=false"_s, u"ontap-gold=true"_s} << u"ontap-gold"_s
            << QStringList {};
        QTest::newRow("default, and another one too")
            << QStringList {u"thin=true"_s, u"ontap-gold=true"_s} << u"ontap-gold"_s
            << QStringList {u"thin "_s + unsetThin};
        QTest::newRow("annotated false: replaced")
            << QStringList {u"thin=true"_s, u"ontap-gold=false"_s} << u"ontap-gold"_s
            << QStringList {u"ontap-gold [{\"op\":\"replace\",\"path\":\"/metadata/annotations/"
                            "storageclass.kubernetes.io~1is-default-class\",\"value\":\"true\"}]"_s,
                            u"thin "_s + unsetThin};
        QTest::newRow("the beta annotation is unset too")
            << QStringList {u"old:beta=true"_s, u"ontap-gold"_s} << u"ontap-gold"_s
            << QStringList {u"ontap-gold "_s + makeTrueWithMap,
                            u"old [{\"op\":\"replace\",\"path\":\"/metadata/annotations/"
                            "storageclass.beta.kubernetes.io~1is-default-class\","
                            "\"value\":\"false\"}]"_s};
        QTest::newRow("both annotations true: one patch for the class")
            << QStringList {u"both=true"_s, u"ontap-gold"_s} << u"ontap-gold"_s
            << QStringList {u"ontap-gold "_s + makeTrueWithMap,
                            u"both [{\"op\":\"replace\",\"path\":\"/metadata/annotations/"
                            "storageclass.kubernetes.io~1is-default-class\",\"value\":\"false\"},"
                            "{\"op\":\"replace\",\"path\":\"/metadata/annotations/"
                            "storageclass.beta.kubernetes.io~1is-default-class\","
                            "\"value\":\"false\"}]"_s};
        QTest::newRow("classes without the annotation are left alone")
            << QStringList {u"thin=true"_s, u"ontap-gold"_s, u"local"_s} << u"ontap-gold"_s
            << QStringList {u"ontap-gold "_s + makeTrueWithMap, u"thin "_s + unsetThin};
    }
    void setDefault()
    {
        QFETCH(QStringList, classes);
        QFETCH(QString, name);
        QFETCH(QStringList, changes);
        QList<StorageClassInfo> infos;
        for (const QString &spec : std::as_const(classes))
            infos.append(storageClass(spec));
        const auto planned = StorageClasses::setDefault(infos, name);
        QVERIFY(planned);
        QStringList got;
        for (const Change &c : *planned) {
            QCOMPARE(c.patchType, Kube::PatchType::Json);
            QCOMPARE(
                c.command.arguments().mid(0, 5),
                (QStringList {u"oc"_s, u"patch"_s, u"storageclass"_s, c.name, u"--type=json"_s}));
            QCOMPARE(c.command.arguments().value(6), QString::fromUtf8(c.patch));
            got.append(c.name + u' ' + QString::fromUtf8(c.patch));
        }
        QCOMPARE(got, changes);
    }

    void anUnknownClassIsRefusedByName()
    {
        const auto planned = StorageClasses::setDefault({storageClass(u"thin=true"_s)}, u"gold"_s);
        QVERIFY(!planned);
        QCOMPARE(planned.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(planned.error().message().contains(u"no storage class named \"gold\""_s));
    }

    void twoDefaultsAreNamed()
    {
        QCOMPARE(StorageClasses::defaults({storageClass(u"a=true"_s), storageClass(u"b"_s),
                                           storageClass(u"c:beta=true"_s)}),
                 (QStringList {u"a"_s, u"c"_s}));
    }

    void rwx_data()
    {
        QTest::addColumn<QString>("provisioner");
        QTest::addColumn<int>("answer");
        using A = RwxSupport::Answer;
        QTest::newRow("trident") << u"csi.trident.netapp.io"_s << int(A::Yes);
        QTest::newRow("vsphere in-tree") << u"kubernetes.io/vsphere-volume"_s << int(A::No);
        QTest::newRow("vsphere csi") << u"csi.vsphere.vmware.com"_s << int(A::Conditional);
        QTest::newRow("local") << u"kubernetes.io/no-provisioner"_s << int(A::No);
        QTest::newRow("unknown") << u"example.com/magic"_s << int(A::NotKnown);
    }
    void rwx()
    {
        QFETCH(QString, provisioner);
        QFETCH(int, answer);
        const RwxSupport support = StorageClasses::rwxSupport(provisioner);
        QCOMPARE(int(support.answer), answer);
        QVERIFY(!support.note.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StorageClasses)
#include "tst_storageclasses.moc"
