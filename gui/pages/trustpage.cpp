// SPDX-License-Identifier: Apache-2.0
#include "trustpage.h"

#include "accessibility.h"
#include "reviewbutton.h"

#include "common/command.h"
#include "kube/clustersession.h"
#include "oci/registrytransport.h"
#include "openshift/changeplan.h"
#include "openshift/clusterregistry.h"
#include "openshift/pullsecrets.h"
#include "tls/certificates.h"
#include "workstation/authfile.h"
#include "workstation/certsdir.h"
#include "workstation/rootinstall.h"
#include "workstation/savedlogin.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

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
    , m_replace(new QCheckBox(tr("Re&place a CA kept for this host"), this))
    , m_trustCluster(new QPushButton(tr("&Trust in the Cluster"), this))
    , m_review(new ReviewButton(plan, this))
    , m_workstation(new QStandardItemModel(0, 3, this))
    , m_export(new QPushButton(tr("E&xport CA"), this))
    , m_login(new QPushButton(tr("Save Lo&gin"), this))
    , m_clients(new QStandardItemModel(0, 3, this))
    , m_tryClients(new QPushButton(tr("Tr&y with Clients"), this))
    , m_secretName(new QLineEdit(u"registry-pull"_s, this))
    , m_fromToken(new QRadioButton(tr("Your login's token"), this))
    , m_fromPassword(new QRadioButton(tr("A user and password"), this))
    , m_secretUser(new QLineEdit(this))
    , m_secretPassword(new QLineEdit(this))
    , m_stageSecret(new QPushButton(tr("Stage P&ull Secret"), this))
    , m_serviceAccount(new QLineEdit(u"default"_s, this))
    , m_stageLink(new QPushButton(tr("Stage Li&nk"), this))
    , m_snippet(new QPlainTextEdit(this))
    , m_copySnippet(new QPushButton(tr("Copy Snippet"), this))
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
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto *hostRow = new QHBoxLayout;
    auto *hostLabel = new QLabel(tr("Registry ho&st:"), this);
    hostLabel->setBuddy(m_host);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    nameComboBox(m_host, tr("Registry host"));
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
    // Rows stand for the sources in their order: the table is not sorted.
    m_sourceView->setSortingEnabled(false);
    m_sourceView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The fingerprint takes what is left, elided: the details below hold it whole.
    m_sourceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourceView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_sourceView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sourceView->setWordWrap(false);
    caLayout->addWidget(m_sourceView);
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
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
    m_workstation->setHorizontalHeaderLabels(
        {tr("Engine"), tr("CA file"), tr("State"), tr("Login")});
    m_workstationView = makeTable(m_workstation, tr("Workstation certificate stores"), this);
    m_workstationView->setSortingEnabled(false);
    m_workstationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workstationView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_workstationView->horizontalHeader()->setStretchLastSection(false);
    m_workstationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workstationView->setWordWrap(false);
    workstationLayout->addWidget(m_workstationView);
    auto *workstationRow = new QHBoxLayout;
    workstationRow->addWidget(new QLabel(tr("Export to:"), this));
    for (Workstation::CertsStore store : s_stores) {
        auto *box = new QCheckBox(storeLabel(store), this);
        box->setAccessibleName(tr("Export to %1").arg(storeLabel(store)));
        box->setChecked(store == Workstation::CertsStore::Rootless);
        m_stores.append(box);
        workstationRow->addWidget(box);
    }
    workstationRow->addStretch();
    m_export->setAccessibleName(tr("Export the selected CA to the checked stores"));
    m_login->setAccessibleName(tr("Save the login for the registry"));
    m_replace->setAccessibleName(tr("Replace a CA that is kept for this host"));
    workstationRow->addWidget(m_export);
    workstationRow->addWidget(m_login);
    workstationLayout->addLayout(workstationRow);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replace);
    replaceRow->addStretch();
    replaceRow->addWidget(m_tryClients);
    workstationLayout->addLayout(replaceRow);
    // What the real clients say with the files written: no TLS or credential flags.
    m_clients->setHorizontalHeaderLabels({tr("Client"), tr("Command"), tr("Result")});
    m_clientView = makeTable(m_clients, tr("What skopeo and Podman say"), this);
    m_clientView->setSortingEnabled(false);
    m_clientView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clientView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_clientView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_clientView->setWordWrap(false);
    m_clientView->hide(); // until the clients have been tried
    m_tryClients->setAccessibleName(tr("Try the registry with skopeo and Podman"));
    m_tryClients->setToolTip(tr("Runs skopeo and podman as you would, with no TLS flags: "
                                "login --get-login, and skopeo inspect of the project's "
                                "newest image."));
    workstationLayout->addWidget(m_clientView);
    bodyLayout->addWidget(workstationBox);

    // Step 9: a secret pods pull with, and the service account that gives it to them.
    m_secretBox = new QGroupBox(body);
    auto *secretBox = m_secretBox;
    auto *secretForm = new QFormLayout(secretBox);
    m_secretName->setAccessibleName(tr("Pull secret name"));
    secretForm->addRow(tr("Secret name:"), m_secretName);
    auto *credentials = new QButtonGroup(this);
    credentials->addButton(m_fromToken);
    credentials->addButton(m_fromPassword);
    m_fromToken->setChecked(true);
    m_fromToken->setAccessibleName(tr("The secret holds your login's token"));
    m_fromToken->setToolTip(tr("Whoever may read secrets in the project can act as you on the "
                               "API, and pods stop pulling when your login expires."));
    m_fromPassword->setAccessibleName(tr("The secret holds a user and password"));
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_fromToken);
    fromRow->addWidget(m_fromPassword);
    fromRow->addStretch();
    secretForm->addRow(tr("Credentials:"), fromRow);
    m_secretUser->setAccessibleName(tr("Pull secret user"));
    m_secretPassword->setAccessibleName(tr("Pull secret password"));
    m_secretPassword->setEchoMode(QLineEdit::Password);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_secretUser, 1);
    auto *passwordLabel = new QLabel(tr("Password:"), this);
    passwordLabel->setBuddy(m_secretPassword);
    userRow->addWidget(passwordLabel);
    userRow->addWidget(m_secretPassword, 1);
    userRow->addWidget(m_stageSecret);
    secretForm->addRow(tr("User:"), userRow);
    m_stageSecret->setAccessibleName(tr("Stage the pull secret"));
    m_serviceAccount->setAccessibleName(tr("Service account to link the secret to"));
    m_stageLink->setAccessibleName(tr("Stage the link of the secret to the service account"));
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_serviceAccount, 1);
    linkRow->addWidget(m_stageLink);
    secretForm->addRow(tr("Service account:"), linkRow);
    m_snippet->setReadOnly(true);
    m_snippet->setAccessibleName(tr("Pod spec snippet"));
    m_snippet->setTabChangesFocus(true);
    m_snippet->setFixedHeight(m_snippet->fontMetrics().lineSpacing() * 4);
    m_copySnippet->setAccessibleName(tr("Copy the pod spec snippet"));
    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(m_snippet, 1);
    snippetRow->addWidget(m_copySnippet, 0, Qt::AlignTop);
    secretForm->addRow(tr("Pod spec:"), snippetRow);
    bodyLayout->addWidget(secretBox);

    m_message->setWordWrap(true);
    describeMessageLabel(m_message, tr("Message"));
    bodyLayout->addWidget(m_message);
    bodyLayout->addStretch();

    QList<QWidget *> order {m_refresh,   m_host,         m_check,  m_sourceView,     m_details,
                            m_configMap, m_trustCluster, m_review, m_workstationView};
    for (QCheckBox *box : std::as_const(m_stores))
        order.append(box);
    order << m_export << m_login << m_replace << m_tryClients << m_clientView << m_secretName
          << m_fromToken << m_fromPassword << m_secretUser << m_secretPassword << m_stageSecret
          << m_serviceAccount << m_stageLink << m_snippet << m_copySnippet;
    orderTabs(order);

    connect(m_check, &QPushButton::clicked, this, &TrustPage::check);
    connect(m_host->lineEdit(), &QLineEdit::returnPressed, this, &TrustPage::check);
    connect(m_host, &QComboBox::currentTextChanged, this, &TrustPage::updateActions);
    connect(m_sourceView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        showWorkstation();
        updateActions();
        if (const auto ca = chosenCa(); !ca && !m_found.sources.isEmpty())
            say(ca.error().detail());
    });
    connect(m_trustCluster, &QPushButton::clicked, this, &TrustPage::trustInCluster);
    connect(m_review, &QPushButton::clicked, this, &TrustPage::reviewRequested);
    connect(m_export, &QPushButton::clicked, this, &TrustPage::exportCa);
    connect(m_login, &QPushButton::clicked, this, &TrustPage::saveLogin);
    connect(m_tryClients, &QPushButton::clicked, this, [this] { checkClients({}); });
    for (QLineEdit *field : {m_secretName, m_secretUser, m_secretPassword, m_serviceAccount})
        connect(field, &QLineEdit::textChanged, this, &TrustPage::updateActions);
    connect(m_secretName, &QLineEdit::textChanged, this, &TrustPage::showSnippet);
    connect(m_fromPassword, &QRadioButton::toggled, this, &TrustPage::updateActions);
    connect(m_stageSecret, &QPushButton::clicked, this, &TrustPage::stagePullSecret);
    connect(m_stageLink, &QPushButton::clicked, this, &TrustPage::stageLink);
    connect(m_copySnippet, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_snippet->toPlainText()); });
    showSnippet();
    connect(m_session, &Kube::ClusterSession::opened, this, [this] {
        // Another cluster or user: nothing of the last one's (its token above all) is kept.
        delete m_registry;
        delete m_trust;
        delete m_pullSecrets;
        m_found = {};
        m_cluster = {};
        m_host->clear();
        refresh();
    });
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

void TrustPage::say(const QString &message)
{
    showMessage(m_message, message);
}

void TrustPage::refresh()
{
    if (!m_session->isOpen())
        return;
    if (!m_registry) {
        m_registry = new OpenShift::ClusterRegistry(m_session->client(),
                                                    m_session->connection().token, this);
        m_trust = new OpenShift::ClusterTrust(m_session->client(), this);
        m_pullSecrets = new OpenShift::PullSecrets(m_session->client(), this);
    } else {
        m_registry->reload();
    }
    m_secretBox->setTitle(tr("Pull secret for pods in project %1").arg(m_session->connection().ns));
    if (m_reaching)
        m_reaching->abort();
    auto *reachable = m_registry->reachable(m_session->connection().ns, {});
    m_reaching = reachable;
    connect(reachable, &Reply::finished, this, [this, reachable] {
        if (reachable != m_reaching)
            return; // a newer look
        m_reaching = nullptr;
        const QString typed = m_host->currentText().trimmed();
        m_host->clear();
        m_noRegistryHost = bool(reachable->error());
        if (reachable->error())
            say(tr("No registry host answers yet (%1); type one and press Check.")
                    .arg(reachable->error().message()));
        else
            m_host->addItem(reachable->value());
        // What the user typed stays what is checked.
        if (!typed.isEmpty())
            m_host->setEditText(typed);
        check();
    });
}

void TrustPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // The registry may have been deployed on the Registry page since the last look.
    if (m_noRegistryHost && !m_reaching && m_host->currentText().trimmed().isEmpty())
        refresh();
}

void TrustPage::check()
{
    if (!m_trust)
        return;
    if (m_checking)
        m_checking->abort();
    const QString host = m_host->currentText().trimmed();
    auto *found = m_trust->findCa(host);
    m_checking = found;
    showMessage(m_recommendation, tr("Checking %1…").arg(host));
    updateActions();
    connect(found, &Reply::finished, this, [this, found] {
        if (found != m_checking || found->error())
            return; // a newer check, or aborted by one
        m_found = found->value();
        showSources();
        auto *state = m_trust->state();
        m_checking = state;
        connect(state, &Reply::finished, this, [this, state] {
            if (state != m_checking)
                return;
            m_checking = nullptr;
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
            checkLogins([this] { Q_EMIT loaded(); });
        });
    });
}

void TrustPage::checkLogins(std::function<void()> then)
{
    const QString host = m_found.host;
    const int generation = ++m_loginCheck; // an older check's answers are stale
    if (!Workstation::checkRegistryHost(host)) {
        m_logins = {QString(), QString(), QString()};
        showWorkstation();
        return then ? then() : void();
    }
    // Docker reads its own config.json; Podman and skopeo, rootless or not, read auth.json and
    // then Docker's.
    auto left = std::make_shared<int>(2);
    for (const bool docker : {true, false}) {
        auto *checked = Workstation::checkSavedLogin(
            host,
            docker ? QStringList {Workstation::AuthFile::dockerPath()}
                   : Workstation::AuthFile::defaultPaths(),
            this);
        connect(checked, &Reply::finished, this, [this, checked, docker, left, then, generation] {
            // A newer check's answers are the ones shown; this one still ends.
            if (generation == m_loginCheck)
                showLogin(checked->value(), docker);
            if (--*left == 0 && then)
                then();
        });
    }
}

void TrustPage::showLogin(const Workstation::SavedLoginState &login, bool docker)
{
    const QString text = !login.saved
        ? (login.problem.isEmpty() ? tr("none saved") : tr("unreadable: %1").arg(login.problem))
        : login.accepted ? tr("%1, works").arg(login.username)
                         : tr("%1, does not work: %2").arg(login.username, login.problem);
    for (qsizetype i = 0; i < m_logins.size(); ++i) {
        if ((s_stores[i] == Workstation::CertsStore::Docker) == docker)
            m_logins[i] = text;
    }
    showWorkstation();
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
    // Nothing recommended: nothing selected, so that no action takes a CA that does not verify.
    if (m_found.recommended < 0) {
        m_sourceView->clearSelection();
        m_sourceView->setCurrentIndex({});
    } else {
        m_sourceView->selectRow(int(m_found.recommended));
    }
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

Result<QList<QSslCertificate>> TrustPage::chosenCa() const
{
    const QModelIndex current = m_sourceView->currentIndex();
    if (!current.isValid() || current.row() >= m_found.sources.size())
        return Error(Error::Kind::InvalidInput, tr("Choose a source of the CA first."));
    // The page has no fingerprint to give: what the route presents is refused, as core says.
    const auto chosen = m_found.choose(m_found.sources.at(current.row()).kind);
    if (!chosen)
        return chosen.error();
    return chosen->certificates;
}

void TrustPage::showWorkstation()
{
    const auto ca = chosenCa();
    m_workstation->setRowCount(0);
    const QString host = m_found.host;
    const bool hostOk = bool(Workstation::checkRegistryHost(host));
    for (Workstation::CertsStore store : s_stores) {
        QString path;
        QString state;
        if (hostOk) {
            const Workstation::CaFileState file
                = Workstation::caFileState(store, host, ca ? *ca : QList<QSslCertificate>());
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
        const QString login = m_logins.value(m_workstation->rowCount());
        QList<QStandardItem *> row {new QStandardItem(storeLabel(store)), new QStandardItem(path),
                                    new QStandardItem(state), new QStandardItem(login)};
        row.at(1)->setToolTip(path);
        row.at(3)->setToolTip(login);
        for (QStandardItem *i : std::as_const(row))
            i->setEditable(false);
        m_workstation->appendRow(row);
    }
    fitRows(m_workstationView);
    m_workstationView->resizeColumnToContents(2); // the state changes after an export
    m_workstationView->resizeColumnToContents(3);
}

void TrustPage::updateActions()
{
    const bool checking = bool(m_checking);
    // Actions take the host that was checked: one typed since needs Check first.
    const bool checked
        = !checking && !m_found.host.isEmpty() && m_host->currentText().trimmed() == m_found.host;
    const auto ca = chosenCa();
    const QString why = !checked ? tr("Check the host first.")
        : ca                     ? QString()
                                 : ca.error().detail();
    m_check->setEnabled(!checking);
    m_trustCluster->setEnabled(checked && ca && !m_planning && m_session->isOpen());
    m_export->setEnabled(checked && ca && !m_rootWrite);
    // One login at a time, and its clients' check is its own.
    m_login->setEnabled(checked && m_session->isOpen() && !m_saving && !m_clientCheck);
    m_tryClients->setEnabled(checked && !m_clientCheck);
    const bool byPassword = m_fromPassword->isChecked();
    m_secretUser->setEnabled(byPassword);
    m_secretPassword->setEnabled(byPassword);
    const bool named = !m_secretName->text().trimmed().isEmpty();
    m_stageSecret->setEnabled(
        checked && named && !m_planning && m_registry && m_session->isOpen()
        && (!byPassword
            || (!m_secretUser->text().isEmpty() && !m_secretPassword->text().isEmpty())));
    m_stageLink->setEnabled(named && !m_planning && m_pullSecrets && m_session->isOpen()
                            && !m_serviceAccount->text().trimmed().isEmpty());
    m_copySnippet->setEnabled(named);
    m_trustCluster->setToolTip(why);
    m_export->setToolTip(why);
}

void TrustPage::trustInCluster()
{
    const auto ca = chosenCa();
    if (!ca) {
        say(ca.error().detail());
        return;
    }
    m_planning = true;
    updateActions();
    auto *planned
        = m_trust->trust(m_found.host, *ca, m_configMap->text().trimmed(), m_replace->isChecked());
    connect(planned, &Reply::finished, this, [this, planned] {
        m_planning = false;
        updateActions();
        if (planned->error()) {
            say(planned->error().message());
        } else {
            m_plan->add(planned->value().changes);
            say(planned->value().notes.join(u' '));
            if (!planned->value().changes.isEmpty())
                Q_EMIT reviewRequested();
        }
        Q_EMIT acted();
    });
}

void TrustPage::exportCa()
{
    const auto ca = chosenCa();
    if (!ca) {
        say(ca.error().detail());
        Q_EMIT acted();
        return;
    }
    const Workstation::ExistingCa existing
        = m_replace->isChecked() ? Workstation::ExistingCa::Replace : Workstation::ExistingCa::Keep;
    QList<Workstation::CertsStore> direct;
    QList<Workstation::CertsStore> asRoot;
    for (qsizetype i = 0; i < m_stores.size(); ++i) {
        if (m_stores.at(i)->isChecked())
            (Workstation::needsRoot(s_stores[i]) ? asRoot : direct).append(s_stores[i]);
    }
    // All or nothing: every store is checked first, and what goes through pkexec (which the
    // user may refuse) is written before the rest.
    const Result<void> checked
        = Workstation::checkExport(direct + asRoot, m_found.host, *ca, existing);
    if ((direct.isEmpty() && asRoot.isEmpty()) || !checked) {
        say(checked ? tr("Check where to export the CA first.") : checked.error().message());
        Q_EMIT acted();
        return;
    }
    if (!asRoot.isEmpty())
        return exportAsRoot(asRoot, direct, *ca, existing);
    finishExport(direct, *ca, existing, {});
}

void TrustPage::exportAsRoot(const QList<Workstation::CertsStore> &stores,
                             const QList<Workstation::CertsStore> &direct,
                             const QList<QSslCertificate> &ca, Workstation::ExistingCa existing)
{
    const QString helper = Workstation::helperProgram();
    if (helper.isEmpty()) {
        say(tr("The system stores belong to root, and berthctl, which writes them through "
               "pkexec, is neither beside Berth nor on PATH: install it, or export to Rootless "
               "Podman only."));
        Q_EMIT acted();
        return;
    }
    // The exact command is shown before it runs; Cancel leaves it to copy.
    const QString host = m_found.host;
    const QStringList arguments
        = Workstation::installAsRootArguments(helper, stores, host, existing);
    const QString line = Command(arguments).toShell();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Export as Root"),
                                tr("The system stores belong to root. Berth runs this command, "
                                   "which asks for your password, with the CA on its standard "
                                   "input:"),
                                QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(line);
    ask->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *run = ask->addButton(tr("&Run as Root"), QMessageBox::AcceptRole);
    run->setAccessibleName(tr("Run the command as root"));
    ask->setDefaultButton(run);
    m_rootWrite = true;
    updateActions();
    connect(ask, &QMessageBox::finished, this, [=, this] {
        if (ask->clickedButton() != run || m_found.host != host) {
            m_rootWrite = false;
            updateActions();
            say(tr("Nothing was written. The command, to run yourself:\n%1")
                    .arg(Workstation::installAsRootCommand(arguments, ca).toShell()));
            Q_EMIT acted();
            return;
        }
        say(tr("Waiting for pkexec: %1").arg(line));
        auto *wrote = Workstation::installAsRoot(arguments, ca, this);
        connect(wrote, &Reply::finished, this, [=, this] {
            m_rootWrite = false;
            updateActions();
            showWorkstation();
            if (wrote->error()) {
                say(wrote->error().message());
                Q_EMIT acted();
                return;
            }
            finishExport(direct, ca, existing, {tr("Written as root: %1").arg(wrote->value())});
        });
    });
    ask->open();
}

void TrustPage::finishExport(const QList<Workstation::CertsStore> &direct,
                             const QList<QSslCertificate> &ca, Workstation::ExistingCa existing,
                             QStringList said)
{
    const auto done = Workstation::exportCa(direct, m_found.host, ca, existing);
    showWorkstation();
    if (!done) {
        said.append(done.error().message());
        say(said.join(u' '));
        Q_EMIT acted();
        return;
    }
    for (const Workstation::CaInstall &i : *done)
        said.append(i.unchanged ? tr("%1 already holds this CA.").arg(i.path)
                                : tr("%1 written.").arg(i.path));
    // What was written is tried at once with the real clients.
    checkClients(said);
}

void TrustPage::saveLogin()
{
    QStringList files {Workstation::AuthFile::containersPath()};
    if (m_stores.first()->isChecked()) // Docker reads its own config.json
        files.append(Workstation::AuthFile::dockerPath());
    auto *saved = m_registry->saveLogin(m_session->connection().ns, m_found.host, files, true);
    m_saving = saved;
    updateActions();
    connect(saved, &Reply::finished, this, [this, saved] {
        m_saving = nullptr;
        const OpenShift::SavedLogin &login = saved->value();
        QStringList said;
        for (const Workstation::StoredCredential &s : login.stored)
            said.append(tr("Login saved in %1.").arg(s.path));
        if (saved->error()) {
            said.append(saved->error().message());
            say(said.join(u' '));
            updateActions();
            Q_EMIT acted();
            return;
        }
        said.append(login.check
                        ? tr("%1 does not take it yet: %2").arg(login.host, login.check.message())
                        : tr("%1 takes it.").arg(login.host));
        checkLogins({});
        checkClients(said);
    });
}

void TrustPage::checkClients(QStringList said)
{
    if (m_clientCheck)
        m_clientCheck->abort();
    auto *checked = m_registry->checkWithClients(m_session->connection().ns, m_found.host, {}, {});
    m_clientCheck = checked;
    updateActions();
    connect(checked, &Reply::finished, this, [this, checked, said]() mutable {
        if (checked != m_clientCheck)
            return; // a newer one runs
        m_clientCheck = nullptr;
        m_clients->setRowCount(0);
        const OpenShift::ClientChecks &ran = checked->value();
        for (const Workstation::ClientCheck &c : ran.checks) {
            QList<QStandardItem *> row {new QStandardItem(c.client),
                                        new QStandardItem(c.shownCommand()),
                                        new QStandardItem(c.passed ? tr("ok: %1").arg(c.said)
                                                                   : tr("failed: %1").arg(c.said))};
            for (QStandardItem *i : std::as_const(row)) {
                i->setEditable(false);
                i->setToolTip(i->text());
            }
            m_clients->appendRow(row);
        }
        fitRows(m_clientView);
        m_clientView->setVisible(m_clients->rowCount() > 0);
        if (checked->error())
            said.append(
                tr("skopeo and podman could not be run: %1").arg(checked->error().message()));
        else if (ran.checks.isEmpty())
            said.append(tr("Neither skopeo nor podman is installed here to try it with."));
        else if (ran.image.isEmpty())
            said.append(tr("No image was read with skopeo: %1.").arg(ran.noImage));
        say(said.join(u' '));
        updateActions();
        Q_EMIT acted();
    });
}

void TrustPage::showSnippet()
{
    const QString name = m_secretName->text().trimmed();
    m_snippet->setPlainText(name.isEmpty() ? QString()
                                           : OpenShift::PullSecrets::podSpecSnippet(name));
}

void TrustPage::stagePullSecret()
{
    OpenShift::PullSecretRequest request;
    request.name = m_secretName->text().trimmed();
    request.ns = m_session->connection().ns;
    request.server = m_found.host;
    auto stage = [this](const OpenShift::PullSecretRequest &request, const QString &note) {
        m_planning = false;
        updateActions();
        const Result<OpenShift::Change> change = OpenShift::PullSecrets::create(request);
        if (!change) {
            say(change.error().message());
        } else {
            m_plan->add(*change);
            say(note);
            Q_EMIT reviewRequested();
        }
        Q_EMIT acted();
    };
    if (m_fromPassword->isChecked()) {
        request.username = m_secretUser->text();
        request.password = m_secretPassword->text();
        stage(request, {});
        return;
    }
    // The login's token goes into a secret for the cluster's own registry only.
    m_planning = true;
    updateActions();
    auto *login = m_registry->tokenLogin(request.ns, request.server);
    connect(login, &Reply::finished, this, [this, login, request, stage]() mutable {
        if (login->error()) {
            m_planning = false;
            updateActions();
            say(login->error().message());
            Q_EMIT acted();
            return;
        }
        request.username = login->value().username;
        request.password = login->value().password;
        stage(request,
              tr("The secret holds your own token: whoever may read secrets in %1 can "
                 "act as you on the API, and pods stop pulling when your login expires.")
                  .arg(request.ns));
    });
}

void TrustPage::stageLink()
{
    const QString account = m_serviceAccount->text().trimmed();
    const QString secret = m_secretName->text().trimmed();
    m_planning = true;
    updateActions();
    auto *planned = m_pullSecrets->link(m_session->connection().ns, account, secret);
    connect(planned, &Reply::finished, this, [this, planned, account, secret] {
        m_planning = false;
        updateActions();
        if (planned->error()) {
            say(planned->error().message());
        } else if (!planned->value()) {
            say(tr("serviceaccount/%1 already pulls with %2; nothing to change.")
                    .arg(account, secret));
        } else {
            m_plan->add(*planned->value());
            say({});
            Q_EMIT reviewRequested();
        }
        Q_EMIT acted();
    });
}

} // namespace Berth::Gui
