// SPDX-License-Identifier: Apache-2.0
// The Storage page and the Review pane against berth-sandbox, checked with the real kubectl.
#include "mainwindow.h"
#include "models/storageclassmodel.h"
#include "pagefixture.h"
#include "pages/storagepage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_StoragePage : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    QString defaultAnnotation(const QString &sc)
    {
        return QString::fromUtf8(
            m_sandbox
                ->kubectl({u"get"_s, u"storageclass"_s, sc, u"-o"_s,
                           u"jsonpath={.metadata.annotations.storageclass\\.kubernetes\\.io/"
                           u"is-default-class}"_s})
                .out);
    }
    /// A page on the session, loaded.
    std::unique_ptr<StoragePage> loadedPage()
    {
        auto page = std::make_unique<StoragePage>(m_session.get(), m_plan.get());
        QSignalSpy loaded(page.get(), &StoragePage::loaded);
        page->refresh();
        [&] { QVERIFY(Test::await(loaded)); }();
        return page;
    }
    void logInAs(const QString &identity)
    {
        QVERIFY2(useIdentity(identity), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_session->open());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY2(setUp(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_session->open());
    }
    void cleanup() { tearDown(); }

    void listsTheClassesAndSaysWhichCanServeTheRegistry()
    {
        auto page = loadedPage();
        QAbstractItemModelTester tester(page->model());
        StorageClassModel *model = page->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, StorageClassModel::NameColumn).data().toString(), u"ontap-gold"_s);
        QCOMPARE(model->index(0, StorageClassModel::RwxColumn).data().toString(), u"Yes"_s);
        QCOMPARE(model->index(1, StorageClassModel::RwxColumn).data().toString(), u"No"_s);
        QCOMPARE(model->index(1, StorageClassModel::DefaultColumn).data().toString(), u"Default"_s);
        QCOMPARE(described<QLabel>(page.get(), u"Default storage class"_s)->text(),
                 u"The default storage class is thin."_s);
        // The filter narrows the table as one types.
        auto *view = named<QTableView>(page.get(), u"Storage classes"_s);
        QTest::keyClicks(named<QLineEdit>(page.get(), u"Filter storage classes"_s), u"trident"_s);
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void setAsDefaultIsReviewedThenAppliedAndTheTableFollowsLive()
    {
        auto page = loadedPage();
        auto *view = named<QTableView>(page.get(), u"Storage classes"_s);
        auto *setDefault
            = named<QPushButton>(page.get(), u"Stage making the selected class the default"_s);
        QVERIFY(!setDefault->isEnabled()); // nothing selected
        view->selectRow(1); // thin, already the default
        QVERIFY(!setDefault->isEnabled());
        view->selectRow(0); // ontap-gold
        QVERIFY(setDefault->isEnabled());
        QSignalSpy review(page.get(), &StoragePage::reviewRequested);
        setDefault->click();
        QCOMPARE(review.size(), 1);
        QCOMPARE(m_plan->changes().size(), 2);
        QVERIFY(named<QPushButton>(page.get(), u"Review and apply the staged changes"_s)
                    ->text()
                    .contains(u"(2)"_s));

        ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &ReviewDialog::reviewed);
        QVERIFY(Test::await(reviewed));
        QCOMPARE(dialog.reviews().size(), 2);
        auto *diff = named<QPlainTextEdit>(&dialog, u"Diff of the object"_s);
        QVERIFY2(diff->toPlainText().contains(
                     u"+    storageclass.kubernetes.io/is-default-class: 'true'"_s),
                 qPrintable(diff->toPlainText()));
        QVERIFY(named<QPlainTextEdit>(&dialog, u"Equivalent oc command"_s)
                    ->toPlainText()
                    .startsWith(u"oc patch storageclass ontap-gold --type=json -p '"_s));
        QVERIFY(named<QPlainTextEdit>(&dialog, u"Request sent to the server"_s)
                    ->toPlainText()
                    .startsWith(u"PATCH /apis/storage.k8s.io/v1/storageclasses/ontap-gold"_s));
        // Nothing is changed until Apply.
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        auto *apply = named<QPushButton>(&dialog, u"Apply all staged changes"_s);
        QVERIFY(apply->isEnabled());
        QSignalSpy appliedAll(&dialog, &ReviewDialog::appliedAll);
        apply->click();
        QVERIFY(Test::await(appliedAll));
        QCOMPARE(appliedAll.first().first().toBool(), true);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"false"_s);
        QVERIFY(m_plan->isEmpty());
        // The watch brings the change in, and then one made elsewhere.
        QTRY_COMPARE(described<QLabel>(page.get(), u"Default storage class"_s)->text(),
                     u"The default storage class is ontap-gold."_s);
        QCOMPARE(m_sandbox
                     ->kubectl({u"annotate"_s, u"--overwrite"_s, u"storageclass"_s, u"thin"_s,
                                u"storageclass.kubernetes.io/is-default-class=true"_s})
                     .exitCode,
                 0);
        QTRY_VERIFY(described<QLabel>(page.get(), u"Default storage class"_s)
                        ->text()
                        .startsWith(u"ontap-gold, thin are all marked default"_s));
    }

    void aViewerSeesTheRefusalAndKeepsTheChange()
    {
        logInAs(u"viewer"_s);
        auto page = loadedPage();
        page->stageDefault(u"ontap-gold"_s);
        ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &ReviewDialog::reviewed);
        QVERIFY(Test::await(reviewed));
        QCOMPARE(dialog.reviews().at(0).verdict.kind(), Error::Kind::Forbidden);
        QVERIFY(!named<QPushButton>(&dialog, u"Apply all staged changes"_s)->isEnabled());
        QVERIFY2(described<QLabel>(&dialog, u"The server's verdict"_s)
                     ->text()
                     .contains(u"cannot patch resource \"storageclasses\""_s),
                 qPrintable(described<QLabel>(&dialog, u"The server's verdict"_s)->text()));
        named<QPushButton>(&dialog, u"Close, keeping the changes staged"_s)->click();
        QCOMPARE(m_plan->changes().size(), 2);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
    }

    void anExpiredLoginKeepsTheChangesAndTheyAreReviewedAgainAfterTheNext_data()
    {
        QTest::addColumn<bool>("duringApply");
        QTest::newRow("review") << false;
        QTest::newRow("apply") << true;
    }
    void anExpiredLoginKeepsTheChangesAndTheyAreReviewedAgainAfterTheNext()
    {
        // The token stops working (expired, revoked) before the review, or between the review
        // and Apply All: nothing is written, the changes stay, the pane says to log in again,
        // and after the login (File > Log In opens the session again) it reviews them again.
        QFETCH(bool, duringApply);
        auto page = loadedPage();
        page->stageDefault(u"ontap-gold"_s);
        auto revoke = [this] { m_session->client()->http()->setBearerToken("sha256~revoked"); };
        if (!duringApply)
            revoke();
        ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &ReviewDialog::reviewed);
        QSignalSpy appliedAll(&dialog, &ReviewDialog::appliedAll);
        QVERIFY(Test::await(reviewed));
        auto *apply = named<QPushButton>(&dialog, u"Apply all staged changes"_s);
        if (duringApply) {
            QVERIFY(apply->isEnabled());
            revoke();
            apply->click();
            QVERIFY(Test::await(appliedAll));
            QCOMPARE(appliedAll.first().first().toBool(), false);
        } else {
            QCOMPARE(dialog.reviews().at(0).verdict.kind(), Error::Kind::Unauthorized);
            QVERIFY(!apply->isEnabled());
        }
        QVERIFY2(dialog.statusText().contains(u"Log in again"_s), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(u"reviewed again"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(m_plan->changes().size(), 2);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        auto *logIn = named<QPushButton>(&dialog, u"Log in again"_s);
        QVERIFY(logIn->isVisible());
        QSignalSpy logInRequested(&dialog, &ReviewDialog::logInRequested);
        logIn->click(); // the main window opens its login dialog then
        QCOMPARE(logInRequested.size(), 1);
        QCOMPARE(logIn->nextInFocusChain(),
                 named<QPushButton>(&dialog, u"Discard all staged changes"_s)); // screen order

        reviewed.clear();
        QVERIFY(m_session->open()); // what the login does once it has a token
        QVERIFY(Test::await(reviewed));
        QVERIFY(!logIn->isVisible());
        QVERIFY2(dialog.statusText().contains(u"accepts all 2"_s), qPrintable(dialog.statusText()));
        appliedAll.clear();
        apply->click();
        QVERIFY(Test::await(appliedAll));
        QCOMPARE(appliedAll.first().first().toBool(), true);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"false"_s);
    }

    void aConflictKeepsTheChangesAndShowsWhatSomeoneElseChanged()
    {
        auto page = loadedPage();
        page->stageDefault(u"ontap-gold"_s);
        ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &ReviewDialog::reviewed);
        QVERIFY(Test::await(reviewed));
        QCOMPARE(
            m_sandbox->kubectl({u"label"_s, u"storageclass"_s, u"ontap-gold"_s, u"tier=gold"_s})
                .exitCode,
            0);
        QSignalSpy appliedAll(&dialog, &ReviewDialog::appliedAll);
        named<QPushButton>(&dialog, u"Apply all staged changes"_s)->click();
        QVERIFY(Test::await(appliedAll));
        QCOMPARE(appliedAll.first().first().toBool(), false);
        QVERIFY2(dialog.statusText().contains(u"the object has been modified"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(m_plan->changes().size(), 2);
        QVERIFY(named<QPlainTextEdit>(&dialog, u"Diff of the object"_s)
                    ->toPlainText()
                    .contains(u"+    tier: gold"_s));
        // Reviewed again, it goes through on top of their change.
        named<QPushButton>(&dialog, u"Review the staged changes again"_s)->click();
        QVERIFY(Test::await(reviewed));
        appliedAll.clear();
        named<QPushButton>(&dialog, u"Apply all staged changes"_s)->click();
        QVERIFY(Test::await(appliedAll));
        QCOMPARE(appliedAll.first().first().toBool(), true);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
    }

    void revertFromTheMainWindowUndoesTheLastChange()
    {
        MainWindow window(m_session.get());
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<StoragePage *>();
        QVERIFY(page);
        QSignalSpy loaded(page, &StoragePage::loaded);
        window.setCurrentPage(1);
        page->refresh();
        QVERIFY(Test::await(loaded));
        Test::ReviewPaneDriver driver;
        // Ctrl+Alt+Z. The desktop gives the window back its focus when a dialog closes;
        // offscreen, the test does.
        auto pressRevert = [&window] {
            window.activateWindow();
            if (!QTest::qWaitForWindowActive(&window))
                return false;
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
            return true;
        };
        driver.arm();
        page->stageDefault(u"ontap-gold"_s); // opens the Review pane
        QCOMPARE(driver.applied, 1);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        // A revert whose pane is closed unapplied stays to be done: it is only staged, both
        // patches of the one Set as Default.
        driver.arm(true);
        QVERIFY(pressRevert());
        QCOMPARE(driver.applied, 1);
        QCOMPARE(window.plan()->changes().size(), 2);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"false"_s);
        driver.arm();
        QVERIFY(pressRevert());
        QCOMPARE(driver.applied, 2);
        // Set as Default went back whole: thin is the one default again.
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), QString());
        // The cluster's history is walked back to its start: the status bar says so, and no
        // pane opens (an armed driver would close it unapplied).
        driver.arm(true);
        QVERIFY(pressRevert());
        QCOMPARE(driver.applied, 2);
        QVERIFY(window.plan()->isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"left to revert"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        // File > Forget Last Change drops a change from the history, the cluster as it is.
        driver.arm();
        page->stageDefault(u"ontap-gold"_s);
        QCOMPARE(driver.applied, 3);
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto forget = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->text() == u"&Forget Last Change"_s;
        });
        QVERIFY(forget != actions.cend());
        (*forget)->trigger();
        QVERIFY2(
            window.statusBar()->currentMessage().startsWith(u"Dropped from the change history"_s),
            qPrintable(window.statusBar()->currentMessage()));
        driver.arm(true);
        QVERIFY(pressRevert());
        QVERIFY(window.plan()->isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(u"left to revert"_s));
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        // What berthctl applied (the same user's history) is reverted from the window too.
        QTemporaryDir home;
        QProcessEnvironment berthctlEnvironment = m_sandbox->userEnvironment(home.path());
        berthctlEnvironment.insert(u"XDG_STATE_HOME"_s, m_state->path());
        const Test::ProcessResult set = Test::runProgram(
            QStringLiteral(BERTHCTL_BINARY), {u"storageclass"_s, u"set-default"_s, u"thin"_s},
            berthctlEnvironment);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        driver.arm();
        QVERIFY(pressRevert());
        QCOMPARE(driver.applied, 4);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"false"_s);
    }
};

QTEST_MAIN(tst_StoragePage)
#include "tst_storagepage.moc"
