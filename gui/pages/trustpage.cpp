// SPDX-License-Identifier: Apache-2.0
#include "trustpage.h"

#include "accessibility.h"
#include "reviewbutton.h"

#include "common/command.h"
#include "kube/clustersession.h"
#include "oci/registrytransport.h"
#include "openshift/changeplan.h"
#include "openshift/clusterregistry.h"
#include "tls/certificates.h"
#include "workstation/authfile.h"
#include "workstation/certsdir.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

namespace {
/// A table as tall as its rows: every source and every store shows without scrolling it.
void fitRows(QTableView *view)
{
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        height += view->rowHeight(r);
    view->setFixedHeight(height);
}

constexpr Workstation::CertsStore s_stores[]
    = {Workstation::CertsStore::Docker, Workstation::CertsStore::Podman,
       Workstation::CertsStore::Rootless};

QString storeLabel(Workstation::CertsStore store)
{
    switch (store) {
    case Workstation::CertsStore::Docker:
        return TrustPage::tr("Docker");
    case Workstation::CertsStore::Podman:
        return TrustPage::tr("Podman and skopeo");
    case Workstation::CertsStore::Rootless:
        return TrustPage::tr("Rootless Podman (you)");
    }
    return {};
}
} // namespace

TrustPage::TrustPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_plan(plan)
    , m_host(new QComboBox(this))
    , m_check(new QPushButton(tr("Chec&k"), this))
    , m_recommendation(new QLabel(this))
    , m_sources(new QStandardItemModel(0, 5, this))
    , m_details(new QPlainTextEdit(this))
    , m_clusterState(new QLabel(this))
    , m_configMap(new QLineEdit(this))
    , m_trustCluster(new QPushButton(tr("&Trust in the Cluster"), this))
    , m_review(new ReviewButton(plan, this))
    , m_workstation(new QStandardItemModel(0, 3, this))
    , m_export(new QPushButton(tr("E&xport CA"), this))
    , m_login(new QPushButton(tr("Save Lo&gin"), this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_refresh = addHeading(
        layout, tr("Refresh the trust"),
        tr("Which certificate authority signs the registry's route, and who trusts it: the "
           "cluster's nodes (a ConfigMap in openshift-config and images.config) and this "
           "workstation (Docker, Podman and skopeo), with TLS verification left on."));

    // Below the heading the page scrolls: at 1024x700, with the activity panel open, the three
    // sections are taller than the window.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto *hostRow = new QHBoxLayout;
    auto *hostLabel = new QLabel(tr("Registry ho&st:"), this);
    hostLabel->setBuddy(m_host);
    m_host->setEditable(true);
    m_host->setAccessibleName(tr("Registry host"));
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_check->setAccessibleName(tr("Check the registry host's certificate"));
    hostRow->addWidget(hostLabel);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_check);
    bodyLayout->addLayout(hostRow);

    auto *caBox = new QGroupBox(tr("Certificate authority"), body);
    auto *caLayout = new QVBoxLayout(caBox);
    m_recommendation->setWordWrap(true);
    describeMessageLabel(m_recommendation, tr("Recommendation"));
    caLayout->addWidget(m_recommendation);
    m_sources->setHorizontalHeaderLabels(
        {tr("Source"), tr("Verifies the route"), tr("Subject"), tr("Expires"), tr("SHA-256")});
    m_sourceView = makeTable(m_sources, tr("Certificate authority sources"), this);
    m_sourceView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The fingerprint takes what is left, elided: the details below hold it whole.
    m_sourceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourceView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_sourceView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sourceView->setWordWrap(false);
    caLayout->addWidget(m_sourceView);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setTabChangesFocus(true);
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() * 7);
    caLayout->addWidget(m_details);
    bodyLayout->addWidget(caBox);

    auto *clusterBox = new QGroupBox(tr("Cluster"), body);
    auto *clusterLayout = new QVBoxLayout(clusterBox);
    m_clusterState->setWordWrap(true);
    describeMessageLabel(m_clusterState, tr("Cluster trust"));
    clusterLayout->addWidget(m_clusterState);
    auto *clusterRow = new QHBoxLayout;
    auto *configMapLabel = new QLabel(tr("Config&Map in openshift-config:"), this);
    configMapLabel->setBuddy(m_configMap);
    m_configMap->setAccessibleName(tr("ConfigMap in openshift-config"));
    m_configMap->setPlaceholderText(u"registry-cas"_s);
    m_trustCluster->setAccessibleName(tr("Stage the cluster's trust of the selected CA"));
    clusterRow->addWidget(configMapLabel);
    clusterRow->addWidget(m_configMap, 1);
    clusterRow->addWidget(m_trustCluster);
    clusterRow->addWidget(m_review);
    clusterLayout->addLayout(clusterRow);
    bodyLayout->addWidget(clusterBox);

    auto *workstationBox = new QGroupBox(tr("This workstation"), body);
    auto *workstationLayout = new QVBoxLayout(workstationBox);
    m_workstation->setHorizontalHeaderLabels({tr("Engine"), tr("CA file"), tr("State")});
    m_workstationView = makeTable(m_workstation, tr("Workstation certificate stores"), this);
    m_workstationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workstationView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_workstationView->horizontalHeader()->setStretchLastSection(false);
    m_workstationView->setWordWrap(false);
    m_workstationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    workstationLayout->addWidget(m_workstationView);
    auto *workstationRow = new QHBoxLayout;
    m_export->setAccessibleName(tr("Export the selected CA to the checked stores"));
    m_login->setAccessibleName(tr("Save the login for the registry"));
    workstationRow->addStretch();
    workstationRow->addWidget(m_export);
    workstationRow->addWidget(m_login);
    workstationLayout->addLayout(workstationRow);
    bodyLayout->addWidget(workstationBox);

    m_message->setWordWrap(true);
    describeMessageLabel(m_message, tr("Message"));
    bodyLayout->addWidget(m_message);
    bodyLayout->addStretch();

    setTabOrder(m_refresh, m_host);
    setTabOrder(m_host, m_check);
    setTabOrder(m_check, m_sourceView);
    setTabOrder(m_sourceView, m_details);
    setTabOrder(m_details, m_configMap);
    setTabOrder(m_configMap, m_trustCluster);
    setTabOrder(m_trustCluster, m_review);
    setTabOrder(m_review, m_workstationView);
    setTabOrder(m_workstationView, m_export);
    setTabOrder(m_export, m_login);

    connect(m_check, &QPushButton::clicked, this, &TrustPage::check);
    connect(m_host->lineEdit(), &QLineEdit::returnPressed, this, &TrustPage::check);
    connect(m_sourceView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        showWorkstation();
        updateActions();
    });
    connect(m_trustCluster, &QPushButton::clicked, this, &TrustPage::trustInCluster);
    connect(m_review, &QPushButton::clicked, this, &TrustPage::reviewRequested);
    connect(m_export, &QPushButton::clicked, this, &TrustPage::exportCa);
    connect(m_login, &QPushButton::clicked, this, &TrustPage::saveLogin);
    connect(m_session, &Kube::ClusterSession::opened, this, &TrustPage::refresh);
    updateActions();
}

QString TrustPage::title() const
{
    return tr("Trust");
}

QIcon TrustPage::icon() const
{
    return QIcon(u":/icons/trust.svg"_s);
}

void TrustPage::refresh()
{
    if (!m_session->isOpen())
        return;
    delete m_registry;
    m_registry
        = new OpenShift::ClusterRegistry(m_session->client(), m_session->connection().token, this);
    if (!m_trust)
        m_trust = new OpenShift::ClusterTrust(m_session->client(), this);
    auto *reachable = m_registry->reachable(m_session->connection().ns, {});
    connect(reachable, &Reply::finished, this, [this, reachable] {
        const QString typed = m_host->currentText();
        m_host->clear();
        if (!reachable->error())
            m_host->addItem(reachable->value());
        if (!typed.isEmpty() && m_host->findText(typed) < 0)
            m_host->addItem(typed);
        check();
    });
}

void TrustPage::check()
{
    if (!m_trust)
        return;
    const QString host = m_host->currentText().trimmed();
    auto *found = m_trust->findCa(host);
    connect(found, &Reply::finished, this, [this, found] {
        m_found = found->value();
        showSources();
        auto *state = m_trust->state();
        connect(state, &Reply::finished, this, [this, state] {
            m_cluster = state->value();
            QString text;
            if (state->error())
                text = tr("The cluster's trust cannot be read: %1").arg(state->error().message());
            else if (m_cluster.configMap.isEmpty())
                text = tr("The nodes trust no additional CA yet: images.config names no "
                          "ConfigMap.");
            else if (const OpenShift::TrustedHost *h = m_cluster.find(m_found.host))
                text = tr("The nodes trust a CA for %1 from ConfigMap %2 (key %3).")
                           .arg(h->host, m_cluster.configMap, h->key);
            else
                text = tr("The nodes take their CAs from ConfigMap %1, which has none for %2.")
                           .arg(m_cluster.configMap, m_found.host);
            showMessage(m_clusterState, text);
            if (m_configMap->text().isEmpty())
                m_configMap->setText(m_cluster.configMap);
            showWorkstation();
            updateActions();
            Q_EMIT loaded();
        });
    });
}

void TrustPage::showSources()
{
    m_sources->setRowCount(0);
    for (const OpenShift::CaSource &s : std::as_const(m_found.sources)) {
        QList<QStandardItem *> row;
        auto *name = new QStandardItem(OpenShift::CaSource::label(s.kind));
        name->setToolTip(OpenShift::CaSource::note(s.kind));
        row << name;
        QString verifies;
        if (!s.problem.isEmpty())
            verifies = tr("cannot be read: %1").arg(s.problem);
        else if (s.certificates.isEmpty())
            verifies = tr("nothing presented");
        else
            verifies = s.verifiesRoute ? tr("yes") : tr("no: %1").arg(s.verification);
        row << new QStandardItem(verifies);
        if (s.certificates.isEmpty()) {
            row << new QStandardItem << new QStandardItem << new QStandardItem;
        } else {
            const Tls::CertificateInfo info = Tls::CertificateInfo::from(s.certificates.first());
            row << new QStandardItem(info.subject)
                << new QStandardItem(
                       QLocale().toString(info.notAfter.toLocalTime(), QLocale::ShortFormat))
                << new QStandardItem(info.sha256Fingerprint);
        }
        for (QStandardItem *i : std::as_const(row))
            i->setEditable(false);
        m_sources->appendRow(row);
    }
    fitRows(m_sourceView);
    showMessage(m_recommendation, m_found.recommendation);
    const int row = m_found.recommended < 0 ? 0 : int(m_found.recommended);
    if (m_sources->rowCount() > 0)
        m_sourceView->selectRow(row);
}

void TrustPage::showDetails()
{
    const QModelIndex current = m_sourceView->currentIndex();
    if (!current.isValid() || current.row() >= m_found.sources.size()) {
        m_details->clear();
        return;
    }
    const OpenShift::CaSource &s = m_found.sources.at(current.row());
    QStringList text {OpenShift::CaSource::note(s.kind)};
    for (const QSslCertificate &c : s.certificates)
        text.append(Tls::describe(Tls::CertificateInfo::from(c)));
    m_details->setPlainText(text.join(u"\n\n"_s));
}

QList<QSslCertificate> TrustPage::chosenCa(QString *why) const
{
    const QModelIndex current = m_sourceView->currentIndex();
    if (!current.isValid() || current.row() >= m_found.sources.size()) {
        *why = tr("Choose a source of the CA first.");
        return {};
    }
    const OpenShift::CaSource &s = m_found.sources.at(current.row());
    if (s.kind == OpenShift::CaSource::Kind::Presented) {
        *why = tr("Berth takes what the route presents only with its fingerprint, obtained "
                  "another way: berthctl trust fetch-ca --source presented --fingerprint SHA256.");
        return {};
    }
    if (s.certificates.isEmpty())
        *why = s.problem;
    return s.certificates;
}

void TrustPage::showWorkstation()
{
    QString why;
    const QList<QSslCertificate> ca = chosenCa(&why);
    QHash<QString, Qt::CheckState> checked;
    for (int r = 0; r < m_workstation->rowCount(); ++r)
        checked.insert(m_workstation->item(r, 0)->text(), m_workstation->item(r, 0)->checkState());
    m_workstation->setRowCount(0);
    const QString host = m_found.host;
    const bool hostOk = bool(Workstation::checkRegistryHost(host));
    for (Workstation::CertsStore store : s_stores) {
        auto *engine = new QStandardItem(storeLabel(store));
        engine->setCheckable(true);
        engine->setCheckState(checked.value(
            engine->text(),
            store == Workstation::CertsStore::Rootless ? Qt::Checked : Qt::Unchecked));
        QString path;
        QString state;
        if (hostOk) {
            const Workstation::CaFileState file = Workstation::caFileState(store, host, ca);
            path = file.path;
            switch (file.state) {
            case Workstation::CaFileState::State::Missing:
                state = tr("no CA for this host");
                break;
            case Workstation::CaFileState::State::Matches:
                state = tr("holds the selected CA");
                break;
            case Workstation::CaFileState::State::Different:
                state = tr("holds another CA");
                break;
            case Workstation::CaFileState::State::Unreadable:
                state = tr("unreadable: %1").arg(file.problem);
                break;
            }
        }
        QList<QStandardItem *> row {engine, new QStandardItem(path), new QStandardItem(state)};
        row.at(1)->setToolTip(path);
        for (QStandardItem *i : std::as_const(row))
            i->setEditable(false);
        m_workstation->appendRow(row);
    }
    fitRows(m_workstationView);
}

void TrustPage::updateActions()
{
    QString why;
    const bool haveCa = !chosenCa(&why).isEmpty();
    m_trustCluster->setEnabled(haveCa && m_session->isOpen());
    m_export->setEnabled(haveCa);
    m_login->setEnabled(m_session->isOpen() && !m_found.host.isEmpty());
    const QString tip = haveCa ? QString() : why;
    m_trustCluster->setToolTip(tip);
    m_export->setToolTip(tip);
}

void TrustPage::trustInCluster()
{
    QString why;
    const QList<QSslCertificate> ca = chosenCa(&why);
    auto *planned = m_trust->trust(m_found.host, ca, m_configMap->text().trimmed());
    connect(planned, &Reply::finished, this, [this, planned] {
        if (planned->error()) {
            showMessage(m_message, planned->error().message());
        } else {
            m_plan->add(planned->value().changes);
            QStringList notes = planned->value().notes;
            showMessage(m_message, notes.join(u' '));
            if (!planned->value().changes.isEmpty())
                Q_EMIT reviewRequested();
        }
        Q_EMIT acted();
    });
}

void TrustPage::exportCa()
{
    QString why;
    const QList<QSslCertificate> ca = chosenCa(&why);
    QList<Workstation::CertsStore> direct;
    QStringList asRoot;
    for (int r = 0; r < m_workstation->rowCount(); ++r) {
        if (m_workstation->item(r, 0)->checkState() != Qt::Checked)
            continue;
        const Workstation::CertsStore store = s_stores[r];
        if (store != Workstation::CertsStore::Rootless && ::geteuid() != 0)
            asRoot.append(Command({u"pkexec"_s, u"berthctl"_s, u"trust"_s, u"export"_s, u"--host"_s,
                                   m_found.host, u"--"_s + Workstation::storeName(store)})
                              .toShell());
        else
            direct.append(store);
    }
    QStringList said;
    if (direct.isEmpty() && asRoot.isEmpty())
        said.append(tr("Check where to export the CA first."));
    if (!direct.isEmpty()) {
        const auto done = Workstation::exportCa(direct, m_found.host, ca, false);
        if (!done) {
            said.append(done.error().message());
        } else {
            for (const Workstation::CaInstall &i : *done)
                said.append(i.unchanged ? tr("%1 already holds this CA.").arg(i.path)
                                        : tr("%1 written.").arg(i.path));
        }
    }
    if (!asRoot.isEmpty())
        said.append(tr("System stores need root; run: %1").arg(asRoot.join(u" && "_s)));
    showMessage(m_message, said.join(u' '));
    showWorkstation();
    Q_EMIT acted();
}

void TrustPage::saveLogin()
{
    const QString host = m_found.host;
    auto *candidates = m_registry->candidates(m_session->connection().ns);
    connect(candidates, &Reply::finished, this, [this, host, candidates] {
        if (candidates->error()) {
            showMessage(m_message, candidates->error().message());
            Q_EMIT acted();
            return;
        }
        const auto credential = m_registry->loginCredential(host, m_session->user());
        if (!credential) {
            showMessage(m_message, credential.error().message());
            Q_EMIT acted();
            return;
        }
        QStringList files {Workstation::AuthFile::containersPath()};
        if (m_workstation->rowCount() > 0 && m_workstation->item(0, 0)->checkState() == Qt::Checked)
            files.append(Workstation::AuthFile::dockerPath());
        QStringList said;
        for (const QString &file : std::as_const(files)) {
            const auto stored = Workstation::AuthFile::store(file, host, *credential);
            if (!stored) {
                showMessage(m_message, stored.error().message());
                Q_EMIT acted();
                return;
            }
            said.append(tr("Login saved in %1.").arg(file));
        }
        Oci::RegistryOptions options;
        options.credential = *credential;
        auto *check = Oci::checkAccess(host, options, this);
        connect(check, &Reply::finished, this, [this, check, said, host]() mutable {
            said.append(check->error()
                            ? tr("%1 does not take it yet: %2").arg(host, check->error().message())
                            : tr("%1 takes it.").arg(host));
            showMessage(m_message, said.join(u' '));
            Q_EMIT acted();
        });
    });
}

} // namespace Berth::Gui
