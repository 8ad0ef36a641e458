// SPDX-License-Identifier: Apache-2.0
// The Images page on a registry added by its address, not the cluster's: a real docker-registry
// with TLS and htpasswd, browsed, inspected and deleted from through the page, checked with
// skopeo; and its catalog read a page at a time.
#include "await.h"
#include "certificateauthority.h"
#include "common/command.h"
#include "dialogs/addregistrydialog.h"
#include "finder.h"
#include "httpserver.h"
#include "kube/clustersession.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/catalogmodel.h"
#include "oci/digest.h"
#include "oci/dockerarchive.h"
#include "oci/ocilayout.h"
#include "oci/registryclient.h"
#include "pages/imagespage.h"
#include "registryprocess.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;
using Berth::Test::ProcessResult;

class tst_RegistryBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    Berth::Sandbox::CertificateAuthority m_ca
        = Berth::Sandbox::CertificateAuthority::create(u"Registry Browser CA"_s);
    Berth::Test::RegistryProcess m_registry;
    QString m_digest;
    QString m_indexDigest;
    const QString m_login = u"alice:s3cret"_s;

    /// Where this workstation keeps the CA of `host` (rootless Podman's and skopeo's certs.d).
    static QString certsDir(const QString &host)
    {
        return QDir::homePath() + u"/.config/containers/certs.d/"_s + host;
    }
    bool trust(const QString &host)
    {
        QDir().mkpath(certsDir(host));
        QFile ca(certsDir(host) + u"/ca.crt"_s);
        return ca.open(QIODevice::WriteOnly) && ca.write(m_ca.pair().certificatePem) > 0;
    }
    /// `server` on https, with a certificate of the test's CA, which this workstation trusts.
    bool listenTls(Berth::Sandbox::HttpServer *server)
    {
        const auto leaf = m_ca.issue(u"fake"_s, {u"localhost"_s}, {u"127.0.0.1"_s});
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(leaf.certificatePem));
        ssl.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
        return server->listen(0, &ssl) && trust(u"127.0.0.1:%1"_s.arg(server->port()));
    }
    ProcessResult skopeo(const QStringList &arguments)
    {
        return Berth::Test::runProgram(u"skopeo"_s,
                                       QStringList {arguments.first(), u"--creds"_s, m_login,
                                                    u"--cert-dir"_s, certsDir(m_registry.host())}
                                           + arguments.mid(1));
    }

    /// The main window with no cluster, on its Images page.
    struct Window
    {
        Kube::ClusterSession session;
        std::unique_ptr<MainWindow> window;
        ImagesPage *page = nullptr;
    };
    void open(Window *opened)
    {
        opened->session.setKubeconfigPaths({m_work.filePath(u"no-kubeconfig"_s)});
        opened->window = std::make_unique<MainWindow>(&opened->session);
        opened->window->show();
        opened->page = opened->window->findChild<ImagesPage *>();
        QTest::keyClick(opened->window.get(), Qt::Key_7, Qt::ControlModifier);
    }
    /// The window on the test's registry, with the login auth.json holds; false when its first
    /// page did not come.
    bool browseWithSavedLogin(Window *opened)
    {
        open(opened);
        QSignalSpy loaded(opened->page, &ImagesPage::loaded);
        opened->page->addRegistry(m_registry.host(), std::nullopt, false);
        return Berth::Test::await(loaded, 15000);
    }
    /// Adds the registry through Add Registry…, with `user` and `password` typed (none when
    /// empty) and saved or not, and waits for its first page.
    bool addThroughDialog(ImagesPage *page, const QString &user, const QString &password,
                          bool save = true)
    {
        QSignalSpy loaded(page, &ImagesPage::loaded);
        named<QPushButton>(page, u"Add a registry by its address"_s)->click();
        auto *dialog = page->findChild<AddRegistryDialog *>();
        if (!dialog)
            return false;
        named<QLineEdit>(dialog, u"Registry address"_s)->setText(m_registry.host());
        named<QLineEdit>(dialog, u"User name"_s)->setText(user);
        named<QLineEdit>(dialog, u"Password or token"_s)->setText(password);
        named<QCheckBox>(dialog, u"Save the login in auth.json"_s)->setChecked(save);
        named<QPushButton>(dialog, u"Add the registry"_s)->click();
        return Berth::Test::await(loaded, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"images/registries"_s); // a run before added its own registry
        const auto leaf = m_ca.issue(u"registry"_s, {u"localhost"_s}, {u"127.0.0.1"_s});
        QVERIFY2(m_registry.start({leaf.certificatePem, leaf.keyPem, u"alice"_s, u"s3cret"_s}),
                 qPrintable(m_registry.errorString()));
        // auth.json in the test's own directory, never the session's runtime directory. Set once
        // the registry runs: docker-registry reads REGISTRY_* variables as its configuration.
        qputenv("REGISTRY_AUTH_FILE", m_work.filePath(u"auth.json"_s).toUtf8());
        QVERIFY(trust(m_registry.host()));
        m_digest = Berth::Test::makeOciImage(m_work.filePath(u"image"_s), u"v1"_s, 2, 32 * 1024);
        m_indexDigest = Berth::Test::makeOciImage(m_work.filePath(u"image"_s), u"multi"_s, 1,
                                                  16 * 1024, u"amd64,arm64"_s, 7);
        const ProcessResult index = Berth::Test::runProgram(
            QStringLiteral(BERTHCTL_BINARY),
            {u"image"_s, u"push"_s, u"oci:"_s + m_work.filePath(u"image"_s) + u":multi"_s,
             m_registry.host() + u"/library/multi:v1"_s, u"--creds"_s, m_login});
        QVERIFY2(index.exitCode == 0, index.err.constData());
        for (const QString &target :
             {u"library/app:v1"_s, u"library/app:v2"_s, u"tools/other:1.0"_s}) {
            const ProcessResult push = Berth::Test::runProgram(
                QStringLiteral(BERTHCTL_BINARY),
                {u"image"_s, u"push"_s, u"oci:"_s + m_work.filePath(u"image"_s) + u":v1"_s,
                 m_registry.host() + u'/' + target, u"--creds"_s, m_login});
            QVERIFY2(push.exitCode == 0, push.err.constData());
        }
    }

    void browseInspectAndDeleteWithATypedLogin()
    {
        Window opened;
        open(&opened);
        ImagesPage *page = opened.page;
        QVERIFY(page);
        // No cluster is needed to browse another registry.
        auto *source = named<QComboBox>(page, u"Source"_s);
        QCOMPARE(source->count(), 1); // the cluster's registry only, so far

        // Without a login (auth.json has none yet) the registry's refusal says what to do.
        QVERIFY(addThroughDialog(page, {}, {}));
        QCOMPARE(source->currentText(), m_registry.host());
        QCOMPARE(QSettings().value(u"images/registries"_s).toStringList(),
                 QStringList {m_registry.host()}); // its host only
        QVERIFY(named<QPushButton>(page, u"Push an image from a folder"_s)->isEnabled());
        QVERIFY(!named<QComboBox>(page, u"Project"_s)->isVisibleTo(page));
        const QString refused = described<QLabel>(page, u"Images problem"_s)->text();
        QVERIFY2(refused.contains(u"credentials"_s), qPrintable(refused));
        QVERIFY(!QFile::exists(m_work.filePath(u"auth.json"_s)));

        // With a login, saved in auth.json (0600) as podman login saves it.
        QVERIFY(addThroughDialog(page, u"alice"_s, u"s3cret"_s));
        QCOMPARE(source->count(), 2); // the same registry, not added twice
        QFile authFile(m_work.filePath(u"auth.json"_s));
        QTRY_VERIFY(authFile.exists());
        QCOMPARE(authFile.permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
        QVERIFY(authFile.open(QIODevice::ReadOnly));
        const QJsonObject auths
            = QJsonDocument::fromJson(authFile.readAll()).object().value("auths"_L1).toObject();
        QCOMPARE(auths.value(m_registry.host()).toObject().value("auth"_L1).toString(),
                 QString::fromLatin1(m_login.toUtf8().toBase64()));

        auto *repositories = named<QTableView>(page, u"Repositories"_s);
        QAbstractItemModelTester repositoryTester(repositories->model());
        QTRY_COMPARE(repositories->model()->rowCount(), 3);
        QCOMPARE(repositories->model()->index(0, 0).data().toString(), u"library/app"_s);
        QCOMPARE(repositories->model()->index(1, 0).data().toString(), u"library/multi"_s);
        QCOMPARE(repositories->model()->index(2, 0).data().toString(), u"tools/other"_s);
        // The filter searches as it is typed.
        auto *filter = named<QLineEdit>(page, u"Filter repositories"_s);
        filter->setText(u"OTHER"_s);
        QCOMPARE(repositories->model()->rowCount(), 1);
        filter->clear();

        QSignalSpy tagsShown(page, &ImagesPage::tagsShown);
        repositories->setCurrentIndex(repositories->model()->index(0, 0));
        QVERIFY(Berth::Test::await(tagsShown, 15000));
        auto *tags = named<QTableView>(page, u"Tags"_s);
        QCOMPARE(tags->model()->rowCount(), 2);
        QVERIFY(tags->isColumnHidden(1)); // tags/list says no digest
        QSignalSpy inspected(page, &ImagesPage::inspected);
        tags->setCurrentIndex(tags->model()->index(0, 0));
        QVERIFY2(Berth::Test::await(inspected, 15000), qPrintable(page->details()));
        const QString image = m_registry.host() + u"/library/app@"_s + m_digest;
        QVERIFY2(page->details().contains(u"Pull: podman pull "_s + image + u'\n'),
                 qPrintable(page->details()));

        // Pull and push, with the login typed.
        QSignalSpy pulled(page, &ImagesPage::pulled);
        const QString out = m_work.filePath(u"pulled"_s);
        page->pullTo(out);
        QVERIFY(Berth::Test::await(pulled, 30000));
        QVERIFY2(pulled.first().first().toBool(),
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        QVERIFY(QFile::exists(out + u"/index.json"_s));
        QSignalSpy pushed(page, &ImagesPage::pushed);
        page->pushFrom(u"oci:"_s + m_work.filePath(u"image"_s) + u":v1"_s, u"pushed/app:v1"_s);
        QVERIFY(Berth::Test::await(pushed, 30000));
        QVERIFY2(pushed.first().first().toBool(),
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        const ProcessResult arrived = skopeo(
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + m_registry.host() + u"/pushed/app:v1"_s});
        QVERIFY2(arrived.exitCode == 0, arrived.err.constData());
        QSignalSpy loaded(page, &ImagesPage::loaded);
        QTRY_COMPARE(repositories->model()->rowCount(), 4); // read again after the push
        repositories->setCurrentIndex(repositories->model()->index(0, 0)); // library/app
        QVERIFY(Berth::Test::await(tagsShown, 15000));
        tags->setCurrentIndex(tags->model()->index(0, 0));

        // Retag: only the manifest is sent, no layer; then a copy to another repository.
        const auto blobUploads = [&opened] {
            int uploads = 0;
            for (int row = 0; row < opened.window->activity()->rowCount(); ++row)
                uploads += opened.window->activity()
                               ->index(row, ActivityModel::WhatColumn)
                               .data()
                               .toString()
                               .contains(u"/blobs/uploads/"_s);
            return uploads;
        };
        const auto selectLibraryApp = [&] {
            const QAbstractItemModel *model = repositories->model();
            const QModelIndexList found
                = model->match(model->index(0, 0), Qt::DisplayRole, u"library/app"_s);
            QVERIFY(found.size() == 1);
            tagsShown.clear();
            repositories->setCurrentIndex(found.first());
            QVERIFY(Berth::Test::await(tagsShown, 15000));
            tags->setCurrentIndex(tags->model()->index(0, 0));
        };
        const int uploadsBefore = blobUploads();
        loaded.clear();
        QSignalSpy copied(page, &ImagesPage::copied);
        QVERIFY(named<QPushButton>(page,
                                   u"Copy the selected tag to another tag, repository or "
                                   u"registry"_s)
                    ->isEnabled());
        page->copyTo(m_registry.host() + u"/library/app:v3"_s);
        QVERIFY(Berth::Test::await(copied, 30000));
        QVERIFY2(copied.first().first().toBool(),
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        QCOMPARE(blobUploads(), uploadsBefore);
        const ProcessResult retagged = skopeo(
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + m_registry.host() + u"/library/app:v3"_s});
        QCOMPARE(Oci::Digest::sha256(retagged.out).toString(), m_digest);
        QVERIFY(Berth::Test::await(loaded, 15000)); // read again: the tag is where it looks
        copied.clear();
        selectLibraryApp();
        QCOMPARE(tags->model()->rowCount(), 3);
        loaded.clear();
        page->copyTo(m_registry.host() + u"/copies/app:v1"_s);
        QVERIFY(Berth::Test::await(copied, 30000));
        QVERIFY(copied.first().first().toBool());
        const ProcessResult copy = skopeo(
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + m_registry.host() + u"/copies/app:v1"_s});
        QCOMPARE(Oci::Digest::sha256(copy.out).toString(), m_digest);
        QVERIFY(Berth::Test::await(loaded, 15000));
        QCOMPARE(repositories->model()->rowCount(), 5);
        selectLibraryApp();

        // Delete: the confirmation names every tag of the digest, and both go.
        QString asked;
        Berth::Test::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        tagsShown.clear();
        auto *remove = named<QPushButton>(page, u"Delete the selected tag's image"_s);
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(Berth::Test::await(tagsShown, 15000));
        QVERIFY2(asked.startsWith(u"Delete "_s + image + u" (tag "_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"The tags that go with it: v1, v2, v3."_s), qPrintable(asked));
        QCOMPARE(tags->model()->rowCount(), 0);
        for (const QString &tag : {u"v1"_s, u"v2"_s, u"v3"_s}) {
            const ProcessResult gone = skopeo(
                {u"inspect"_s, u"docker://"_s + m_registry.host() + u"/library/app:"_s + tag});
            QVERIFY2(gone.exitCode != 0 && gone.err.contains("manifest unknown"),
                     gone.err.constData());
        }
        QVERIFY(page->details().isEmpty());
        const ProcessResult kept = skopeo(
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + m_registry.host() + u"/tools/other:1.0"_s});
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        // The command log has what does the same, and never the password.
        const QList<CommandLog::Entry> &log = opened.session.commands()->entries();
        QVERIFY(!log.isEmpty());
        QCOMPARE(
            log.constLast().command.arguments(),
            (QStringList {u"skopeo"_s, u"delete"_s, u"--creds=$CREDS"_s, u"docker://"_s + image}));
        for (int row = 0; row < opened.window->activity()->rowCount(); ++row)
            for (int column = 0; column < opened.window->activity()->columnCount(); ++column)
                QVERIFY(!opened.window->activity()
                             ->index(row, column)
                             .data()
                             .toString()
                             .contains(u"s3cret"_s));
    }

    void aFolderOrAnArchiveDroppedOnThePageIsPushed()
    {
        Window opened;
        QVERIFY(browseWithSavedLogin(&opened));
        ImagesPage *page = opened.page;
        const auto drop = [page](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(page, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                               Qt::NoModifier);
            QApplication::sendEvent(page, &dropped);
            return dropped.isAccepted();
        };
        // A folder that is no OCI layout is refused.
        QVERIFY(!drop(m_work.path()));
        // The layout: asked where, with its folder's name, then pushed.
        const QString layout = m_work.filePath(u"single"_s);
        QVERIFY(!Berth::Test::makeOciImage(layout, u"v1"_s, 1, 8 * 1024).isEmpty());
        QVERIFY(drop(layout));
        // The one asking now (one answered before is deleted later).
        const auto asking = [page]() -> QInputDialog * {
            for (QInputDialog *dialog : page->findChildren<QInputDialog *>())
                if (dialog->isVisible())
                    return dialog;
            return nullptr;
        };
        QInputDialog *asked = asking();
        QVERIFY(asked);
        QCOMPARE(asked->textValue(), u"single:latest"_s);
        QSignalSpy pushed(page, &ImagesPage::pushed);
        asked->setTextValue(u"dropped/app:v1"_s);
        asked->accept();
        QVERIFY(Berth::Test::await(pushed, 30000));
        QVERIFY2(pushed.first().first().toBool(),
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        const ProcessResult arrived = skopeo(
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + m_registry.host() + u"/dropped/app:v1"_s});
        QVERIFY2(arrived.exitCode == 0, arrived.err.constData());

        // An archive (docker save): named after its file.
        const QString archive = m_work.filePath(u"saved.tar"_s);
        QVERIFY(Oci::DockerArchive::fromOciLayout(Oci::OciLayout(layout), u"v1"_s,
                                                  u"example.com/saved:v1"_s, archive));
        QVERIFY(drop(archive));
        asked = asking();
        QVERIFY(asked);
        QCOMPARE(asked->textValue(), u"saved:latest"_s);
        pushed.clear();
        asked->setTextValue(u"dropped/archive:v1"_s);
        asked->accept();
        QVERIFY(Berth::Test::await(pushed, 30000));
        QVERIFY2(pushed.first().first().toBool(),
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        QCOMPARE(skopeo({u"inspect"_s, u"--raw"_s,
                         u"docker://"_s + m_registry.host() + u"/dropped/archive:v1"_s})
                     .exitCode,
                 0);
    }

    void theDetailsOfAnIndexOpenEachPlatform()
    {
        Window opened;
        QVERIFY(browseWithSavedLogin(&opened));
        ImagesPage *page = opened.page;
        auto *repositories = named<QTableView>(page, u"Repositories"_s);
        const QAbstractItemModel *model = repositories->model();
        const QModelIndexList multi
            = model->match(model->index(0, 0), Qt::DisplayRole, u"library/multi"_s);
        QVERIFY2(multi.size() == 1,
                 qPrintable(described<QLabel>(page, u"Images problem"_s)->text()));
        QSignalSpy tagsShown(page, &ImagesPage::tagsShown);
        repositories->setCurrentIndex(multi.first());
        QVERIFY(Berth::Test::await(tagsShown, 15000));
        QSignalSpy inspected(page, &ImagesPage::inspected);
        named<QTableView>(page, u"Tags"_s)
            ->setCurrentIndex(named<QTableView>(page, u"Tags"_s)->model()->index(0, 0));
        QVERIFY(Berth::Test::await(inspected, 15000));

        // The index: its digest to copy, and a row per platform; no layers of its own.
        auto *digest = named<QLineEdit>(page, u"Digest"_s);
        QCOMPARE(digest->text(), m_indexDigest);
        named<QPushButton>(page, u"Copy the digest"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_indexDigest);
        auto *platforms = named<QTableView>(page, u"Platforms"_s);
        QVERIFY(platforms->isVisibleTo(page));
        QVERIFY(!named<QTableView>(page, u"Layers"_s)->isVisibleTo(page));
        QCOMPARE(platforms->model()->rowCount(), 2);
        QCOMPARE(platforms->model()->index(0, 0).data().toString(), u"linux/amd64"_s);
        QVERIFY(!named<QPushButton>(page, u"Back to the index"_s)->isVisibleTo(page));

        // Enter opens a platform: its layers, config, history and commands.
        inspected.clear();
        platforms->setCurrentIndex(platforms->model()->index(1, 0));
        QTest::keyClick(platforms, Qt::Key_Return);
        QVERIFY(Berth::Test::await(inspected, 15000));
        QVERIFY2(page->details().contains(u"Platform: linux/arm64\n"_s),
                 qPrintable(page->details()));
        // Copy Details copies that text; the platform goes by its digest.
        named<QPushButton>(page, u"Copy the image details"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), page->details());
        QVERIFY(page->details().startsWith(u"Image: "_s + m_registry.host()
                                           + u"/library/multi@sha256:"_s));
        const QString platformDigest = digest->text();
        QVERIFY(platformDigest != m_indexDigest);
        auto *layers = named<QTableView>(page, u"Layers"_s);
        QVERIFY(layers->isVisibleTo(page));
        QCOMPARE(layers->model()->rowCount(), 1);
        QVERIFY(layers->model()->index(0, 1).data().toString().startsWith(u"sha256:"_s));
        const QAbstractItemModel *config = named<QTableView>(page, u"Config"_s)->model();
        QVERIFY(!config->match(config->index(0, 0), Qt::DisplayRole, u"Entrypoint"_s).isEmpty());
        QVERIFY(!config->match(config->index(0, 1), Qt::DisplayRole, u"PATH=/usr/bin"_s).isEmpty());
        QVERIFY(named<QTableView>(page, u"History"_s)->model()->rowCount() >= 1);
        const QString commands = named<QPlainTextEdit>(page, u"Commands"_s)->toPlainText();
        const QString image = m_registry.host() + u"/library/multi@"_s + platformDigest;
        for (const QString &command :
             QStringList {u"podman pull "_s + image, u"docker pull "_s + image,
                          u"skopeo inspect docker://"_s + image, u"oc image info "_s + image})
            QVERIFY2(commands.contains(command), qPrintable(commands));

        // Back to the index.
        inspected.clear();
        named<QPushButton>(page, u"Back to the index"_s)->click();
        QVERIFY(Berth::Test::await(inspected, 15000));
        QCOMPARE(digest->text(), m_indexDigest);
        QVERIFY(platforms->isVisibleTo(page));
    }

    void aNewWindowKeepsTheRegistryAndItsSavedLogin()
    {
        // The source is remembered (its host only); the login comes from auth.json.
        Window opened;
        open(&opened);
        auto *source = named<QComboBox>(opened.page, u"Source"_s);
        QCOMPARE(source->findText(m_registry.host()), 1);
        QSignalSpy loaded(opened.page, &ImagesPage::loaded);
        source->setCurrentIndex(1);
        QVERIFY(Berth::Test::await(loaded, 15000));
        auto *repositories = named<QTableView>(opened.page, u"Repositories"_s);
        QTRY_VERIFY2(repositories->model()->rowCount() >= 1,
                     qPrintable(described<QLabel>(opened.page, u"Images problem"_s)->text()));
        // Back to the cluster: its fields are shown again, and no catalog is left.
        source->setCurrentIndex(0);
        QVERIFY(named<QComboBox>(opened.page, u"Project"_s)->isVisibleTo(opened.page));
        QCOMPARE(repositories->model()->rowCount(), 0);
    }

    void aLoginNotSavedIsKeptForTheWindowOnly()
    {
        const QString authFile = m_work.filePath(u"auth.json"_s);
        QVERIFY(QFile::remove(authFile));
        Window opened;
        open(&opened);
        QVERIFY(addThroughDialog(opened.page, u"alice"_s, u"s3cret"_s, false));
        auto *repositories = named<QTableView>(opened.page, u"Repositories"_s);
        QTRY_VERIFY2(repositories->model()->rowCount() >= 1,
                     qPrintable(described<QLabel>(opened.page, u"Images problem"_s)->text()));
        QVERIFY(!QFile::exists(authFile));
    }

    void anAddressThatIsNotARegistryIsRefusedInTheDialog()
    {
        Window opened;
        open(&opened);
        named<QPushButton>(opened.page, u"Add a registry by its address"_s)->click();
        auto *dialog = opened.page->findChild<AddRegistryDialog *>();
        QVERIFY(dialog);
        named<QLineEdit>(dialog, u"Registry address"_s)->setText(u"not a host/"_s);
        named<QPushButton>(dialog, u"Add the registry"_s)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(described<QLabel>(dialog, u"Problem"_s)->text().contains(u"HOST:PORT"_s));
        // A user without a password (or the reverse) is refused too.
        named<QLineEdit>(dialog, u"Registry address"_s)->setText(u"https://registry.example/"_s);
        QCOMPARE(dialog->host(), u"registry.example"_s);
        named<QLineEdit>(dialog, u"User name"_s)->setText(u"alice"_s);
        named<QPushButton>(dialog, u"Add the registry"_s)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(described<QLabel>(dialog, u"Problem"_s)->text().contains(u"password"_s));
        dialog->reject();
    }

    void aRepositoryTheCatalogDoesNotListOpensByItsName()
    {
        // A registry that lists no catalog to this user (as Docker Hub or Quay): the refusal
        // says what to do, and the repository typed in the filter opens with Enter.
        Berth::Sandbox::HttpServer server(
            [](const Berth::Sandbox::ServerRequest &r, Berth::Sandbox::ResponseWriter *w) {
                const QByteArray json = "application/json";
                if (r.target.startsWith("/v2/_catalog"))
                    return w->send(403, {{"Content-Type", json}},
                                   R"({"errors":[{"code":"DENIED","message":"no catalog"}]})");
                if (r.target.startsWith("/v2/team/app/tags/list"))
                    return w->send(200, {{"Content-Type", json}},
                                   R"({"name":"team/app","tags":["1.0","2.0"]})");
                w->send(200, {{"Content-Type", json}}, "{}");
            });
        QVERIFY(listenTls(&server));
        const QString host = u"127.0.0.1:%1"_s.arg(server.port());
        Window opened;
        open(&opened);
        QSignalSpy loaded(opened.page, &ImagesPage::loaded);
        opened.page->addRegistry(host, std::nullopt, false);
        QVERIFY(Berth::Test::await(loaded, 15000));
        const QString refused = described<QLabel>(opened.page, u"Images problem"_s)->text();
        QVERIFY2(refused.contains(u"type its name in the filter and press Enter"_s),
                 qPrintable(refused));
        auto *filter = named<QLineEdit>(opened.page, u"Filter repositories"_s);
        filter->setText(u"team/app:1.0"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(described<QLabel>(opened.page, u"Images problem"_s)
                    ->text()
                    .contains(u"not a repository name"_s));
        QSignalSpy tagsShown(opened.page, &ImagesPage::tagsShown);
        filter->setText(u"team/app"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY2(Berth::Test::await(tagsShown, 15000),
                 qPrintable(described<QLabel>(opened.page, u"Images problem"_s)->text()));
        QCOMPARE(named<QTableView>(opened.page, u"Repositories"_s)->model()->rowCount(), 1);
        QCOMPARE(named<QTableView>(opened.page, u"Tags"_s)->model()->rowCount(), 2);

        // Forgotten: no longer a source, in this window or the next.
        auto *source = named<QComboBox>(opened.page, u"Source"_s);
        QVERIFY(source->findData(host) > 0);
        named<QPushButton>(opened.page, u"Forget this registry"_s)->click();
        QCOMPARE(source->currentIndex(), 0);
        QCOMPARE(source->findData(host), -1);
        QVERIFY(!QSettings().value(u"images/registries"_s).toStringList().contains(host));
        QVERIFY(!named<QPushButton>(opened.page, u"Forget this registry"_s)->isEnabled());
    }

    void theCatalogIsReadAPageAtATime()
    {
        // 5,000 repositories, 100 a page: the first page alone at first, the next only when
        // the view asks, all of them (one request after the other) for a filter; a loop stops.
        int catalogRequests = 0;
        bool loop = false;
        Berth::Sandbox::HttpServer server([&](const Berth::Sandbox::ServerRequest &r,
                                              Berth::Sandbox::ResponseWriter *w) {
            const QUrl url(QString::fromLatin1(r.target));
            if (url.path() != u"/v2/_catalog")
                return w->send(200, {{"Content-Type", "application/json"}}, "{}");
            ++catalogRequests;
            const QUrlQuery query(url);
            const int n = query.queryItemValue(u"n"_s).toInt();
            const QString last = query.queryItemValue(u"last"_s);
            const int from = last.isEmpty() ? 0 : last.mid(5).toInt() + 1;
            QStringList names;
            for (int i = from; i < std::min(from + n, 5000); ++i)
                names.append(u"repo-%1"_s.arg(i, 4, 10, QChar(u'0')));
            Berth::Sandbox::HeaderList headers {{"Content-Type", "application/json"}};
            if (from + n < 5000)
                headers.append({"Link",
                                loop ? QByteArray("</v2/_catalog?n=100>; rel=\"next\"")
                                     : "</v2/_catalog?n=" + QByteArray::number(n) + "&last="
                                        + names.constLast().toLatin1() + ">; rel=\"next\""});
            w->send(
                200, headers,
                QJsonDocument(QJsonObject {{u"repositories"_s, QJsonArray::fromStringList(names)}})
                    .toJson(QJsonDocument::Compact));
        });
        QVERIFY(listenTls(&server));
        const QString host = u"127.0.0.1:%1"_s.arg(server.port());

        QNetworkAccessManager nam;
        Oci::RegistryTransport transport(host, {}, &nam);
        Oci::RegistryClient client(&transport);
        CatalogModel model(&client);
        QSignalSpy read(&model, &CatalogModel::pageRead);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // asked again while the page is read: one request
        QVERIFY(Berth::Test::await(read, 15000));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(catalogRequests, 1);
        QTest::qWait(200);
        QCOMPARE(catalogRequests, 1); // nothing more until asked
        model.fetchMore({});
        QVERIFY(Berth::Test::await(read, 15000));
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.index(199, 0).data().toString(), u"repo-0199"_s);
        model.fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 30000);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(catalogRequests, 50);
        QCOMPARE(read.constLast().first().toBool(), true);

        // A registry whose next page is always the first: stopped, and said.
        loop = true;
        catalogRequests = 0;
        CatalogModel looping(&client);
        QSignalSpy failed(&looping, &CatalogModel::failed);
        looping.fetchAll();
        QVERIFY(Berth::Test::await(failed, 15000));
        QVERIFY(failed.first().first().value<Error>().message().contains(u"loop"_s));
        QCOMPARE(catalogRequests, 2);
        QVERIFY(looping.atEnd() && !looping.canFetchMore({}));

        // On the page: the first rows at once, and no request the view did not ask for; a
        // filter reads the rest.
        loop = false;
        catalogRequests = 0;
        Window opened;
        open(&opened);
        QSignalSpy loaded(opened.page, &ImagesPage::loaded);
        opened.page->addRegistry(host, std::nullopt, false);
        QVERIFY(Berth::Test::await(loaded, 15000));
        auto *repositories = named<QTableView>(opened.page, u"Repositories"_s);
        QCOMPARE(repositories->model()->rowCount(), 100);
        QTest::qWait(300);
        QCOMPARE(catalogRequests, 1);
        repositories->scrollToBottom(); // the next page, when the last row shows
        QTRY_COMPARE(repositories->model()->rowCount(), 200);
        QCOMPARE(catalogRequests, 2);
        // A filter typed and cleared at once: the reading stops after the page it was on.
        named<QLineEdit>(opened.page, u"Filter repositories"_s)->setText(u"repo"_s);
        named<QLineEdit>(opened.page, u"Filter repositories"_s)->clear();
        QTRY_COMPARE(repositories->model()->rowCount(), 300);
        QTest::qWait(300);
        QCOMPARE(catalogRequests, 3);
        named<QLineEdit>(opened.page, u"Filter repositories"_s)->setText(u"repo-4999"_s);
        QTRY_COMPARE_WITH_TIMEOUT(repositories->model()->rowCount(), 1, 30000);
        QCOMPARE(catalogRequests, 50);
    }
};

QTEST_MAIN(tst_RegistryBrowser)
#include "tst_registrybrowser.moc"
