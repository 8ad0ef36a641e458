// SPDX-License-Identifier: Apache-2.0
// The procedure's steps 1 to 4 and 8 through Berth's pages, in the main window against
// berth-sandbox; then the real kubectl checks that the cluster holds exactly what the seed's
// oc commands make, run (as kubectl) on a second, fresh sandbox.
#include "dialogs/grantdialog.h"
#include "mainwindow.h"
#include "openshift/rolebindings.h"
#include "pagefixture.h"
#include "pages/accesspage.h"
#include "pages/registrypage.h"
#include "pages/routespage.h"
#include "pages/storagepage.h"
#include "seedsteps.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_Procedure : public QObject, Test::PageFixture
{
    Q_OBJECT

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
        auto *classes = named<QTableView>(storage, u"Storage classes"_s);
        for (int row = 0; row < classes->model()->rowCount(); ++row) {
            if (classes->model()->index(row, 0).data().toString() == u"ontap-gold")
                classes->selectRow(row);
        }
        driver.arm();
        named<QPushButton>(storage, u"Stage making the selected class the default"_s)->click();
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
        // Through the Grant dialog, as a user fills it in; a timer handles the modal dialog.
        auto *access = window.findChild<AccessPage *>();
        QString role, kind, name;
        QTimer grantDriver;
        grantDriver.setInterval(50);
        connect(&grantDriver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<GrantDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            grantDriver.stop();
            named<QComboBox>(dialog, u"Role"_s)->setCurrentText(role);
            auto *kinds = named<QComboBox>(dialog, u"Grant to"_s);
            kinds->setCurrentIndex(kinds->findText(kind));
            QTest::keyClicks(named<QLineEdit>(dialog, u"Name"_s), name);
            named<QLineEdit>(dialog, u"Project"_s)->setText(u"team-a"_s);
            named<QPushButton>(dialog, u"Stage the grant"_s)->click();
            if (dialog->isVisible())
                dialog->reject();
        });
        int expected = 3;
        for (const QString &r : {u"registry-viewer"_s, u"registry-editor"_s}) {
            for (const auto &[k, n] : {std::pair {u"User"_s, u"ocp-user"_s},
                                       std::pair {u"Group"_s, u"ocp-user-group"_s}}) {
                role = r;
                kind = k;
                name = n;
                grantDriver.start();
                driver.arm();
                named<QPushButton>(access, u"Grant a role"_s)->click();
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
        const QString failed = Test::runSeedSteps(&seed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject ours = Test::seedStepsState(m_sandbox.get());
        // What is compared is there: both classes, the config, the four bindings and admin.
        QCOMPARE(ours.value("storageclasses"_L1).toArray().size(), 2);
        QCOMPARE(ours.value("rolebindings"_L1).toArray().size(), 5);
        QCOMPARE(ours.value("config"_L1).toObject().value("kind"_L1).toString(), u"Config"_s);
        const QString difference = Test::seedStepsDifference(ours, Test::seedStepsState(&seed));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_MAIN(tst_Procedure)
#include "tst_procedure.moc"
