// SPDX-License-Identifier: Apache-2.0
// What Berth says of the image pruner after a tag is removed (tst_openshiftregistry reads the
// sandbox's pruner through berthctl image rm).
#include "openshift/imagepruner.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

class tst_ImagePruner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageNote_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("note");
        QTest::newRow("the operator's defaults")
            << QByteArray(R"({"spec":{}})")
            << u"The space comes back when the image pruner runs (daily at midnight) and the "
               u"image is in no other tag, used by no pod, older than 60m and not among the 3 "
               u"newest revisions of a tag."_s;
        QTest::newRow("its own schedule, and a failed run")
            << QByteArray(R"({"spec":{"schedule":"30 2 * * 6","keepTagRevisions":5,)"
                          R"("keepYoungerThanDuration":"24h"},"status":{"conditions":[)"
                          R"({"type":"Failed","status":"True","message":"Job has reached the )"
                          R"(specified backoff limit"}]}})")
            << u"The space comes back when the image pruner runs (on the schedule 30 2 * * 6) "
               u"and the image is in no other tag, used by no pod, older than 24h and not among "
               u"the 5 newest revisions of a tag. Its last run failed: Job has reached the "
               u"specified backoff limit"_s;
        QTest::newRow("suspended")
            << QByteArray(R"({"spec":{"suspend":true,"schedule":"0 0 * * *"}})")
            << u"The image pruner is suspended: the space comes back only when images are "
               u"pruned by hand (oc adm prune images --confirm)."_s;
    }
    void storageNote()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, note);
        QCOMPARE(
            ImagePruner::storageNote(ImagePruner::fromJson(QJsonDocument::fromJson(json).object())),
            note);
    }
    void anUnreadablePrunerIsSaid()
    {
        const QString note
            = ImagePruner::storageNote(Error(Error::Kind::Forbidden, u"imagepruners cluster"_s));
        QVERIFY2(note.startsWith(u"The space comes back when images are pruned (when the image "
                                 u"pruner runs is not known: "_s),
                 qPrintable(note));
    }
};

QTEST_GUILESS_MAIN(tst_ImagePruner)
#include "tst_imagepruner.moc"
