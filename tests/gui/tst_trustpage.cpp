// SPDX-License-Identifier: Apache-2.0
// The Trust page against berth-sandbox with the registry deployed: the CA sources, the cluster's
// trust staged and applied through the Review pane (checked with kubectl), the CA exported and
// the login saved into a temporary home, after which the real skopeo reads the registry with no
// TLS or credential flags.
#include "files.h"
#include "pagefixture.h"
#include "pages/trustpage.h"
#include "registryprocess.h"

#include "oci/digest.h"
#include "openshift/pullsecrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::contents;
using Berth::Test::described;
using Berth::Test::named;

class tst_TrustPage : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString registry() const { return m_sandbox->registryUrl().authority(); }
    /// Pushes a small image as team-a/app:v1 with berthctl; its digest in `digest`.
    bool pushApp(QString *digest)
    {
        *digest = Test::makeOciImage(m_work.filePath(u"image"_s), u"v1"_s, 1, 4096);
        QTemporaryDir pushHome;
        const Test::ProcessResult push = m_sandbox->berthctl(
            {u"image"_s, u"push"_s, u"oci:"_s + m_work.filePath(u"image"_s) + u":v1"_s,
             registry() + u"/team-a/app:v1"_s, u"--cert-dir"_s, m_sandbox->dataDir()},
            pushHome.path());
        if (push.exitCode != 0)
            qWarning("push failed: %s", push.err.constData());
        return push.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Where the page writes: this test's own home and runtime directory.
        qputenv("HOME", m_home.path().toLocal8Bit());
        QDir().mkpath(m_home.filePath(u"run"_s));
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(u"run"_s).toLocal8Bit());
        qunsetenv("REGISTRY_AUTH_FILE");
        qunsetenv("DOCKER_CONFIG");
    }
    void init() { QVERIFY2(setUp(), qPrintable(m_sandbox->errorString())); }
    void cleanup() { tearDown(); }

    void thePageMakesTheClusterAndSkopeoTrustTheRegistry()
    {
        QVERIFY(m_sandbox->deployRegistry());
        QString digest;
        QVERIFY(pushApp(&digest));

        TrustPage page(m_session.get(), m_plan.get());
        page.resize(1024, 700);
        page.show();
        QSignalSpy loaded(&page, &TrustPage::loaded);
        QSignalSpy acted(&page, &TrustPage::acted);
        m_session->setNamespace(u"team-a"_s); // the project the image is in, for skopeo
        QVERIFY(m_session->open());
        QVERIFY(Test::await(loaded));
        for (int row = 0; row < 3; ++row) // the Login column: nothing saved yet
            QCOMPARE(page.workstation()->item(row, 3)->text(), u"none saved"_s);
        QStandardItemModel *sources = page.sources();
        QCOMPARE(sources->rowCount(), 3);
        QCOMPARE(sources->item(0, 0)->text(), u"secret/router-ca -n openshift-ingress-operator"_s);
        QCOMPARE(sources->item(0, 1)->text(), u"yes"_s);
        QVERIFY(described<QLabel>(&page, u"Recommendation"_s)
                    ->text()
                    .contains(u"Berth recommends it"_s));
        QVERIFY(named<QPlainTextEdit>(&page, u"Certificate details"_s)
                    ->toPlainText()
                    .contains(u"Kind: certificate authority"_s));

        // What the route presents is never taken from the page.
        auto *view = named<QTableView>(&page, u"Certificate authority sources"_s);
        auto *trust = named<QPushButton>(&page, u"Stage the cluster's trust of the selected CA"_s);
        auto *exportCa
            = named<QPushButton>(&page, u"Export the selected CA to the checked stores"_s);
        view->selectRow(2);
        QVERIFY(!trust->isEnabled() && !exportCa->isEnabled());
        QVERIFY(trust->toolTip().contains(u"taken only with its SHA-256 fingerprint"_s));
        QVERIFY(described<QLabel>(&page, u"Message"_s)->text().contains(u"fingerprint"_s));
        view->selectRow(0);
        QVERIFY(trust->isEnabled() && exportCa->isEnabled());

        // A host typed but not checked: the actions wait for Check.
        auto *host = named<QComboBox>(&page, u"Registry host"_s);
        host->setEditText(u"elsewhere.example.com"_s);
        QVERIFY(!trust->isEnabled() && !exportCa->isEnabled());
        host->setEditText(registry());
        QVERIFY(trust->isEnabled());

        // The cluster: staged, reviewed, applied.
        named<QLineEdit>(&page, u"ConfigMap in openshift-config"_s)->setText(u"astra-ca"_s);
        trust->click();
        QVERIFY(Test::await(acted));
        QCOMPARE(m_plan->changes().size(), 2);
        QVERIFY(reviewAndApply());
        const Test::ProcessResult image
            = m_sandbox->kubectl({u"get"_s, u"image.config.openshift.io"_s, u"cluster"_s, u"-o"_s,
                                  u"jsonpath={.spec.additionalTrustedCA.name}"_s});
        QCOMPARE(image.out, QByteArray("astra-ca"));
        const Test::ProcessResult key
            = m_sandbox->kubectl({u"get"_s, u"configmap"_s, u"astra-ca"_s, u"-n"_s,
                                  u"openshift-config"_s, u"-o"_s, u"json"_s});
        QVERIFY(QJsonDocument::fromJson(key.out).object().value("data"_L1).toObject().contains(
            u"127.0.0.1.."_s + QString::number(m_sandbox->registryUrl().port())));

        // The workstation: rootless certs.d (checked by default), then the login.
        QVERIFY(named<QCheckBox>(&page, u"Export to Rootless Podman (you)"_s)->isChecked());
        QVERIFY(!named<QCheckBox>(&page, u"Export to Docker"_s)->isChecked());
        exportCa->click(); // written at once, then tried with skopeo and podman
        QVERIFY2(QFile::exists(
                     m_home.filePath(u".config/containers/certs.d/"_s + registry() + u"/ca.crt"_s)),
                 qPrintable(described<QLabel>(&page, u"Message"_s)->text()));
        QCOMPARE(page.workstation()->item(2, 2)->text(), u"holds the selected CA"_s);
        QVERIFY(Test::await(acted));
        // The certificate is trusted now; the login is not saved yet: the registry says so.
        QStandardItemModel *clients = page.clients();
        QCOMPARE(clients->rowCount(), 3);
        QCOMPARE(clients->item(0, 1)->text(), u"skopeo login --get-login "_s + registry());
        QCOMPARE(clients->item(0, 2)->text(), u"failed: not logged into "_s + registry());
        QCOMPARE(clients->item(1, 1)->text(),
                 u"skopeo inspect --raw docker://"_s + registry() + u"/team-a/app:v1"_s);
        QVERIFY2(!clients->item(1, 2)->text().contains(u"x509"_s)
                     && clients->item(1, 2)->text().startsWith(u"failed: "_s),
                 qPrintable(clients->item(1, 2)->text()));
        QCOMPARE(clients->item(2, 0)->text(), u"podman"_s);
        named<QPushButton>(&page, u"Save the login for the registry"_s)->click();
        QVERIFY(Test::await(acted));
        const QString said = described<QLabel>(&page, u"Message"_s)->text();
        QVERIFY2(said.contains(registry() + u" takes it."_s), qPrintable(said));
        for (int row = 0; row < 3; ++row)
            QVERIFY2(clients->item(row, 2)->text().startsWith(u"ok: "_s),
                     qPrintable(clients->item(row, 2)->text()));
        QCOMPARE(clients->item(0, 2)->text(), u"ok: kubeadmin"_s);
        // Podman and skopeo (rootless or not) read auth.json; Docker, not checked, has none.
        QTRY_COMPARE(page.workstation()->item(2, 3)->text(), u"kubeadmin, works"_s);
        QTRY_COMPARE(page.workstation()->item(1, 3)->text(), u"kubeadmin, works"_s);
        QTRY_COMPARE(page.workstation()->item(0, 3)->text(), u"none saved"_s);

        // Step 9: a pull secret from the login's token, then the default service account's link.
        QCOMPARE(named<QPlainTextEdit>(&page, u"Pod spec snippet"_s)->toPlainText(),
                 OpenShift::PullSecrets::podSpecSnippet(u"registry-pull"_s));
        named<QPushButton>(&page, u"Stage the pull secret"_s)->click();
        QVERIFY(Test::await(acted));
        QVERIFY2(described<QLabel>(&page, u"Message"_s)->text().contains(u"your own token"_s),
                 qPrintable(described<QLabel>(&page, u"Message"_s)->text()));
        QVERIFY(reviewAndApply());
        const Test::ProcessResult secret
            = m_sandbox->kubectl({u"get"_s, u"secret"_s, u"registry-pull"_s, u"-n"_s, u"team-a"_s,
                                  u"-o"_s, u"jsonpath={.type}"_s});
        QCOMPARE(secret.out, QByteArray("kubernetes.io/dockerconfigjson"));
        named<QPushButton>(&page, u"Stage the link of the secret to the service account"_s)
            ->click();
        QVERIFY(Test::await(acted));
        QVERIFY(reviewAndApply());
        const Test::ProcessResult account
            = m_sandbox->kubectl({u"get"_s, u"serviceaccount"_s, u"default"_s, u"-n"_s, u"team-a"_s,
                                  u"-o"_s, u"jsonpath={.imagePullSecrets[*].name}"_s});
        QVERIFY2(account.out.split(' ').contains("registry-pull"), account.out.constData());
        // Linked already: nothing is staged.
        const qsizetype staged = m_plan->changes().size();
        named<QPushButton>(&page, u"Stage the link of the secret to the service account"_s)
            ->click();
        QVERIFY(Test::await(acted));
        QCOMPARE(m_plan->changes().size(), staged);
        QVERIFY(described<QLabel>(&page, u"Message"_s)->text().contains(u"already pulls"_s));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const Test::ProcessResult skopeo = Test::runProgram(
            u"skopeo"_s,
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + registry() + u"/team-a/app:v1"_s}, env);
        QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());
        QCOMPARE(Oci::Digest::sha256(skopeo.out).toString(), digest);
    }

    void thePageLooksAgainWhenShownAfterTheRegistryIsDeployed()
    {
        // Shown before the registry is deployed, then again once it is (as after the Registry
        // page): the page looks for the host again by itself.
        TrustPage page(m_session.get(), m_plan.get());
        page.show();
        QVERIFY(m_session->open());
        auto *message = described<QLabel>(&page, u"Message"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"No registry host answers yet"_s),
                                 30000);
        page.hide();
        QVERIFY(m_sandbox->deployRegistry());
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(named<QComboBox>(&page, u"Registry host"_s)->currentText(),
                                  registry(), 60000);
    }

    void aNewLoginGetsItsOwnTokenNeverTheLastOnes()
    {
        // The same page after a login as another user (or a context switch): the login it saves
        // is the new user's, with the new token.
        QVERIFY(m_sandbox->deployRegistry());
        // An image in team-a: its stream tells developer, who may read no route, the registry.
        QString digest;
        QVERIFY(pushApp(&digest));
        TrustPage page(m_session.get(), m_plan.get());
        page.show();
        QSignalSpy loaded(&page, &TrustPage::loaded);
        QSignalSpy acted(&page, &TrustPage::acted);
        QVERIFY(m_session->open());
        QVERIFY(Test::await(loaded));
        QVERIFY(useIdentity(u"developer"_s));
        m_session->setNamespace(u"team-a"_s);
        QVERIFY(m_session->open());
        QVERIFY(Test::await(loaded));
        QTRY_COMPARE(named<QComboBox>(&page, u"Registry host"_s)->currentText(), registry());
        named<QPushButton>(&page, u"Save the login for the registry"_s)->click();
        QVERIFY(Test::await(acted, 90000));
        const QJsonObject auths
            = QJsonDocument::fromJson(contents(m_home.filePath(u"run/containers/auth.json"_s)))
                  .object()
                  .value("auths"_L1)
                  .toObject();
        const QByteArray saved = QByteArray::fromBase64(
            auths.value(registry()).toObject().value("auth"_L1).toString().toLatin1());
        QCOMPARE(saved, (u"developer:"_s + m_sandbox->token(u"developer"_s)).toUtf8());
    }

    void aUserExportsToSystemStoresThroughPkexec()
    {
        // As a user, Docker's and Podman's stores go through pkexec once the user has seen the
        // exact command. When the tests run as root, this function runs again as nobody, in a
        // process of its own. pkexec is a stand-in that records what it runs and runs it, its
        // files under a root of its own (the real one would write /etc as root).
        if (::geteuid() == 0) {
            // Its own home and runtime directory, made by itself.
            QProcessEnvironment user = QProcessEnvironment::systemEnvironment();
            user.remove(u"XDG_RUNTIME_DIR"_s);
            user.insert(u"HOME"_s, u"/nonexistent"_s);
            const Test::ProcessResult r
                = Test::runProgram(u"setpriv"_s,
                                   {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                    u"--"_s, QCoreApplication::applicationFilePath(),
                                    QString::fromLatin1(QTest::currentTestFunction())},
                                   user, 180000);
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
            QVERIFY2(
                r.out.contains("PASS   : tst_TrustPage::aUserExportsToSystemStoresThroughPkexec"),
                r.out.constData());
            return;
        }
        QVERIFY(m_sandbox->deployRegistry());
        const QString bin = m_work.filePath(u"bin"_s);
        const QString log = m_work.filePath(u"pkexec.log"_s);
        const QString root = m_work.filePath(u"root"_s);
        auto standIn = [&](const QByteArray &script) {
            QFile file(bin + u"/pkexec"_s);
            return QDir().mkpath(bin) && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(script) == script.size()
                && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH",
                bin.toLocal8Bit() + ':'
                    + QFileInfo(QStringLiteral(BERTHCTL_BINARY)).path().toLocal8Bit()
                    + ":/usr/bin:/bin");
        auto restorePath = qScopeGuard([path] { qputenv("PATH", path); });

        TrustPage page(m_session.get(), m_plan.get());
        page.show();
        QSignalSpy loaded(&page, &TrustPage::loaded);
        QSignalSpy acted(&page, &TrustPage::acted);
        QVERIFY(m_session->open());
        QVERIFY(Test::await(loaded));
        auto *rootless = named<QCheckBox>(&page, u"Export to Rootless Podman (you)"_s);
        auto *docker = named<QCheckBox>(&page, u"Export to Docker"_s);
        auto *podman = named<QCheckBox>(&page, u"Export to Podman and skopeo"_s);
        QVERIFY(rootless && docker && podman);
        rootless->setChecked(true);
        docker->setChecked(true);
        podman->setChecked(true);
        auto *exportCa
            = named<QPushButton>(&page, u"Export the selected CA to the checked stores"_s);
        auto *message = described<QLabel>(&page, u"Message"_s);
        const QString command = u"pkexec "_s + QStringLiteral(BERTHCTL_BINARY)
            + u" trust install-ca --store docker --store podman --host "_s + registry();
        const QString dockerCa = root + u"/etc/docker/certs.d/"_s + registry() + u"/ca.crt"_s;
        const QString podmanCa = root + u"/etc/containers/certs.d/"_s + registry() + u"/ca.crt"_s;
        const QString rootlessCa
            = m_home.filePath(u".config/containers/certs.d/"_s + registry() + u"/ca.crt"_s);
        auto nothingWritten = [&] {
            return !QFile::exists(dockerCa) && !QFile::exists(podmanCa)
                && !QFile::exists(rootlessCa);
        };
        QString shown;
        auto answer = [&shown](QMessageBox::ButtonRole role) {
            Test::whenModal<QMessageBox>([&shown, role](QMessageBox *box) {
                shown = box->informativeText();
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == role)
                        return b->click();
            });
        };

        // Cancel: nothing runs, nothing is written (not even the rootless store), and the
        // command is left to copy.
        QVERIFY(standIn("#!/bin/sh\necho \"$*\" > '" + log.toUtf8() + "'\nexec \"$@\" --root '"
                        + root.toUtf8() + "'\n"));
        QVERIFY2(exportCa->isEnabled(), qPrintable(message->text()));
        answer(QMessageBox::RejectRole);
        exportCa->click();
        QVERIFY(!exportCa->isEnabled()); // while the question is open
        QVERIFY(Test::await(acted));
        QCOMPARE(shown, command);
        QVERIFY(!QFile::exists(log));
        QVERIFY(nothingWritten());
        QVERIFY2(message->text().contains(u"Nothing was written"_s)
                     && message->text().contains(command),
                 qPrintable(message->text()));

        // Refused by pkexec (a dismissed password dialog, not authorized): nothing is written,
        // and the page says why.
        for (const auto &[code, why] :
             {std::pair {126, u"pkexec exit 126: the password dialog was dismissed"_s},
              std::pair {127,
                         u"pkexec exit 127: not authorized, or no polkit agent is running"_s}}) {
            QVERIFY(standIn("#!/bin/sh\nexit " + QByteArray::number(code) + "\n"));
            answer(QMessageBox::AcceptRole);
            exportCa->click();
            QVERIFY(Test::await(acted, 30000));
            QVERIFY2(message->text().contains(u"the write as root did not happen ("_s + why),
                     qPrintable(message->text()));
            QVERIFY(nothingWritten());
            QVERIFY(exportCa->isEnabled());
        }

        // Run as Root: the command shown is the one run, the CA on its input, both system
        // stores; then the rootless one, then the real clients.
        QVERIFY(standIn("#!/bin/sh\necho \"$*\" > '" + log.toUtf8() + "'\nexec \"$@\" --root '"
                        + root.toUtf8() + "'\n"));
        answer(QMessageBox::AcceptRole);
        exportCa->click();
        QVERIFY(Test::await(acted, 90000));
        QCOMPARE(QString::fromUtf8(contents(log)).trimmed(), command.mid(7));
        const QByteArray ca = contents(m_sandbox->dataDir() + u"/router-ca.crt"_s);
        QCOMPARE(contents(dockerCa), ca);
        QCOMPARE(contents(podmanCa), ca);
        QCOMPARE(contents(rootlessCa), ca);
        QVERIFY2(message->text().contains(u"Written as root"_s), qPrintable(message->text()));
        QVERIFY(page.clients()->rowCount() > 0);
    }
};

QTEST_MAIN(tst_TrustPage)
#include "tst_trustpage.moc"
