// SPDX-License-Identifier: Apache-2.0
// The Access page, the Grant dialog and the Review pane against berth-sandbox, checked with
// the real kubectl.
#include "dialogs/grantdialog.h"
#include "models/grantmodel.h"
#include "pagefixture.h"
#include "pages/accesspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_AccessPage : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    /// The subjects of a binding in team-a, as kubectl prints them ("User/alice Group/g").
    QString subjects(const QString &binding)
    {
        const Test::ProcessResult got = m_sandbox->kubectl(
            {u"get"_s, u"rolebinding"_s, binding, u"-n"_s, u"team-a"_s, u"-o"_s,
             u"jsonpath={range .subjects[*]}{.kind}/{.name} {end}"_s});
        if (got.exitCode == 0)
            return QString::fromUtf8(got.out).trimmed();
        // Only "no such binding" is "(none)": any other failure fails the comparison.
        return got.err.contains("NotFound") ? u"(none)"_s : QString::fromUtf8(got.err);
    }
    /// A page (made before the session opens, as the window makes it) showing team-a.
    std::unique_ptr<AccessPage> loadedPage()
    {
        auto page = std::make_unique<AccessPage>(m_session.get(), m_plan.get());
        QSignalSpy loaded(page.get(), &AccessPage::loaded);
        [&] { QVERIFY(m_session->open()); }(); // loads the session's namespace, default
        page->showProject(u"team-a"_s);
        [&] { QVERIFY(Test::await(loaded)); }();
        return page;
    }
    /// Reviews the plan and applies it all; true when every change went through.
    int rowOf(AccessPage *page, const QString &name, const QString &role)
    {
        auto *view = named<QTableView>(page, u"Role bindings"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, GrantModel::SubjectColumn).data() == name
                && view->model()->index(row, GrantModel::RoleColumn).data() == role)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY2(setUp(), qPrintable(m_sandbox->errorString())); }
    void cleanup() { tearDown(); }

    void showsWhoHasWhichRoleInAProjectEveryProjectAndTheCluster()
    {
        auto page = loadedPage();
        QAbstractItemModelTester tester(page->model());
        QCOMPARE(page->model()->rowCount(), 1);
        auto *view = named<QTableView>(page.get(), u"Role bindings"_s);
        QCOMPARE(view->model()->index(0, GrantModel::SubjectColumn).data().toString(),
                 u"developer"_s);
        QCOMPARE(view->model()->index(0, GrantModel::KindColumn).data().toString(), u"User"_s);
        QCOMPARE(view->model()->index(0, GrantModel::RoleColumn).data().toString(), u"admin"_s);
        QCOMPARE(view->model()->index(0, GrantModel::ProjectColumn).data().toString(), u"team-a"_s);

        auto *scope = named<QComboBox>(page.get(), u"Project"_s);
        QSignalSpy loaded(page.get(), &AccessPage::loaded);
        scope->setCurrentIndex(scope->findText(u"Cluster-wide bindings"_s));
        page->refresh();
        QVERIFY(Test::await(loaded));
        QVERIFY(rowOf(page.get(), u"system:cluster-admins"_s, u"cluster-admin"_s) >= 0);
        QCOMPARE(view->model()
                     ->index(rowOf(page.get(), u"system:cluster-admins"_s, u"cluster-admin"_s),
                             GrantModel::ProjectColumn)
                     .data()
                     .toString(),
                 u"All (cluster-wide)"_s);
        // Filtering narrows the table as one types.
        QTest::keyClicks(named<QLineEdit>(page.get(), u"Filter role bindings"_s),
                         u"cluster-admin"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        named<QLineEdit>(page.get(), u"Filter role bindings"_s)->clear();

        // Every project's bindings: team-a's, and one made in another project now.
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"rolebinding"_s, u"registry-viewer"_s,
                                u"--clusterrole=registry-viewer"_s, u"--group=ocp-user-group"_s,
                                u"-n"_s, u"openshift"_s})
                     .exitCode,
                 0);
        loaded.clear();
        scope->setCurrentIndex(scope->findText(u"All projects"_s));
        page->refresh();
        QVERIFY(Test::await(loaded));
        QVERIFY(rowOf(page.get(), u"developer"_s, u"admin"_s) >= 0);
        const int group = rowOf(page.get(), u"ocp-user-group"_s, u"registry-viewer"_s);
        QVERIFY(group >= 0);
        QCOMPARE(view->model()->index(group, GrantModel::AllowsColumn).data().toString(),
                 u"pulls images from the project's image streams"_s);
        view->selectRow(group);
        QCOMPARE(described<QLabel>(page.get(), u"What the selected role allows"_s)->text(),
                 u"group \"ocp-user-group\" pulls images from the project's image streams in "
                 u"openshift."_s);
    }

    void aGrantFromTheDialogIsReviewedAppliedAndAppearsLive()
    {
        auto page = loadedPage();
        // The dialog, driven from the keyboard as a user would: it is modal, so a timer
        // handles it and always closes it.
        bool staged = false;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&driver, &staged] {
            auto *dialog = qobject_cast<GrantDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            driver.stop();
            QTest::keyClicks(named<QLineEdit>(dialog, u"Name"_s), u"alice"_s);
            named<QPushButton>(dialog, u"Stage the grant"_s)->click();
            staged = dialog->result() == QDialog::Accepted;
            if (dialog->isVisible())
                dialog->reject();
        });
        driver.start();
        QSignalSpy review(page.get(), &AccessPage::reviewRequested);
        named<QPushButton>(page.get(), u"Grant a role"_s)->click();
        QVERIFY(staged);
        QVERIFY(Test::await(review));
        QCOMPARE(m_plan->changes().size(), 1);
        QCOMPARE(m_plan->changes().first().command.toShell(),
                 u"oc create rolebinding registry-viewer --clusterrole=registry-viewer "
                 u"--user=alice -n team-a"_s);
        // oc's warning: there is no such user yet; the binding is made anyway.
        QCOMPARE(described<QLabel>(page.get(), u"Problem"_s)->text(),
                 u"Warning: user \"alice\" not found."_s);
        QCOMPARE(subjects(u"registry-viewer"_s), u"(none)"_s);
        QVERIFY(reviewAndApply());
        QCOMPARE(subjects(u"registry-viewer"_s), u"User/alice"_s);
        QTRY_VERIFY(rowOf(page.get(), u"alice"_s, u"registry-viewer"_s) >= 0);

        // A group, then the same grant again: already there, nothing staged, and it says so.
        QSignalSpy planned(page.get(), &AccessPage::planned);
        page->stageGrant(u"registry-editor"_s, OpenShift::Subject::group(u"ocp-user-group"_s),
                         u"team-a"_s);
        QVERIFY(Test::await(planned));
        QVERIFY(reviewAndApply());
        QCOMPARE(subjects(u"registry-editor"_s), u"Group/ocp-user-group"_s);
        planned.clear();
        page->stageGrant(u"registry-editor"_s, OpenShift::Subject::group(u"ocp-user-group"_s),
                         u"team-a"_s);
        QVERIFY(Test::await(planned));
        QVERIFY(m_plan->isEmpty());
        // Done planning: the buttons are back at once, for the next grant.
        QVERIFY(named<QPushButton>(page.get(), u"Grant a role"_s)->isEnabled());
        QCOMPARE(described<QLabel>(page.get(), u"Problem"_s)->text(),
                 u"group \"ocp-user-group\" already has registry-editor in team-a (binding "
                 u"registry-editor); nothing to change."_s);
        // A binding made elsewhere appears without a refresh.
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"rolebinding"_s, u"pullers"_s,
                                u"--clusterrole=system:image-puller"_s,
                                u"--serviceaccount=team-b:default"_s, u"-n"_s, u"team-a"_s})
                     .exitCode,
                 0);
        QTRY_VERIFY(rowOf(page.get(), u"team-b/default"_s, u"system:image-puller"_s) >= 0);
    }

    void removeTakesTheSubjectOutAndDeletesABindingLeftEmpty()
    {
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"rolebinding"_s, u"registry-viewer"_s,
                                u"--clusterrole=registry-viewer"_s, u"--user=alice"_s,
                                u"--user=bob"_s, u"-n"_s, u"team-a"_s})
                     .exitCode,
                 0);
        auto page = loadedPage();
        auto *view = named<QTableView>(page.get(), u"Role bindings"_s);
        auto *remove = named<QPushButton>(page.get(),
                                          u"Stage removing the selected subject from its role"_s);
        QVERIFY(!remove->isEnabled());
        view->selectRow(rowOf(page.get(), u"alice"_s, u"registry-viewer"_s));
        QVERIFY(remove->isEnabled());
        QSignalSpy review(page.get(), &AccessPage::reviewRequested);
        remove->click();
        QVERIFY(Test::await(review));
        QCOMPARE(m_plan->changes().first().command.toShell(),
                 u"oc policy remove-role-from-user registry-viewer alice -n team-a"_s);
        QVERIFY(reviewAndApply());
        QCOMPARE(subjects(u"registry-viewer"_s), u"User/bob"_s);
        QTRY_COMPARE(rowOf(page.get(), u"alice"_s, u"registry-viewer"_s), -1);

        view->selectRow(rowOf(page.get(), u"bob"_s, u"registry-viewer"_s));
        review.clear();
        remove->click();
        QVERIFY(Test::await(review));
        QCOMPARE(m_plan->changes().first().write, OpenShift::Change::Write::Delete);
        QVERIFY(reviewAndApply());
        QCOMPARE(subjects(u"registry-viewer"_s), u"(none)"_s);
        QTRY_COMPARE(rowOf(page.get(), u"bob"_s, u"registry-viewer"_s), -1);
    }

    void theDialogRefusesWhatTheServerWouldAndSaysWhatARoleAllows()
    {
        GrantDialog dialog(u"Team A"_s);
        dialog.show();
        QCOMPARE(described<QLabel>(&dialog, u"What the role allows"_s)->text(),
                 u"Whoever has registry-viewer pulls images from the project's image streams."_s);
        auto *role = named<QComboBox>(&dialog, u"Role"_s);
        role->setCurrentText(u"registry-editor"_s);
        QCOMPARE(described<QLabel>(&dialog, u"What the role allows"_s)->text(),
                 u"Whoever has registry-editor pulls and pushes images."_s);
        QTest::keyClicks(named<QLineEdit>(&dialog, u"Name"_s), u"alice"_s);
        named<QPushButton>(&dialog, u"Stage the grant"_s)->click();
        QVERIFY(dialog.isVisible()); // refused, still open with what was typed
        QVERIFY2(described<QLabel>(&dialog, u"Problem"_s)
                     ->text()
                     .contains(u"\"Team A\" is not a project name"_s),
                 qPrintable(described<QLabel>(&dialog, u"Problem"_s)->text()));
        QCOMPARE(named<QLineEdit>(&dialog, u"Name"_s)->text(), u"alice"_s);
        // Cluster-wide needs no project; a service account always has one.
        auto *clusterWide = named<QCheckBox>(&dialog, u"Cluster-wide"_s);
        clusterWide->setChecked(true);
        QVERIFY(!named<QLineEdit>(&dialog, u"Project"_s)->isEnabled());
        auto *kind = named<QComboBox>(&dialog, u"Grant to"_s);
        kind->setCurrentIndex(kind->findText(u"Service account"_s));
        QVERIFY(!clusterWide->isEnabled());
        QVERIFY(!clusterWide->isChecked());
        named<QLineEdit>(&dialog, u"Project"_s)->setText(u"team-a"_s);
        named<QPushButton>(&dialog, u"Stage the grant"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.subject().kind, OpenShift::Subject::Kind::ServiceAccount);
        QCOMPARE(dialog.subject().ns, u"team-a"_s);
        QCOMPARE(dialog.project(), u"team-a"_s);
    }

    void aTypedProjectLoadsOnEnter()
    {
        AccessPage page(m_session.get(), m_plan.get());
        QVERIFY(m_session->open());
        QSignalSpy loaded(&page, &AccessPage::loaded);
        QLineEdit *project = named<QComboBox>(&page, u"Project"_s)->lineEdit();
        project->selectAll();
        QTest::keyClicks(project, u"team-a"_s);
        QTest::keyClick(project, Qt::Key_Return);
        QVERIFY(Test::await(loaded));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->grants().first().ns, u"team-a"_s);
    }

    void aRefusedGrantAsksAgainWithWhatWasTyped()
    {
        // viewer may not even list the bindings of team-a: planning fails, the dialog returns.
        QVERIFY2(useIdentity(u"viewer"_s), qPrintable(m_sandbox->errorString()));
        AccessPage page(m_session.get(), m_plan.get());
        QVERIFY(m_session->open());
        page.showProject(u"team-a"_s);
        int dialogs = 0;
        QStringList seen;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<GrantDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (++dialogs == 1) {
                QTest::keyClicks(named<QLineEdit>(dialog, u"Name"_s), u"alice"_s);
                named<QPushButton>(dialog, u"Stage the grant"_s)->click();
                return;
            }
            driver.stop();
            seen = {dialog->role(), named<QLineEdit>(dialog, u"Name"_s)->text(), dialog->project(),
                    described<QLabel>(dialog, u"Problem"_s)->text()};
            dialog->reject();
        });
        driver.start();
        named<QPushButton>(&page, u"Grant a role"_s)->click();
        QTRY_COMPARE(dialogs, 2);
        QCOMPARE(seen.value(0), u"registry-viewer"_s);
        QCOMPARE(seen.value(1), u"alice"_s);
        QCOMPARE(seen.value(2), u"team-a"_s);
        QVERIFY2(seen.value(3).contains(u"cannot list resource \"rolebindings\""_s),
                 qPrintable(seen.value(3)));
        QVERIFY(m_plan->isEmpty());
    }

    void aViewerIsToldWhichPermissionIsMissing()
    {
        QVERIFY2(useIdentity(u"viewer"_s), qPrintable(m_sandbox->errorString()));
        AccessPage page(m_session.get(), m_plan.get());
        QVERIFY(m_session->open());
        page.showProject(u"team-a"_s);
        QTRY_VERIFY2(described<QLabel>(&page, u"Problem"_s)
                         ->text()
                         .contains(u"cannot list resource \"rolebindings\""_s),
                     qPrintable(described<QLabel>(&page, u"Problem"_s)->text()));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void aGrantBeyondOnesOwnRightsIsRefusedAndStaysStaged()
    {
        // developer is admin of team-a: may grant there, but not more than they hold.
        QVERIFY2(useIdentity(u"developer"_s), qPrintable(m_sandbox->errorString()));
        auto page = loadedPage();
        QSignalSpy planned(page.get(), &AccessPage::planned);
        page->stageGrant(u"cluster-admin"_s, OpenShift::Subject::user(u"alice"_s), u"team-a"_s);
        QVERIFY(Test::await(planned));
        QCOMPARE(m_plan->changes().size(), 1);
        ReviewDialog dialog(m_plan.get(), m_session.get());
        dialog.show();
        QSignalSpy reviewed(&dialog, &ReviewDialog::reviewed);
        QVERIFY(Test::await(reviewed));
        QCOMPARE(dialog.reviews().at(0).verdict.kind(), Error::Kind::Forbidden);
        QVERIFY(!named<QPushButton>(&dialog, u"Apply all staged changes"_s)->isEnabled());
        QVERIFY2(described<QLabel>(&dialog, u"The server's verdict"_s)
                     ->text()
                     .contains(u"attempting to grant RBAC permissions not currently held"_s),
                 qPrintable(described<QLabel>(&dialog, u"The server's verdict"_s)->text()));
        dialog.reject();
        QCOMPARE(m_plan->changes().size(), 1);
        QCOMPARE(subjects(u"cluster-admin"_s), u"(none)"_s);
    }
};

QTEST_MAIN(tst_AccessPage)
#include "tst_accesspage.moc"
