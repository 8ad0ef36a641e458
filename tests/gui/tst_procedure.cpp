// SPDX-License-Identifier: Apache-2.0
// The procedure's steps 1 to 4 and 8 through Berth's pages, in the main window against
// berth-sandbox; then the real kubectl checks that the cluster holds exactly what the seed's
// oc commands make, run (as kubectl) on a second, fresh sandbox.
#include "mainwindow.h"
#include "openshift/rolebindings.h"
#include "pagefixture.h"
#include "pages/accesspage.h"
#include "pages/registrypage.h"
#include "pages/routespage.h"
#include "pages/storagepage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

namespace {
/// What an object is, without what the server or the operator keeps on it.
QJsonObject essence(QJsonObject o)
{
    QJsonObject meta = o.value("metadata"_L1).toObject();
    for (const char *f :
         {"uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "selfLink"})
        meta.remove(QLatin1StringView(f));
    o.insert(u"metadata"_s, meta);
    o.remove(u"status"_s);
    QJsonObject spec = o.value("spec"_L1).toObject();
    spec.remove(u"httpSecret"_s); // random, each sandbox's own
    if (!spec.isEmpty())
        o.insert(u"spec"_s, spec);
    return o;
}
QString dump(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                         : QJsonDocument(v.toObject()).toJson());
}
} // namespace

class tst_Procedure : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    /// The objects steps 1 to 4 and 8 touch, as kubectl reads them from `sandbox`.
    QJsonObject state(Test::SandboxProcess *sandbox)
    {
        // A kubectl that fails gives no objects: the comparison then fails, as it must.
        auto get = [sandbox](const QStringList &args) {
            const Test::ProcessResult r = sandbox->kubectl(args + QStringList {u"-o"_s, u"json"_s});
            if (r.exitCode != 0)
                qWarning() << "kubectl failed:" << args << r.err;
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object()
                                   : QJsonObject {{u"kubectl failed"_s, QString::fromUtf8(r.err)}};
        };
        QJsonArray classes;
        for (const QJsonValue &v : get({u"get"_s, u"storageclasses"_s}).value("items"_L1).toArray())
            classes.append(essence(v.toObject()));
        QJsonArray bindings;
        for (const QJsonValue &v :
             get({u"get"_s, u"rolebindings"_s, u"-n"_s, u"team-a"_s}).value("items"_L1).toArray())
            bindings.append(essence(v.toObject()));
        return {{u"storageclasses"_s, classes},
                {u"config"_s,
                 essence(get(
                     {u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s}))},
                {u"rolebindings"_s, bindings}};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY2(setUp(), qPrintable(m_sandbox->errorString())); }
    void cleanup() { tearDown(); }

    void stepsOneToFourAndEightThroughThePagesMakeWhatTheSeedMakes()
    {
        MainWindow window(m_session.get());
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Test::ReviewPaneDriver driver;
        OpenShift::ChangePlan *plan = window.plan();

        // Step 1: ontap-gold (Trident, ReadWriteMany) the default storage class.
        auto *storage = window.findChild<StoragePage *>();
        QSignalSpy storageLoaded(storage, &StoragePage::loaded);
        storage->refresh();
        QVERIFY(Test::await(storageLoaded));
        driver.arm();
        storage->stageDefault(u"ontap-gold"_s);
        QCOMPARE(driver.applied, 1);

        // Steps 2 and 4: the operator's claim, and Managed; step 3's default route after.
        auto *registry = window.findChild<RegistryPage *>();
        QTRY_VERIFY(named<QComboBox>(registry, u"Management state"_s)->isEnabled());
        auto choose = [registry](const QString &combo, const QString &text) {
            auto *box = named<QComboBox>(registry, combo);
            box->setCurrentIndex(box->findText(text));
        };
        choose(u"Storage"_s, u"Claim made by the operator"_s);
        choose(u"Management state"_s, u"Managed"_s);
        driver.arm();
        named<QPushButton>(registry, u"Stage the form's changes"_s)->click();
        QTRY_COMPARE(driver.applied, 2);
        auto *routes = window.findChild<RoutesPage *>();
        QTRY_VERIFY(
            named<QPushButton>(routes, u"Stage turning on the default route"_s)->isEnabled());
        driver.arm();
        named<QPushButton>(routes, u"Stage turning on the default route"_s)->click();
        QTRY_COMPARE(driver.applied, 3);

        // Step 8: registry-viewer, then registry-editor, for a user and a group in team-a.
        auto *access = window.findChild<AccessPage *>();
        int expected = 3;
        for (const QString &role : {u"registry-viewer"_s, u"registry-editor"_s}) {
            for (const OpenShift::Subject &subject :
                 {OpenShift::Subject::user(u"ocp-user"_s),
                  OpenShift::Subject::group(u"ocp-user-group"_s)}) {
                driver.arm();
                access->stageGrant(role, subject, u"team-a"_s);
                ++expected;
                QTRY_COMPARE(driver.applied, expected);
            }
        }
        QVERIFY(plan->isEmpty());

        // The Status panel says Available once the operator has deployed it.
        QTRY_COMPARE_WITH_TIMEOUT(described<QLabel>(registry, u"Registry status"_s)->text(),
                                  u"Available: the registry is ready (1 of 1 replicas)."_s, 60000);

        // The seed's commands, as kubectl runs them, on a fresh sandbox.
        Test::SandboxProcess seed;
        QVERIFY2(seed.start(), qPrintable(seed.errorString()));
        const QString config = u"configs.imageregistry.operator.openshift.io"_s;
        const QList<QStringList> commands {
            {u"patch"_s, u"storageclass"_s, u"thin"_s, u"-p"_s,
             u"{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": "
             u"\"false\"}}}"_s},
            {u"patch"_s, u"storageclass"_s, u"ontap-gold"_s, u"-p"_s,
             u"{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": "
             u"\"true\"}}}"_s},
            // oc edit: storage: pvc: claim: (empty), then managementState: Managed.
            {u"patch"_s, config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
             u"{\"spec\":{\"storage\":{\"pvc\":{\"claim\":\"\"}}}}"_s},
            {u"patch"_s, config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
             u"{\"spec\":{\"managementState\":\"Managed\"}}"_s},
            {u"patch"_s, config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
             u"{\"spec\":{\"defaultRoute\":true}}"_s},
            // oc policy add-role-to-user/-group: a new binding each, ROLE then ROLE-0.
            {u"create"_s, u"rolebinding"_s, u"registry-viewer"_s,
             u"--clusterrole=registry-viewer"_s, u"--user=ocp-user"_s, u"-n"_s, u"team-a"_s},
            {u"create"_s, u"rolebinding"_s, u"registry-viewer-0"_s,
             u"--clusterrole=registry-viewer"_s, u"--group=ocp-user-group"_s, u"-n"_s, u"team-a"_s},
            {u"create"_s, u"rolebinding"_s, u"registry-editor"_s,
             u"--clusterrole=registry-editor"_s, u"--user=ocp-user"_s, u"-n"_s, u"team-a"_s},
            {u"create"_s, u"rolebinding"_s, u"registry-editor-0"_s,
             u"--clusterrole=registry-editor"_s, u"--group=ocp-user-group"_s, u"-n"_s, u"team-a"_s},
        };
        for (const QStringList &c : commands) {
            const Test::ProcessResult r = seed.kubectl(c);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Both operators have acted: the claim's name is in both specs.
        QTRY_VERIFY_WITH_TIMEOUT(seed.kubectl({u"get"_s, config, u"cluster"_s, u"-o"_s,
                                               u"jsonpath={.spec.storage.pvc.claim}"_s})
                                         .out
                                     == "image-registry-storage",
                                 30000);
        const QJsonObject ours = state(m_sandbox.get());
        const QJsonObject theirs = state(&seed);
        // What is compared is there: both classes, the config, the four bindings and admin.
        QCOMPARE(ours.value("storageclasses"_L1).toArray().size(), 2);
        QCOMPARE(ours.value("rolebindings"_L1).toArray().size(), 5);
        QCOMPARE(ours.value("config"_L1).toObject().value("kind"_L1).toString(), u"Config"_s);
        for (const QString &part : ours.keys())
            QVERIFY2(ours.value(part) == theirs.value(part),
                     qPrintable(part + u":\n"_s + dump(ours.value(part)) + u"\nseed:\n"_s
                                + dump(theirs.value(part))));
    }
};

QTEST_MAIN(tst_Procedure)
#include "tst_procedure.moc"
