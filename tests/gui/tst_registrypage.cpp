// SPDX-License-Identifier: Apache-2.0
// The Registry page (form and live Status panel) against berth-sandbox, checked with kubectl.
#include "openshift/registrystatus.h"
#include "pagefixture.h"
#include "pages/registrypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_RegistryPage : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    std::unique_ptr<OpenShift::RegistryStatus> m_status;
    QString spec(const QString &path)
    {
        return QString::fromUtf8(
            m_sandbox
                ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                           u"-o"_s, u"jsonpath={.spec."_s + path + u'}'})
                .out);
    }
    std::unique_ptr<RegistryPage> loadedPage()
    {
        m_status = std::make_unique<OpenShift::RegistryStatus>(m_session->client());
        auto page = std::make_unique<RegistryPage>(m_session.get(), m_plan.get(), m_status.get());
        QSignalSpy loaded(page.get(), &RegistryPage::loaded);
        [&] { QVERIFY(m_session->open()); }();
        [&] { QVERIFY(Test::await(loaded)); }();
        return page;
    }
    QString headline(RegistryPage *page)
    {
        return described<QLabel>(page, u"Registry status"_s)->text();
    }
    QString advice(RegistryPage *page) { return described<QLabel>(page, u"What to do"_s)->text(); }
    void choose(RegistryPage *page, const QString &combo, const QString &text)
    {
        auto *box = named<QComboBox>(page, combo);
        box->setCurrentIndex(box->findText(text));
        QCOMPARE(box->currentText(), text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY2(setUp(), qPrintable(m_sandbox->errorString())); }
    void cleanup()
    {
        m_status.reset();
        tearDown();
    }

    void stepsTwoToFourFromTheFormWhileTheStatusPanelSaysWhatHappens()
    {
        auto page = loadedPage();
        QCOMPARE(headline(page.get()), u"Removed: the registry is not deployed."_s);
        QCOMPARE(advice(page.get()),
                 u"Give it storage, then set the management state to Managed."_s);
        QCOMPARE(named<QComboBox>(page.get(), u"Management state"_s)->currentText(), u"Removed"_s);
        QCOMPARE(named<QComboBox>(page.get(), u"Storage"_s)->currentText(), u"Not configured"_s);
        auto *stage = named<QPushButton>(page.get(), u"Stage the form's changes"_s);
        QVERIFY(!stage->isEnabled()); // the form says what the cluster says

        choose(page.get(), u"Storage"_s, u"Claim made by the operator"_s);
        choose(page.get(), u"Management state"_s, u"Managed"_s);
        QVERIFY(stage->isEnabled());
        QSignalSpy review(page.get(), &RegistryPage::reviewRequested);
        stage->click();
        QVERIFY(Test::await(review));
        QCOMPARE(m_plan->changes().size(), 1);
        QCOMPARE(m_plan->changes().first().command.toShell(),
                 u"oc patch configs.imageregistry.operator.openshift.io/cluster --type=merge -p "
                 u"'{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{\"claim\":"
                 u"\"\"}}}}'"_s);
        QCOMPARE(spec(u"managementState"_s), u"Removed"_s);
        QVERIFY(reviewAndApply());
        QCOMPARE(spec(u"managementState"_s), u"Managed"_s);

        // thin (vSphere, no ReadWriteMany) is the default: the claim stays Pending, and the
        // panel says why and what to do, live.
        QTRY_VERIFY_WITH_TIMEOUT(
            advice(page.get())
                .contains(u"only AccessModes [ReadWriteOnce] are supported. Its class, thin, "
                          u"cannot change: make a storage class that can serve ReadWriteMany "
                          u"the default"_s),
            30000);
        QCOMPARE(m_sandbox
                     ->kubectl({u"annotate"_s, u"--overwrite"_s, u"storageclass"_s, u"thin"_s,
                                u"storageclass.kubernetes.io/is-default-class=false"_s})
                     .exitCode,
                 0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"annotate"_s, u"--overwrite"_s, u"storageclass"_s, u"ontap-gold"_s,
                                u"storageclass.kubernetes.io/is-default-class=true"_s})
                     .exitCode,
                 0);
        // The claim keeps its class: made again, it is on the new default.
        QCOMPARE(m_sandbox
                     ->kubectl({u"delete"_s, u"pvc"_s, u"image-registry-storage"_s, u"-n"_s,
                                u"openshift-image-registry"_s})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(headline(page.get()),
                                  u"Available: the registry is ready (1 of 1 replicas)."_s, 30000);
        QCOMPARE(page->status()->state().claim->storageClass, u"ontap-gold"_s);
        // The form followed the cluster: the operator wrote its claim's name into the spec.
        QCOMPARE(spec(u"storage.pvc.claim"_s), u"image-registry-storage"_s);
        QCOMPARE(named<QComboBox>(page.get(), u"Storage"_s)->currentText(),
                 u"Claim made by the operator"_s);
        QVERIFY(!stage->isEnabled());
    }

    void theOperatorsRulesAreSaidAndTheFormKeepsWhatWasTyped()
    {
        // A ReadWriteOnce claim of one's own, and two replicas on it.
        const QString claim = m_sandbox->dataDir() + u"/rwo.yaml"_s;
        QFile f(claim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: rwo\n  "
                "namespace: openshift-image-registry\nspec:\n  accessModes: [ReadWriteOnce]\n  "
                "resources:\n    requests:\n      storage: 10Gi\n");
        f.close();
        QCOMPARE(m_sandbox->kubectl({u"create"_s, u"-f"_s, claim}).exitCode, 0);
        auto page = loadedPage();
        choose(page.get(), u"Storage"_s, u"A claim I name"_s);
        auto *name = named<QLineEdit>(page.get(), u"Claim name"_s);
        QVERIFY(name->isEnabled());
        QTest::keyClicks(name, u"rwo"_s);
        named<QSpinBox>(page.get(), u"Replicas"_s)->setValue(2);
        QSignalSpy planned(page.get(), &RegistryPage::planned);
        named<QPushButton>(page.get(), u"Stage the form's changes"_s)->click();
        QVERIFY(Test::await(planned));
        QVERIFY(m_plan->isEmpty());
        QVERIFY2(described<QLabel>(page.get(), u"Problem"_s)
                     ->text()
                     .contains(u"cannot use ReadWriteOnce access mode with more than one replica "
                               u"(claim rwo): use one replica"_s),
                 qPrintable(described<QLabel>(page.get(), u"Problem"_s)->text()));
        QCOMPARE(name->text(), u"rwo"_s);
        QCOMPARE(named<QSpinBox>(page.get(), u"Replicas"_s)->value(), 2);

        // An edit in progress survives a change made elsewhere, which is said.
        QCOMPARE(m_sandbox->patchRegistryConfig(u"{\"spec\":{\"logLevel\":\"Debug\"}}"_s).exitCode,
                 0);
        QTRY_VERIFY(described<QLabel>(page.get(), u"Problem"_s)
                        ->text()
                        .startsWith(u"The registry's config changed on the cluster while you "
                                    u"edit"_s));
        QCOMPARE(named<QSpinBox>(page.get(), u"Replicas"_s)->value(), 2);
        QCOMPARE(named<QComboBox>(page.get(), u"Log level"_s)->currentText(), u"Normal"_s);
        // Refresh reads the cluster again, and keeps the edit too.
        QSignalSpy loaded(page.get(), &RegistryPage::loaded);
        named<QPushButton>(page.get(), u"Refresh the registry's config and status"_s)->click();
        QVERIFY(Test::await(loaded));
        QCOMPARE(named<QSpinBox>(page.get(), u"Replicas"_s)->value(), 2);
        QCOMPARE(name->text(), u"rwo"_s);
        named<QPushButton>(page.get(), u"Reset the form to the cluster's config"_s)->click();
        QCOMPARE(named<QComboBox>(page.get(), u"Log level"_s)->currentText(), u"Debug"_s);
        QCOMPARE(named<QSpinBox>(page.get(), u"Replicas"_s)->value(), 1);
    }

    void aViewerSeesWhyNothingCanBeShownAndCannotEdit()
    {
        QVERIFY2(useIdentity(u"viewer"_s), qPrintable(m_sandbox->errorString()));
        auto page = loadedPage();
        QCOMPARE(headline(page.get()), u"Unknown: the registry's config could not be read."_s);
        QVERIFY(!named<QComboBox>(page.get(), u"Management state"_s)->isEnabled());
        QVERIFY(!named<QPushButton>(page.get(), u"Stage the form's changes"_s)->isEnabled());
        QVERIFY(page->status()->state().unreadable.first().contains(u"cannot list resource"_s));
    }
};

QTEST_MAIN(tst_RegistryPage)
#include "tst_registrypage.moc"
