// SPDX-License-Identifier: Apache-2.0
// The Routes page against berth-sandbox with the registry deployed, checked with kubectl.
#include "dialogs/edityamldialog.h"
#include "dialogs/routedialog.h"
#include "editor/yamleditor.h"
#include "openshift/registrystatus.h"
#include "pagefixture.h"
#include "pages/routespage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_RoutesPage : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    std::unique_ptr<OpenShift::RegistryStatus> m_status;

    std::unique_ptr<RoutesPage> loadedPage()
    {
        m_status = std::make_unique<OpenShift::RegistryStatus>(m_session->client());
        auto page = std::make_unique<RoutesPage>(m_session.get(), m_plan.get(), m_status.get());
        QSignalSpy loaded(page.get(), &RoutesPage::loaded);
        [&] { QVERIFY(m_session->open()); }();
        page->refresh();
        [&] { QVERIFY(Test::await(loaded)); }();
        return page;
    }
    /// The page's row of `name`, as "Name|Host|Termination|Secret|Certificate|Admitted".
    QString row(RoutesPage *page, const QString &name)
    {
        QStandardItemModel *m = page->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->item(r, 0)->text().startsWith(name)) {
                QStringList cells;
                for (int c = 0; c < m->columnCount(); ++c)
                    cells.append(m->item(r, c)->text());
                return cells.join(u'|');
            }
        }
        return {};
    }
    /// The config's spec.routes as "name=hostname,secret ...", read with kubectl.
    QString configRoutes()
    {
        const Test::ProcessResult r = m_sandbox->kubectl(
            {u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s, u"-o"_s,
             u"jsonpath={range .spec.routes[*]}{.name}={.hostname},{.secretName} {end}"_s});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed()
                               : u"kubectl failed: "_s + QString::fromUtf8(r.err);
    }
    void selectRoute(RoutesPage *page, const QString &name)
    {
        auto *view = named<QTableView>(page, u"Registry routes"_s);
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->item(r, 0)->text() == name)
                view->selectRow(r);
        }
    }
    QString routeHosts()
    {
        const Test::ProcessResult r = m_sandbox->kubectl(
            {u"get"_s, u"routes"_s, u"-n"_s, u"openshift-image-registry"_s, u"-o"_s,
             u"jsonpath={range .items[*]}{.metadata.name}={.spec.host} {end}"_s});
        // A failing kubectl is never "no routes".
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed()
                               : u"kubectl failed: "_s + QString::fromUtf8(r.err);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY2(setUp(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_sandbox->deployRegistry()); // Managed, on a PVC, with the default route
    }
    void cleanup()
    {
        m_status.reset();
        tearDown();
    }

    void theDefaultRouteIsShownTurnedOffAndOnAgain()
    {
        auto page = loadedPage();
        QTRY_VERIFY(
            row(page.get(), u"default-route"_s)
                .startsWith(u"default-route (default)|default-route-openshift-image-"
                            u"registry.apps.sandbox.berth.test|reencrypt||the router's|Yes"_s));
        auto *toggle = named<QPushButton>(page.get(), u"Stage turning off the default route"_s);
        QVERIFY(toggle);
        QSignalSpy review(page.get(), &RoutesPage::reviewRequested);
        toggle->click();
        QVERIFY(Test::await(review));
        QCOMPARE(m_plan->changes().first().command.toShell(),
                 u"oc patch configs.imageregistry.operator.openshift.io/cluster --type=merge -p "
                 u"'{\"spec\":{\"defaultRoute\":false}}'"_s);
        QVERIFY(reviewAndApply());
        QTRY_COMPARE_WITH_TIMEOUT(routeHosts(), QString(), 15000);
        QTRY_VERIFY(described<QLabel>(page.get(), u"Routes summary"_s)
                        ->text()
                        .startsWith(u"The registry has no route"_s));
        review.clear();
        named<QPushButton>(page.get(), u"Stage turning on the default route"_s)->click();
        QVERIFY(Test::await(review));
        QVERIFY(reviewAndApply());
        QTRY_COMPARE_WITH_TIMEOUT(
            routeHosts(),
            u"default-route=default-route-openshift-image-registry.apps.sandbox.berth.test"_s,
            15000);
    }

    void aRoutesYamlIsShownReadOnlyBecauseTheOperatorOwnsIt()
    {
        auto page = loadedPage();
        QTRY_VERIFY(!row(page.get(), u"default-route"_s).isEmpty());
        auto *view = named<QPushButton>(page.get(), u"Show the selected Route object as YAML"_s);
        QVERIFY(view);
        QVERIFY(!view->isEnabled()); // nothing selected
        selectRoute(page.get(), u"default-route (default)"_s);
        QVERIFY(view->isEnabled());
        QString title, text, status;
        bool readOnly = false, stageShown = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<EditYamlDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QSignalSpy loaded(dialog, &EditYamlDialog::loaded);
            if (Test::await(loaded)) {
                title = dialog->windowTitle();
                text = dialog->editor()->toPlainText();
                readOnly = dialog->editor()->isReadOnly();
                status = described<QLabel>(dialog, u"Edit status"_s)->text();
                stageShown = named<QPushButton>(dialog, u"Stage the edited object"_s)->isVisible();
            }
            dialog->reject();
        });
        view->click();
        QCOMPARE(title, u"YAML — Route default-route"_s);
        QVERIFY2(text.contains(u"kind: Route\n"_s)
                     && text.contains(u"  host: default-route-openshift-image-registry.apps."_s),
                 qPrintable(text));
        QVERIFY(readOnly);
        QVERIFY(!stageShown);
        QVERIFY2(status.contains(u"puts back any edit"_s), qPrintable(status));
        QVERIFY(m_plan->isEmpty());
    }

    void aCustomRouteWithASecretShowsItsCertificatesExpiry()
    {
        // A certificate for a host outside the ingress domain, made now, valid 30 days.
        const QString dir = m_sandbox->dataDir();
        QCOMPARE(
            Test::runProgram(u"openssl"_s,
                             {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                              u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=registry.example.com"_s,
                              u"-keyout"_s, dir + u"/tls.key"_s, u"-out"_s, dir + u"/tls.crt"_s})
                .exitCode,
            0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"secret"_s, u"tls"_s, u"registry-tls"_s, u"-n"_s,
                                u"openshift-image-registry"_s, u"--cert"_s, dir + u"/tls.crt"_s,
                                u"--key"_s, dir + u"/tls.key"_s})
                     .exitCode,
                 0);
        auto page = loadedPage();
        QSignalSpy review(page.get(), &RoutesPage::reviewRequested);
        page->stageRoute({u"public"_s, u"registry.example.com"_s, u"registry-tls"_s});
        QVERIFY(Test::await(review));
        QVERIFY(reviewAndApply());
        // The operator makes the Route, and the router admits it.
        QTRY_VERIFY_WITH_TIMEOUT(row(page.get(), u"public"_s).endsWith(u"|Yes"_s), 15000);
        const QString shown = row(page.get(), u"public"_s);
        QVERIFY2(shown.startsWith(u"public|registry.example.com|reencrypt|registry-tls|"_s)
                     && (shown.contains(u"(29 day"_s) || shown.contains(u"(30 day"_s))
                     && shown.endsWith(u"|Yes"_s),
                 qPrintable(shown));

        // Removed through the config, and the operator takes the Route away.
        selectRoute(page.get(), u"public"_s);
        review.clear();
        named<QPushButton>(page.get(), u"Stage removing the selected route"_s)->click();
        QVERIFY(Test::await(review));
        QVERIFY(reviewAndApply());
        QTRY_COMPARE_WITH_TIMEOUT(row(page.get(), u"public"_s), QString(), 15000);
    }

    void aCustomRouteIsEditedWhereItStandsAndRenamedToAFreeName()
    {
        QCOMPARE(m_sandbox
                     ->patchRegistryConfig(
                         u"{\"spec\":{\"routes\":[{\"name\":\"first\"},{\"name\":"
                         u"\"second\",\"hostname\":\"second.apps.sandbox.berth.test\"}]}}"_s)
                     .exitCode,
                 0);
        auto page = loadedPage();
        QTRY_VERIFY(!row(page.get(), u"second"_s).isEmpty());
        auto *edit = named<QPushButton>(page.get(), u"Edit the selected route"_s);
        QVERIFY(!edit->isEnabled()); // nothing selected
        selectRoute(page.get(), u"default-route (default)"_s);
        QVERIFY(!edit->isEnabled()); // the default route has nothing to edit

        // The dialog holds the route as it is; a new hostname is staged in its place.
        QStringList seen;
        QTimer driver;
        driver.setInterval(50);
        int dialogs = 0;
        std::function<void(RouteDialog *)> step;
        connect(&driver, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<RouteDialog *>(QApplication::activeModalWidget())) {
                ++dialogs;
                step(dialog);
            }
        });
        driver.start();
        step = [&](RouteDialog *dialog) {
            seen = {dialog->windowTitle(), named<QLineEdit>(dialog, u"Route name"_s)->text(),
                    named<QLineEdit>(dialog, u"Hostname"_s)->text()};
            auto *host = named<QLineEdit>(dialog, u"Hostname"_s);
            host->selectAll();
            QTest::keyClicks(host, u"mirror.apps.sandbox.berth.test"_s);
            named<QPushButton>(dialog, u"Stage the route"_s)->click();
        };
        selectRoute(page.get(), u"first"_s);
        QVERIFY(edit->isEnabled());
        QSignalSpy review(page.get(), &RoutesPage::reviewRequested);
        edit->click();
        QVERIFY(Test::await(review));
        QCOMPARE(seen, (QStringList {u"Edit the Route first"_s, u"first"_s, QString()}));
        QCOMPARE(m_plan->changes().size(), 1);
        QVERIFY(reviewAndApply());
        QCOMPARE(configRoutes(),
                 u"first=mirror.apps.sandbox.berth.test, second=second.apps.sandbox.berth.test,"_s);
        QTRY_VERIFY(row(page.get(), u"first"_s).contains(u"|mirror.apps.sandbox.berth.test"_s));

        // Another route's name is refused in the dialog, which stays open with what was typed;
        // a free one renames the route. Enter on the selected row opens the dialog too.
        step = [&](RouteDialog *dialog) {
            auto *name = named<QLineEdit>(dialog, u"Route name"_s);
            auto *problem = described<QLabel>(dialog, u"Problem"_s);
            if (problem->text().isEmpty()) {
                name->selectAll();
                QTest::keyClicks(name, u"first"_s);
                named<QPushButton>(dialog, u"Stage the route"_s)->click();
                seen = {problem->text(), QString::number(dialog->isVisible())};
                name->selectAll();
                QTest::keyClicks(name, u"third"_s);
                named<QPushButton>(dialog, u"Stage the route"_s)->click();
            }
        };
        dialogs = 0;
        selectRoute(page.get(), u"second"_s);
        auto *view = named<QTableView>(page.get(), u"Registry routes"_s);
        view->setFocus();
        review.clear();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(Test::await(review));
        QCOMPARE(dialogs, 1);
        QVERIFY2(seen.value(0).contains(u"has a route named first already"_s),
                 qPrintable(seen.value(0)));
        QCOMPARE(seen.value(1), u"1"_s);
        QVERIFY(reviewAndApply());
        QCOMPARE(configRoutes(),
                 u"first=mirror.apps.sandbox.berth.test, third=second.apps.sandbox.berth.test,"_s);
    }

    void aRefusedRouteReopensTheDialogWithWhatWasTyped()
    {
        auto page = loadedPage();
        // Outside the ingress domain and no secret: the router's certificate cannot serve it.
        int dialogs = 0;
        QStringList seen;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<RouteDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++dialogs;
            if (dialogs == 1) {
                QTest::keyClicks(named<QLineEdit>(dialog, u"Route name"_s), u"public"_s);
                QTest::keyClicks(named<QLineEdit>(dialog, u"Hostname"_s),
                                 u"registry.example.com"_s);
                named<QPushButton>(dialog, u"Stage the route"_s)->click();
                return;
            }
            driver.stop();
            seen = {named<QLineEdit>(dialog, u"Route name"_s)->text(),
                    named<QLineEdit>(dialog, u"Hostname"_s)->text(),
                    described<QLabel>(dialog, u"Problem"_s)->text()};
            dialog->reject();
        });
        driver.start();
        QSignalSpy planned(page.get(), &RoutesPage::planned);
        named<QPushButton>(page.get(), u"Add a route"_s)->click();
        QTRY_COMPARE(dialogs, 2);
        QCOMPARE(seen.value(0), u"public"_s);
        QCOMPARE(seen.value(1), u"registry.example.com"_s);
        QVERIFY2(seen.value(2).contains(u"outside the ingress domain"_s),
                 qPrintable(seen.value(2)));
        QVERIFY(m_plan->isEmpty());
    }
};

QTEST_MAIN(tst_RoutesPage)
#include "tst_routespage.moc"
