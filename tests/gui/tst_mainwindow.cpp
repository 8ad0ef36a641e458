// SPDX-License-Identifier: Apache-2.0
// The main window and login dialogs, driven as a user would, against berth-sandbox.
#include "dialogs/certificatedialog.h"
#include "dialogs/logindialog.h"
#include "finder.h"
#include "kube/clustersession.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/conditionmodel.h"
#include "pages/overviewpage.h"
#include "pages/page.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;

using Berth::Test::named;
using Berth::Test::whenModal;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    Berth::Test::SandboxProcess m_sandbox;
    QTemporaryDir m_home;

    QString kubeconfig() const { return m_home.filePath(u"kube/config"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void logInThroughTheDialogAndSeeTheOverview()
    {
        Kube::ClusterSession session;
        session.setKubeconfigPaths({kubeconfig()});
        MainWindow window(&session);
        QAbstractItemModelTester activityTester(window.activity());

        bool certificateShown = false;
        whenModal<LoginDialog>([&](LoginDialog *dialog) {
            // Typed as a user would, then Enter.
            auto *paste = named<QLineEdit>(dialog, u"oc login command"_s);
            QVERIFY(paste);
            QTest::keyClicks(paste,
                             u"oc login --token=%1 --server=%2"_s.arg(
                                 m_sandbox.token(u"kubeadmin"_s), m_sandbox.apiUrl().toString()));
            QCOMPARE(named<QLineEdit>(dialog, u"API server"_s)->text(),
                     m_sandbox.apiUrl().toString());
            QCOMPARE(named<QLineEdit>(dialog, u"Token"_s)->echoMode(), QLineEdit::Password);
            whenModal<CertificateDialog>([&](CertificateDialog *certificates) {
                certificateShown = true;
                // The fingerprint of the sandbox's CA is what the user is asked about.
                const QSslCertificate ca
                    = QSslCertificate::fromPath(m_sandbox.apiCaFile()).constFirst();
                QCOMPARE(certificates->certificateToTrust(), ca);
                auto *details = certificates->findChild<QPlainTextEdit *>();
                QVERIFY(details->toPlainText().contains(Berth::Tls::sha256Fingerprint(ca)));
                // Cancel is the default: Enter must not trust.
                QVERIFY(named<QPushButton>(certificates, u"Cancel"_s)->isDefault());
                named<QPushButton>(certificates, u"Trust this certificate"_s)->click();
            });
            QTest::keyClick(named<QLineEdit>(dialog, u"Token"_s), Qt::Key_Return);
        });
        window.start();

        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->data().user, u"kubeadmin"_s, 15000);
        QVERIFY(certificateShown);
        const auto &data = window.overviewPage()->data();
        QCOMPARE(data.openshiftVersion, u"4.16.21"_s);
        QCOMPARE(data.registryManagementState, u"Removed"_s);
        QCOMPARE(data.defaultStorageClass, u"thin"_s);
        QVERIFY(!data.registryConditions.isEmpty());

        // What the page shows, as a screen reader reads it.
        QCOMPARE(window.overviewPage()->findChild<QLabel *>(u"User"_s)->text(), u"kubeadmin"_s);
        QCOMPARE(window.overviewPage()->findChild<QLabel *>(u"Registry management state"_s)->text(),
                 u"Removed"_s);
        auto *conditions
            = named<QTableView>(window.overviewPage(), u"Registry operator conditions"_s);
        QVERIFY(conditions->model()->rowCount() >= 4);
        QAbstractItemModelTester conditionTester(conditions->model());
        QVERIFY(
            window.statusBar()->findChild<QLabel *>(u"user"_s)->text().contains(u"kubeadmin"_s));
        QVERIFY(
            window.statusBar()->findChild<QLabel *>(u"namespace"_s)->text().contains(u"default"_s));

        // The activity panel: the requests, and the login as a redacted oc command.
        bool sawCommand = false, sawReview = false;
        for (int row = 0; row < window.activity()->rowCount(); ++row) {
            const QString what
                = window.activity()->index(row, ActivityModel::WhatColumn).data().toString();
            sawReview |= what.contains(u"selfsubjectreviews"_s);
            if (what.startsWith(u"oc login"_s)) {
                sawCommand = true;
                QVERIFY(!what.contains(m_sandbox.token(u"kubeadmin"_s)));
                QVERIFY(what.contains(u"--token=\"$OC_TOKEN\""_s));
            }
        }
        QVERIFY(sawCommand);
        QVERIFY(sawReview);

        // The kubeconfig is oc's, so that oc and kubectl see the same login.
        QFile config(kubeconfig());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains("certificate-authority-data"));
    }

    void activityKeepsNotesApartFromCommands()
    {
        ActivityModel activity;
        QAbstractItemModelTester tester(&activity);
        activity.addRequest("GET", QUrl(u"https://registry.example:5000/v2/?x=1"_s), 401, 3);
        activity.addNote(u"registry.example:5000 hands out its tokens from sso.example"_s);
        CommandLog log;
        connect(&log, &CommandLog::added, &activity, &ActivityModel::addCommand);
        log.add(u"Remove tag team-a/app:v1"_s, Command({u"oc"_s, u"tag"_s, u"-d"_s, u"app:v1"_s}));
        QCOMPARE(activity.rowCount(), 3);
        QCOMPARE(activity.index(1, ActivityModel::MethodColumn).data().toString(), u"note"_s);
        QCOMPARE(activity.index(1, ActivityModel::WhatColumn).data().toString(),
                 u"registry.example:5000 hands out its tokens from sso.example"_s);
        QVERIFY(activity.index(1, ActivityModel::WhatColumn)
                    .data(ActivityModel::CommandRole)
                    .toString()
                    .isEmpty());
        QCOMPARE(activity.index(2, ActivityModel::WhatColumn)
                     .data(ActivityModel::CommandRole)
                     .toString(),
                 u"oc tag -d app:v1"_s);
        QCOMPARE(activity.index(2, ActivityModel::MethodColumn).data().toString(), u"oc"_s);
    }

    void exportWritesTheSessionsCommandsAsAScript()
    {
        Kube::ClusterSession session;
        session.setKubeconfigPaths({kubeconfig()});
        MainWindow window(&session);
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.commands()->add(
            u"Remove tag team-a/app:v1"_s,
            Command({u"oc"_s, u"tag"_s, u"-d"_s, u"app:v1"_s, u"-n"_s, u"team-a"_s}));
        // The dialog offers ~/berth-session.sh; taking it writes the script there. (ctest's
        // HOME for this test exists only once something made it: a user's always does.)
        QVERIFY(QDir().mkpath(QDir::homePath()));
        const QString path = QDir::home().filePath(u"berth-session.sh"_s);
        QFile::remove(path);
        // The dialog is answered whenever it comes up (looked for every 50 ms), so a slow
        // machine neither fails the test nor leaves the dialog waiting.
        QStringList offered;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&answer, &offered] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            answer.stop();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                offered = dialog->selectedFiles();
                QMetaObject::invokeMethod(dialog, &QDialog::accept);
            } else {
                modal->close();
            }
        });
        answer.start();
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(offered, QStringList {path});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), session.commands()->script());
        QVERIFY(session.commands()->script().endsWith(u"\noc tag -d app:v1 -n team-a\n"_s));
        // No secret in it, so readable like any script.
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::ReadOther);
    }

    void keyboardAndAccessibleNames()
    {
        Kube::ClusterSession session;
        session.setKubeconfigPaths({kubeconfig()});
        MainWindow window(&session);
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // A page's shortcut shows it and gives the keyboard to its first control, also when a
        // control of the page shown before had it (hidden by the change).
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 6);
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 2);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->accessibleName(),
                 u"Refresh the registry's config and status"_s);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Refresh the overview"_s);
        // Every page's shortcut, and one Tab cycle through the whole window that holds every
        // control (Qt 6.4's setTabOrder() cut the Access and Trust pages off it: Tab from the
        // sidebar went past them, and their shortcuts left the keyboard in the activity panel).
        for (int i = 0; i < pages->count(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), i);
            QVERIFY2(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(static_cast<Page *>(pages->currentWidget())->title()));
        }
        auto *sidebar = window.findChild<QListWidget *>();
        QSet<QWidget *> cycle {sidebar};
        for (QWidget *w = sidebar->nextInFocusChain(); w != sidebar; w = w->nextInFocusChain()) {
            QVERIFY2(!cycle.contains(w), "the focus chain loops without the sidebar");
            cycle.insert(w);
        }
        const auto all = window.findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (w->window() == &window && w->focusPolicy() != Qt::NoFocus)
                QVERIFY2(cycle.contains(w), qPrintable(w->accessibleName()));
        }
        // Every focusable control has a name a screen reader can say.
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&window)
                || qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
                continue;
            QString name = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && name.isEmpty())
                name = button->text();
            // A label is read by its text; an empty one has nothing to say yet.
            if (auto *label = qobject_cast<QLabel *>(w); label && name.isEmpty()) {
                if (label->text().isEmpty())
                    continue;
                name = label->text();
            }
            if (w->inherits("QDockWidgetTitleButton") || w->inherits("QTabBar")
                || w->inherits("QScrollBar"))
                continue;
            QVERIFY2(!name.isEmpty(),
                     qPrintable(u"%1 has no accessible name"_s.arg(
                         QString::fromLatin1(w->metaObject()->className()))));
        }
    }

    void expiredTokenAsksAgainAndKeepsThePage()
    {
        Kube::ClusterSession session;
        session.setKubeconfigPaths({kubeconfig()});
        MainWindow window(&session);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->data().user, u"kubeadmin"_s, 15000);
        window.setCurrentPage(4);

        bool asked = false;
        whenModal<LoginDialog>([&](LoginDialog *dialog) {
            asked = true;
            QCOMPARE(named<QLineEdit>(dialog, u"API server"_s)->text(),
                     m_sandbox.apiUrl().toString());
            QTest::keyClicks(named<QLineEdit>(dialog, u"Token"_s), m_sandbox.token(u"kubeadmin"_s));
            QTest::keyClick(named<QLineEdit>(dialog, u"Token"_s), Qt::Key_Return);
        });
        // The token stops working (revoked, expired): the next request gets 401.
        session.client()->http()->setBearerToken("sha256~revoked");
        window.overviewPage()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            session.connection().token == m_sandbox.token(u"kubeadmin"_s).toUtf8(), 10000);
        QCOMPARE(window.currentPage(), 4);
    }

    void pickAKubeconfigContext()
    {
        // The sandbox's own kubeconfig has the context "default/<nick>/kubeadmin".
        Kube::ClusterSession session;
        session.setKubeconfigPaths({m_sandbox.kubeconfig()});
        MainWindow window(&session);
        QString chosen;
        whenModal<LoginDialog>([&chosen](LoginDialog *dialog) {
            auto *tabs = dialog->findChild<QTabWidget *>();
            tabs->setCurrentIndex(1);
            auto *contexts = named<QComboBox>(dialog, u"Kubeconfig context"_s);
            QVERIFY(contexts && contexts->count() == 1);
            chosen = contexts->currentText();
            named<QPushButton>(dialog, u"Log in"_s)->click();
        });
        window.logIn();
        QVERIFY(!chosen.isEmpty());
        QCOMPARE(session.connection().contextName, chosen);
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->data().user, u"kubeadmin"_s, 15000);
    }

    void untrustedCertificateCanBeRefused()
    {
        QTemporaryDir home;
        Kube::ClusterSession session;
        session.setKubeconfigPaths({home.filePath(u"config"_s)});
        MainWindow window(&session);
        QString status;
        whenModal<LoginDialog>([&](LoginDialog *dialog) {
            named<QLineEdit>(dialog, u"API server"_s)->setText(m_sandbox.apiUrl().toString());
            named<QLineEdit>(dialog, u"Token"_s)->setText(m_sandbox.token(u"viewer"_s));
            whenModal<CertificateDialog>([&status, dialog](CertificateDialog *certificates) {
                QTest::keyClick(certificates, Qt::Key_Escape);
                QTimer::singleShot(100, dialog, [&status, dialog] {
                    status = named<QLabel>(dialog, u"Login status"_s)->text();
                    dialog->reject();
                });
            });
            named<QPushButton>(dialog, u"Log in"_s)->click();
        });
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
        QVERIFY(status.contains(u"not trusted"_s));
        QVERIFY(!session.isOpen());
        QVERIFY(!QFile::exists(home.filePath(u"config"_s)));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
