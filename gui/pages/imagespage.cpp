// SPDX-License-Identifier: Apache-2.0
#include "imagespage.h"

#include "accessibility.h"
#include "dialogs/addregistrydialog.h"
#include "dialogs/certificatedialog.h"
#include "imagedetailsview.h"
#include "projectchoices.h"

#include "common/command.h"
#include "kube/clustersession.h"
#include "models/activitymodel.h"
#include "models/catalogmodel.h"
#include "models/imagestreammodel.h"
#include "oci/imagedetails.h"
#include "oci/registryclient.h"
#include "oci/transferengine.h"
#include "openshift/clusterregistry.h"
#include "openshift/imagepruner.h"
#include "openshift/imagestreams.h"
#include "tls/handshake.h"
#include "workstation/certsdir.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSslError>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

ImagesPage::ImagesPage(Kube::ClusterSession *session, ActivityModel *activity, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_activity(activity)
    , m_streams(new ImageStreamModel(this))
    , m_tags(new TagModel(this))
    , m_streamProxy(new QSortFilterProxyModel(this))
    , m_source(new QComboBox(this))
    , m_addRegistry(new QPushButton(tr("A&dd Registry…"), this))
    , m_forgetRegistry(new QPushButton(tr("Forg&et"), this))
    , m_top(new QFormLayout)
    , m_project(new QComboBox(this))
    , m_registry(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_details(new ImageDetailsView(this))
    , m_pull(new QPushButton(tr("&Pull to Folder…"), this))
    , m_copy(new QPushButton(tr("Cop&y or Retag…"), this))
    , m_push(new QPushButton(tr("Pu&sh from Folder…"), this))
    , m_pushArchive(new QPushButton(tr("Push from &Archive…"), this))
    , m_remove(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_problem(new QLabel(this))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(title()), this));

    // The cluster first, then the registries added by address (saved: hosts only, no login).
    m_source->addItem(tr("This cluster's registry"));
    for (const QString &host : QSettings().value(u"images/registries"_s).toStringList())
        if (Oci::isValidRegistryHost(host))
            m_source->addItem(host, host);
    m_source->setAccessibleName(tr("Source"));
    m_addRegistry->setAccessibleName(tr("Add a registry by its address"));
    auto *source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_addRegistry);
    m_forgetRegistry->setAccessibleName(tr("Forget this registry"));
    m_forgetRegistry->setToolTip(tr("Drops it from the sources; a login saved in auth.json stays"));
    source->addWidget(m_forgetRegistry);
    connect(m_forgetRegistry, &QPushButton::clicked, this, &ImagesPage::forgetRegistry);
    auto *sourceLabel = new QLabel(tr("So&urce:"), this);
    sourceLabel->setBuddy(m_source); // a row of a layout gets no buddy by itself
    m_top->addRow(sourceLabel, source);
    m_project->setEditable(true);
    nameComboBox(m_project, tr("Project"));
    m_top->addRow(tr("Pro&ject:"), m_project);
    m_registry->setEditable(true);
    nameComboBox(m_registry, tr("Registry host"));
    m_registry->setToolTip(tr("Where the cluster's registry answers, such as its default route"));
    m_top->addRow(tr("Re&gistry:"), m_registry);
    layout->addLayout(m_top);
    connect(m_project, &QComboBox::textActivated, this, &ImagesPage::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImagesPage::sourceChanged);
    connect(m_addRegistry, &QPushButton::clicked, this, [this] {
        auto *dialog = new AddRegistryDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            addRegistry(dialog->host(), dialog->credential(), dialog->saveLogin());
        });
        dialog->open();
    });

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter repositories"));
    m_filter->setAccessibleName(tr("Filter repositories"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter, tr("Clear the repository filter"));
    leftLayout->addWidget(m_filter);
    m_streamProxy->setSourceModel(m_streams);
    m_streamProxy->setFilterKeyColumn(ImageStreamModel::NameColumn);
    m_streamProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_streamProxy->setSortRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, m_streamProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, &ImagesPage::openTypedRepository);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_catalog)
            m_catalog->fetchAll(!text.isEmpty()); // a filter searches the whole catalog
    });
    m_streamView = makeTable(m_streamProxy, tr("Repositories"), left);
    leftLayout->addWidget(m_streamView);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *tagProxy = new QSortFilterProxyModel(this);
    tagProxy->setSourceModel(m_tags);
    tagProxy->setSortRole(Qt::EditRole);
    m_tagView = makeTable(tagProxy, tr("Tags"), right);
    // The tags above the details, the line between them movable.
    auto *tagsAndDetails = new QSplitter(Qt::Vertical, right);
    tagsAndDetails->addWidget(m_tagView);
    tagsAndDetails->addWidget(m_details);
    tagsAndDetails->setStretchFactor(0, 1);
    tagsAndDetails->setStretchFactor(1, 3);
    tagsAndDetails->setSizes({100, 300}); // the details scroll: give them the room
    tagsAndDetails->setChildrenCollapsible(false);
    rightLayout->addWidget(tagsAndDetails, 1);
    connect(m_details, &ImageDetailsView::platformChosen, this, [this](const Oci::Digest &digest) {
        inspectReference(digest.toString(), ImageDetailsView::Origin::IndexPlatform);
    });
    connect(m_details, &ImageDetailsView::backToIndex, this, &ImagesPage::inspect);
    auto *actions = new QHBoxLayout;
    m_pull->setAccessibleName(tr("Pull the selected tag into a folder"));
    m_copy->setAccessibleName(tr("Copy the selected tag to another tag, repository or registry"));
    m_cancel->setAccessibleName(tr("Cancel the transfer"));
    m_progress->setAccessibleName(tr("Transfer progress"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_push->setAccessibleName(tr("Push an image from a folder"));
    m_push->setToolTip(
        tr("An OCI image layout, as skopeo copy oci:DIR or berthctl image pull write it"));
    actions->addWidget(m_push);
    m_pushArchive->setAccessibleName(tr("Push an image from an archive file"));
    m_pushArchive->setToolTip(tr("A docker-archive tarball, as docker save, podman save or skopeo "
                                 "copy docker-archive: write it; its layers are sent compressed"));
    actions->addWidget(m_pushArchive);
    actions->addWidget(m_pull);
    actions->addWidget(m_copy);
    actions->addWidget(m_remove);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    rightLayout->addLayout(actions);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Images problem"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    // Tab follows the screen: the fields, the repositories, their tags, the details, the actions.
    orderTabs(QList<QWidget *> {m_source, m_addRegistry, m_forgetRegistry, m_project, m_registry,
                                m_filter, m_streamView, m_tagView}
              + m_details->focusOrder()
              + QList<QWidget *> {m_push, m_pushArchive, m_pull, m_copy, m_remove, m_cancel});

    connect(m_streamView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImagesPage::showTags);
    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImagesPage::inspect);
    connect(m_pull, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Pull into Folder"));
        if (!dir.isEmpty())
            pullTo(dir);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString from = selectedImage();
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Copy or Retag"));
        dialog->setLabelText(tr("Copy %1 to (HOST/REPOSITORY:TAG; the same repository with "
                                "another tag retags it, moving no layer):")
                                 .arg(from));
        dialog->setTextValue(from);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, from](const QString &to) {
            if (selectedImage() != from) // read again meanwhile: the copy would be another's
                return setProblem(tr("The selection changed; choose the tag to copy again."));
            if (!to.trimmed().isEmpty() && to.trimmed() != from)
                copyTo(to.trimmed());
        });
        dialog->open();
    });
    connect(m_remove, &QPushButton::clicked, this, &ImagesPage::removeTag);
    connect(m_push, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Push from OCI Folder"));
        if (!dir.isEmpty())
            askAndPush(u"oci:"_s + dir, QFileInfo(dir).fileName());
    });
    connect(m_pushArchive, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Push from Archive"), {}, tr("Image archives (*.tar);;All files (*)"));
        if (!file.isEmpty())
            askAndPush(u"docker-archive:"_s + file, QFileInfo(file).completeBaseName());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_transfer)
            m_transfer->abort();
    });
    // A folder (an OCI layout) or an archive dropped on the page is pushed, as by the buttons.
    setAcceptDrops(true);
    connect(m_session, &Kube::ClusterSession::opened, this, [this] {
        if (browsingCluster())
            dropClient(); // the old session's token goes with it
        m_project->clear();
        m_project->setEditText(m_session->connection().ns);
        m_registry->clear();
        m_probedHosts.clear();
        delete m_clusterRegistry;
        m_clusterRegistry = new OpenShift::ClusterRegistry(m_session->client(),
                                                           m_session->connection().token, this);
        updateActions(); // a push needs only an open session
        if (browsingCluster())
            refresh();
        offerProjects(m_session->client(), m_project);
    });
    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImagesPage::updateActions);
    sourceChanged();
}

QString ImagesPage::title() const
{
    return tr("Images");
}

QIcon ImagesPage::icon() const
{
    return QIcon(u":/icons/images.svg"_s);
}

void ImagesPage::updateActions()
{
    const bool tag = !selectedTag().isEmpty();
    m_pull->setEnabled(tag && !m_transfer);
    m_copy->setEnabled(m_pull->isEnabled());
    m_push->setEnabled((m_session->isOpen() || !browsingCluster()) && !m_transfer);
    m_pushArchive->setEnabled(m_push->isEnabled());
    m_remove->setEnabled(tag && !m_deleting);
}

void ImagesPage::setProblem(const QString &text)
{
    showMessage(m_problem, text);
}

bool ImagesPage::browsingCluster() const
{
    return m_source->currentIndex() <= 0;
}

QString ImagesPage::currentHost() const
{
    return browsingCluster() ? m_registry->currentText().trimmed()
                             : m_source->currentData().toString();
}

QString ImagesPage::repositoryPath() const
{
    const QString name = selectedRepository();
    if (name.isEmpty() || !browsingCluster())
        return name;
    return m_project->currentText().trimmed() + u'/' + name;
}

void ImagesPage::dropClient()
{
    for (Reply *running : {m_inspecting.data(), m_tagListing.data()})
        if (running)
            running->abort();
    if (m_client)
        m_client->transport()->deleteLater();
    m_client.clear();
}

QString ImagesPage::selectedImage() const
{
    return currentHost() + u'/' + repositoryPath() + u':' + selectedTag();
}

QStringList ImagesPage::otherStreamTags(const QString &digest, const QString &tag) const
{
    const QModelIndex stream = m_streamProxy->mapToSource(m_streamView->currentIndex());
    if (!browsingCluster() || !stream.isValid())
        return {};
    QStringList others;
    for (const OpenShift::TagInfo &info : m_streams->item(stream.row()).tags) {
        if (info.digest == digest && info.tag != tag)
            others.append(info.tag);
    }
    return others;
}

Oci::RegistryClient *ImagesPage::client()
{
    const QString host = currentHost();
    if (m_client && m_client->transport()->registry() == host)
        return m_client;
    dropClient();
    Oci::RegistryOptions options;
    credentialsFor(host, &options);
    auto *transport = new Oci::RegistryTransport(host, options, &m_nam, this);
    connect(transport, &Oci::RegistryTransport::exchanged, m_activity, &ActivityModel::addRequest);
    connect(transport, &Oci::RegistryTransport::tokenRealmElsewhere, this, &ImagesPage::noteRealm);
    m_client = new Oci::RegistryClient(transport, transport);
    return m_client;
}

void ImagesPage::addRegistry(const QString &host,
                             const std::optional<Workstation::Credential> &login, bool save)
{
    if (!Oci::isValidRegistryHost(host))
        return setProblem(tr("\"%1\" is not a registry address.").arg(host));
    const auto show = [this, host] {
        if (m_source->findData(host) < 0) {
            m_source->addItem(host, host);
            saveSources();
        }
        if (m_source->currentData().toString() == host)
            refresh(); // the same source, perhaps with a new login
        else
            m_source->setCurrentIndex(m_source->findData(host));
    };
    if (login) {
        m_logins.insert(host, *login);
        if (m_client && m_client->transport()->registry() == host)
            dropClient(); // made again with the login
    }
    if (!login || !save)
        return show();
    auto *stored = Workstation::AuthFile::storeInBackground(Workstation::AuthFile::containersPath(),
                                                            host, *login, this);
    connect(stored, &Reply::finished, this, [this, stored, host, show] {
        if (stored->error())
            m_activity->addNote(tr("The login for %1 was not saved (%2); this window uses it "
                                   "until it closes.")
                                    .arg(host, stored->error().message()));
        else
            m_activity->addNote(tr("The login for %1 is saved in %2.")
                                    .arg(host,
                                         stored->value().helper.isEmpty()
                                             ? stored->value().path
                                             : u"docker-credential-"_s + stored->value().helper));
        show();
    });
}

void ImagesPage::saveSources() const
{
    QStringList hosts;
    for (int i = 1; i < m_source->count(); ++i)
        hosts.append(m_source->itemData(i).toString());
    QSettings().setValue(u"images/registries"_s, hosts);
}

void ImagesPage::forgetRegistry()
{
    if (browsingCluster())
        return;
    const QString host = currentHost();
    m_logins.remove(host);
    const int forgotten = m_source->currentIndex();
    m_source->setCurrentIndex(0); // the cluster's registry, before the item goes
    m_source->removeItem(forgotten);
    saveSources();
    m_activity->addNote(tr("%1 is no longer a source. A login saved for it in auth.json stays "
                           "there (podman logout %1 removes it).")
                            .arg(host));
}

void ImagesPage::openTypedRepository()
{
    const QString name = m_filter->text().trimmed();
    if (browsingCluster() || !m_catalog || name.isEmpty())
        return;
    if (const auto parsed = Oci::ImageReference::parse(currentHost() + u'/' + name);
        !parsed || parsed->repository != name || name.contains(u':') || name.contains(u'@')) {
        return setProblem(tr("\"%1\" is not a repository name (such as library/nginx).").arg(name));
    }
    const QModelIndex row = m_streamProxy->mapFromSource(m_catalog->addRepository(name));
    m_streamView->setCurrentIndex(row);
    m_streamView->setFocus();
}

void ImagesPage::sourceChanged()
{
    const bool cluster = browsingCluster();
    dropClient(); // nothing read from the source before is shown in this one
    setProblem({});
    m_top->setRowVisible(m_project, cluster);
    m_top->setRowVisible(m_registry, cluster);
    m_forgetRegistry->setEnabled(!cluster);
    m_filter->setToolTip(cluster ? QString()
                                 : tr("Enter opens the repository typed, also one the catalog "
                                      "does not list"));
    // A registry's tags/list says no digest and no date.
    m_tagView->setColumnHidden(TagModel::DigestColumn, !cluster);
    m_tagView->setColumnHidden(TagModel::CreatedColumn, !cluster);
    // The cluster untags (the image stays while a tag has it); a registry deletes the digest.
    m_remove->setText(cluster ? tr("Remove &Tag…") : tr("Dele&te Image…"));
    m_remove->setAccessibleName(cluster ? tr("Remove the selected tag")
                                        : tr("Delete the selected tag's image"));
    if (cluster) {
        delete m_catalog;
        m_streamProxy->setSourceModel(m_streams);
    }
    m_tags->setTags({});
    m_details->clear();
    updateActions();
    refresh();
}

void ImagesPage::browseRegistry()
{
    setProblem({});
    m_trustOffered.clear();
    m_nam.clearConnectionCache();
    if (m_listing)
        m_listing->abort();
    dropClient(); // made again: a new connection reads certs.d and auth.json again
    const QString host = currentHost();
    auto *catalog = new CatalogModel(client(), this);
    m_streamProxy->setSourceModel(catalog);
    delete m_catalog;
    m_catalog = catalog;
    m_tags->setTags({});
    m_details->clear();
    updateActions();
    connect(
        catalog, &CatalogModel::pageRead, this,
        [this] {
            m_streamView->resizeColumnsToContents();
            Q_EMIT loaded();
        },
        Qt::SingleShotConnection);
    connect(catalog, &CatalogModel::failed, this, [this, host](const Error &error) {
        setProblem(error.kind() == Error::Kind::Tls ? error.message()
                                                    : error.message() + u' '
                           + tr("To open a repository the catalog does not list, type its name "
                                "in the filter and press Enter."));
        if (error.kind() == Error::Kind::Tls)
            offerTrust(host, error, [this, host](bool trusted) {
                if (trusted && currentHost() == host)
                    refresh();
            });
        Q_EMIT loaded();
    });
    catalog->fetchMore({});
    if (!m_filter->text().isEmpty())
        catalog->fetchAll();
}

void ImagesPage::refresh()
{
    if (!browsingCluster())
        return browseRegistry();
    if (!m_session->isOpen() || m_project->currentText().isEmpty())
        return;
    setProblem({});
    m_trustOffered.clear();
    // Connections keep the TLS setup they were made with: certs.d is read again on new ones.
    m_nam.clearConnectionCache();
    dropClient();
    auto *streams = new OpenShift::ImageStreams(m_session->client(), this);
    // A newer refresh replaces an older one still running: its answer would be stale.
    if (m_listing)
        m_listing->abort();
    auto *list = streams->list(m_project->currentText().trimmed());
    m_listing = list;
    connect(list, &Reply::finished, this, [this, list, streams] {
        if (list->error().kind() == Error::Kind::Cancelled) {
            streams->deleteLater();
            return;
        }
        if (list->error())
            setProblem(list->error().message());
        else
            m_streams->setItems(list->value());
        m_streamView->resizeColumnsToContents();
        m_tags->setTags({}); // nothing selected now: no details, no Pull or Remove
        if (m_inspecting)
            m_inspecting->abort();
        m_details->clear();
        updateActions();
        streams->deleteLater();
        findRegistry();
    });
}

void ImagesPage::findRegistry()
{
    if (!m_clusterRegistry) {
        Q_EMIT loaded();
        return;
    }
    // Read again at each refresh: the registry's routes and names may have changed. Only the
    // newest search reports (an older one still running is stale).
    const int search = ++m_registrySearch;
    m_clusterRegistry->reload();
    auto *candidates = m_clusterRegistry->candidates(m_project->currentText().trimmed());
    connect(candidates, &Reply::finished, this, [this, candidates, search] {
        if (search != m_registrySearch || !browsingCluster())
            return;
        // A client made before the hosts were known went without the login's token.
        dropClient();
        if (!selectedTag().isEmpty())
            inspect();
        const QStringList hosts = candidates->value();
        const QString typed = m_registry->currentText().trimmed();
        if (candidates->error() || hosts.isEmpty()) {
            Q_EMIT loaded(); // the user types where the registry answers
            return;
        }
        if (hosts == m_probedHosts && !typed.isEmpty()) {
            Q_EMIT loaded(); // the same hosts, already tried: the one in use stays
            return;
        }
        m_registry->clear();
        m_registry->addItems(hosts);
        if (!typed.isEmpty() && !hosts.contains(typed)) {
            m_registry->setEditText(typed); // another registry the user chose: kept
            Q_EMIT loaded();
            return;
        }
        // The first candidate that answers: a route or external name, not the in-cluster one.
        auto *reachable = m_clusterRegistry->reachable(m_project->currentText().trimmed(), {});
        connect(reachable, &Reply::finished, this, [this, reachable, search, hosts] {
            if (search != m_registrySearch)
                return;
            if (!reachable->error())
                m_registry->setCurrentText(reachable->value());
            m_probedHosts = hosts;
            Q_EMIT loaded();
        });
    });
}

void ImagesPage::credentialsFor(const QString &host, Oci::RegistryOptions *options) const
{
    if (const auto login = m_logins.constFind(host); login != m_logins.cend()) {
        options->credential = *login;
        return;
    }
    if (m_clusterRegistry)
        m_clusterRegistry->useToken(host, options);
}

void ImagesPage::showRegistryError(const Error &error, const QString &repository, bool push)
{
    // Which role is missing is the cluster's to say, for its own registry only.
    if (!m_clusterRegistry || !browsingCluster())
        return setProblem(error.message());
    auto *explained = m_clusterRegistry->explain(error, repository, push);
    connect(explained, &Reply::finished, this,
            [this, explained] { setProblem(explained->value().message()); });
}

void ImagesPage::offerTrust(const QString &host, const Error &error,
                            std::function<void(bool trusted)> then)
{
    // Only the registry's own certificate: a token realm or a storage host that a blob is sent
    // to is another host, which this page does not trust for it.
    const QString failed = error.url().authority();
    if (m_trustOffered.contains(host) || (!failed.isEmpty() && failed != host))
        return then(false); // asked once already, or not this host: the error stays as said
    m_trustOffered.append(host);
    const QUrl at(u"https://"_s + host);
    auto *presented = Tls::fetchPresentedChain(at.host(), quint16(at.port(443)),
                                               Workstation::loadCertsDir(host).authorities, this);
    connect(presented, &Reply::finished, this, [this, presented, host, then] {
        const Tls::PresentedChain &chain = presented->value();
        if (presented->error() || chain.isEmpty()) {
            setProblem(presented->error() ? presented->error().message()
                                          : tr("%1 presented no certificate.").arg(host));
            return then(false);
        }
        if (chain.errors.isEmpty())
            return then(true); // trusted since the request that failed
        const bool otherName
            = std::any_of(chain.errors.cbegin(), chain.errors.cend(), [](const QSslError &e) {
                  return e.error() == QSslError::HostNameMismatch;
              });
        if (otherName) {
            // Trusting its CA would not make it name this host.
            setProblem(tr("%1: %2 Use the registry's own name, or ask for a certificate that "
                          "names %1.")
                           .arg(host, chain.problems().join(u' ')));
            return then(false);
        }
        // Not a nested event loop: the page goes on while the user reads the certificate.
        auto *dialog = new CertificateDialog(host, chain, CertificateDialog::Pin::Registry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog, host, then](int result) {
            if (result != QDialog::Accepted)
                return then(false);
            const auto written = Workstation::installCa(Workstation::CertsStore::Rootless, host,
                                                        {dialog->certificateToTrust()},
                                                        Workstation::ExistingCa::Keep);
            if (!written) {
                setProblem(written.error().message());
                return then(false);
            }
            setProblem(tr("%1 written; %2 is tried again.").arg(written->path, host));
            m_nam.clearConnectionCache(); // a new connection reads the new CA
            then(true);
        });
        dialog->open();
    });
}

QString ImagesPage::selectedRepository() const
{
    const QModelIndex index = m_streamView->currentIndex();
    return index.isValid()
        ? index.sibling(index.row(), ImageStreamModel::NameColumn).data().toString()
        : QString();
}

QString ImagesPage::selectedTag() const
{
    const QModelIndex index = m_tagView->currentIndex();
    return index.isValid() ? index.sibling(index.row(), TagModel::TagColumn).data().toString()
                           : QString();
}

void ImagesPage::showTags()
{
    if (m_inspecting)
        m_inspecting->abort();
    if (m_tagListing)
        m_tagListing->abort();
    m_details->clear();
    const QModelIndex index = m_streamProxy->mapToSource(m_streamView->currentIndex());
    if (browsingCluster() || !index.isValid()) {
        m_tags->setTags(index.isValid() && browsingCluster() ? m_streams->item(index.row()).tags
                                                             : QList<OpenShift::TagInfo>());
        updateActions();
        Q_EMIT tagsShown();
        return;
    }
    m_tags->setTags({});
    updateActions();
    auto *list = client()->tags(repositoryPath());
    m_tagListing = list;
    connect(list, &Reply::finished, this, [this, list] {
        if (list->error().kind() == Error::Kind::Cancelled)
            return;
        if (list->error())
            return setProblem(list->error().message());
        QList<OpenShift::TagInfo> tags;
        for (const QString &tag : list->value())
            tags.append({tag, {}, {}});
        m_tags->setTags(tags);
        m_tagView->resizeColumnsToContents();
        updateActions();
        Q_EMIT tagsShown();
    });
}

void ImagesPage::inspect()
{
    inspectReference(selectedTag(), ImageDetailsView::Origin::Repository);
}

void ImagesPage::inspectReference(const QString &reference, ImageDetailsView::Origin origin)
{
    // Only the newest selection is described: a slower read of the one before is dropped.
    if (m_inspecting)
        m_inspecting->abort();
    const QString repository = repositoryPath();
    const QString host = currentHost();
    if (reference.isEmpty() || host.isEmpty())
        return;
    // What was shown goes at once: nothing of it can be opened while the new one is read.
    m_details->showMessage(tr("Reading %1…").arg(reference), origin);
    // The image stream says which other tags have the digest: no tag list is read.
    auto *read = Oci::inspectImage(client(), host, repository, reference, false);
    m_inspecting = read;
    // On the cluster, the ImageStreamTag the tag is.
    QList<Command> commands;
    if (browsingCluster() && origin == ImageDetailsView::Origin::Repository)
        commands.append(OpenShift::ImageStreams::showTagCommand(m_project->currentText().trimmed(),
                                                                selectedRepository(), reference));
    connect(read, &Reply::finished, this, [this, read, origin, host, repository, commands] {
        if (read->error().kind() == Error::Kind::Cancelled)
            return;
        if (const Error &error = read->error()) {
            m_details->showMessage(error.message(), origin);
            if (error.kind() == Error::Kind::Unauthorized)
                showRegistryError(error, repository, false);
            if (error.kind() == Error::Kind::Tls)
                offerTrust(host, error, [this, host](bool trusted) {
                    // Read again only what is still chosen on the same registry.
                    if (!trusted || currentHost() != host)
                        return;
                    if (!browsingCluster())
                        return refresh(); // the catalog too, through a client that trusts it
                    dropClient(); // a new connection, which reads the new CA
                    inspect();
                });
            return;
        }
        const Oci::ImageDetails &image = read->value();
        m_details->showImage(image, origin,
                             otherStreamTags(image.manifest.digest.toString(), image.reference),
                             commands);
        Q_EMIT inspected();
    });
}

QString ImagesPage::details() const
{
    return m_details->text();
}

void ImagesPage::transfer(const Oci::ImageLocation &from, const Oci::ImageLocation &to,
                          const QString &summary, std::function<void(bool)> done)
{
    Oci::TransferOptions options;
    if (from.kind == Oci::ImageLocation::Kind::Registry)
        credentialsFor(from.reference.registry, &options.source);
    if (to.kind == Oci::ImageLocation::Kind::Registry)
        credentialsFor(to.reference.registry, &options.destination);
    const bool push = to.kind == Oci::ImageLocation::Kind::Registry;
    const QString repository = push ? to.reference.repository : from.reference.repository;
    auto *engine = new Oci::TransferEngine(this);
    auto *reply = engine->copy(from, to, options);
    m_transfer = reply;
    connect(reply, &Oci::TransferReply::exchanged, m_activity, &ActivityModel::addRequest);
    connect(reply, &Oci::TransferReply::tokenRealmElsewhere, this, &ImagesPage::noteRealm);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    updateActions();
    connect(reply, &Reply::progress, this, [this](qint64 bytes, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(bytes) / double(total)));
    });
    const Command command
        = Oci::ImageLocation::skopeoCopy(from, to, options.source, options.destination);
    connect(reply, &Reply::finished, this, [=, this] {
        m_transfer.clear(); // the reply deletes itself later; the page is free now
        engine->deleteLater();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        updateActions();
        if (reply->error().kind() == Error::Kind::Tls) {
            const QString host = push ? to.reference.registry : from.reference.registry;
            setProblem(reply->error().message());
            return offerTrust(host, reply->error(), [=, this](bool trusted) {
                if (!trusted)
                    return done(false);
                if (m_transfer) { // another one was started meanwhile: one at a time
                    setProblem(tr("%1 is trusted now; start the transfer again once the one "
                                  "running has ended.")
                                   .arg(host));
                    return done(false);
                }
                transfer(from, to, summary, done);
            });
        }
        if (reply->error()) {
            showRegistryError(reply->error(), repository, push);
            return done(false);
        }
        m_session->commands()->add(summary, command);
        setProblem({});
        done(true);
    });
}

void ImagesPage::noteRealm(const QString &registry, const QString &realmHost)
{
    m_activity->addNote(Oci::RegistryTransport::tokenRealmNotice(registry, realmHost));
}

void ImagesPage::pullTo(const QString &directory)
{
    const QString tag = selectedTag();
    const QString host = currentHost();
    if (tag.isEmpty() || host.isEmpty() || m_transfer)
        return;
    const QString source = selectedImage();
    auto from = Oci::ImageLocation::parse(source);
    auto to = Oci::ImageLocation::parse(u"oci:"_s + directory + u':' + tag);
    if (!from || !to)
        return setProblem((from ? to.error() : from.error()).message());
    transfer(*from, *to, tr("Pull %1 into %2").arg(source, QDir::toNativeSeparators(directory)),
             [this](bool ok) { Q_EMIT pulled(ok); });
}

void ImagesPage::askAndPush(const QString &source, const QString &name)
{
    // Not a nested event loop (also asked from a drop, which must return first).
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Push"));
    dialog->setLabelText(
        tr("Repository and tag in %1:")
            .arg(browsingCluster() ? m_project->currentText().trimmed() : currentHost()));
    dialog->setTextValue(name.toLower() + u":latest"_s);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, source](const QString &target) {
        if (!target.trimmed().isEmpty())
            pushFrom(source, target.trimmed());
    });
    dialog->open();
}

/// What a drop onto the page pushes: one folder holding an OCI layout, or one file (an archive).
static std::optional<std::pair<QString, QString>> droppedImage(const QMimeData *mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return std::nullopt;
    const QFileInfo dropped(mime->urls().first().toLocalFile());
    if (dropped.isDir() && QFileInfo::exists(dropped.filePath() + u"/index.json"_s))
        return std::pair {u"oci:"_s + dropped.filePath(), dropped.fileName()};
    if (dropped.isFile())
        return std::pair {u"docker-archive:"_s + dropped.filePath(), dropped.completeBaseName()};
    return std::nullopt;
}

void ImagesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_push->isEnabled() && droppedImage(event->mimeData()))
        event->acceptProposedAction();
}

void ImagesPage::dropEvent(QDropEvent *event)
{
    const auto image = droppedImage(event->mimeData());
    if (!m_push->isEnabled() || !image)
        return;
    event->acceptProposedAction();
    askAndPush(image->first, image->second);
}

void ImagesPage::pushFrom(const QString &source, const QString &nameAndTag)
{
    const QString host = currentHost();
    if (host.isEmpty() || m_transfer)
        return setProblem(host.isEmpty() ? tr("Enter the registry's host first.") : QString());
    const QString target = host + u'/'
        + (browsingCluster() ? m_project->currentText().trimmed() + u'/' : QString()) + nameAndTag;
    auto from = Oci::ImageLocation::parse(source);
    auto to = Oci::ImageLocation::parse(target);
    if (!from || !to)
        return setProblem((from ? to.error() : from.error()).message());
    transfer(*from, *to, tr("Push %1 to %2").arg(source, target), [this](bool ok) {
        if (ok)
            refresh();
        Q_EMIT pushed(ok);
    });
}

void ImagesPage::copyTo(const QString &destination)
{
    const QString tag = selectedTag();
    if (tag.isEmpty() || m_transfer)
        return;
    const QString source = selectedImage();
    auto from = Oci::ImageLocation::parse(source);
    auto to = Oci::ImageLocation::parse(destination);
    if (!from || !to)
        return setProblem((from ? to.error() : from.error()).message());
    if (to->kind != Oci::ImageLocation::Kind::Registry)
        return setProblem(tr("Copy to a registry (HOST/REPOSITORY:TAG); Pull to Folder writes "
                             "an OCI layout."));
    transfer(*from, *to, tr("Copy %1 to %2").arg(source, destination), [this, to](bool ok) {
        // A new tag or repository where the page looks: shown.
        if (ok && to->reference.registry == currentHost())
            refresh();
        Q_EMIT copied(ok);
    });
}

void ImagesPage::removeTag()
{
    if (!browsingCluster())
        return deleteImage();
    const QString project = m_project->currentText().trimmed(), name = selectedRepository(),
                  tag = selectedTag();
    if (tag.isEmpty())
        return;
    // The other tags of the image, as the stream says: the image stays while one is left.
    const QStringList others = otherStreamTags(m_tagView->currentIndex()
                                                   .siblingAtColumn(TagModel::DigestColumn)
                                                   .data(Qt::EditRole)
                                                   .toString(),
                                               tag);
    // When the space comes back, as the image pruner says (read first, a moment).
    auto *pruner = OpenShift::ImagePruner::read(m_session->client(), this);
    connect(pruner, &Reply::finished, this, [this, pruner, project, name, tag, others] {
        const QString note = OpenShift::ImagePruner::storageNote(
            pruner->error() ? Result<OpenShift::ImagePruner>(pruner->error())
                            : Result<OpenShift::ImagePruner>(pruner->value()));
        QString text = tr("Remove tag %1/%2:%3?").arg(project, name, tag);
        if (!others.isEmpty())
            text += u' '
                + tr("Its image stays in the stream, with its other tags: %1.")
                      .arg(others.join(u", "_s));
        const auto answer
            = QMessageBox::question(this, tr("Remove Tag"), text + u"\n\n"_s + note,
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        auto *streams = new OpenShift::ImageStreams(m_session->client(), this);
        Reply *untag = streams->untag(project, name, tag);
        connect(untag, &Reply::finished, this, [this, untag, streams, project, name, tag] {
            streams->deleteLater();
            if (untag->error())
                return setProblem(untag->error().message());
            m_session->commands()->add(tr("Remove tag %1/%2:%3").arg(project, name, tag),
                                       OpenShift::ImageStreams::untagCommand(project, name, tag));
            refresh();
        });
    });
}

void ImagesPage::deleteImage()
{
    const QString host = currentHost(), repository = repositoryPath(), tag = selectedTag();
    if (tag.isEmpty() || m_deleting)
        return;
    // One client for the plan and the delete: the DELETE goes only where the user confirmed.
    QPointer<Oci::RegistryClient> registry = client();
    Oci::RegistryOptions options;
    credentialsFor(host, &options);
    // What goes with the digest, read first: a registry deletes every tag that points to it.
    auto *plan = Oci::planImageDeletion(registry, repository, tag);
    m_deleting = plan;
    updateActions();
    connect(plan, &Reply::finished, this, [=, this] {
        if (plan->error()) {
            m_deleting.clear();
            updateActions();
            if (plan->error().kind() != Error::Kind::Cancelled)
                setProblem(plan->error().message());
            return;
        }
        const Oci::DeletedImage planned = plan->value();
        const QString image = host + u'/' + repository + u'@' + planned.digest.toString();
        // Not a nested event loop: the page goes on while the user reads what goes.
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Delete Image"),
            tr("Delete %1 (tag %2) from the registry?\n\nThe tags that go with it: %3.\n\nThe "
               "registry reclaims the space only when it collects garbage.")
                .arg(image, tag, planned.tagsInWords()),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [=, this](int answer) {
            if (answer != QMessageBox::Yes || !registry || currentHost() != host) {
                m_deleting.clear();
                updateActions();
                return;
            }
            auto *removal = Oci::deleteImage(registry, repository, planned);
            m_deleting = removal;
            connect(removal, &Reply::finished, this, [=, this] {
                m_deleting.clear();
                updateActions();
                if (removal->error())
                    return setProblem(removal->error().message());
                m_session->commands()->add(
                    tr("Delete %1").arg(image),
                    Oci::ImageLocation::skopeoDelete(*Oci::ImageReference::parse(image), options));
                showTags();
            });
        });
        box->open();
    });
}

} // namespace Berth::Gui
