// SPDX-License-Identifier: Apache-2.0
#include "registrypage.h"

#include "accessibility.h"
#include "dialogs/edityamldialog.h"
#include "registrystager.h"
#include "reviewbutton.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/registrystatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

namespace {
// The storage choices' data.
const QString s_operatorClaim = u"operator"_s;
const QString s_namedClaim = u"claim"_s;
const QString s_emptyDir = u"emptydir"_s;
const QString s_none = u"none"_s;
const QString s_other = u"other"_s;
const QString s_operatorClaimName = u"image-registry-storage"_s;

QString storageChoice(const OpenShift::RegistrySpec &spec)
{
    using S = OpenShift::RegistrySpec::Storage;
    switch (spec.storage) {
    case S::None:
        return s_none;
    case S::EmptyDir:
        return s_emptyDir;
    case S::Other:
        return s_other;
    case S::Pvc:
        // The operator writes the name of the claim it made back into the spec.
        return spec.claim.isEmpty() || spec.claim == s_operatorClaimName ? s_operatorClaim
                                                                         : s_namedClaim;
    }
    return s_none;
}
} // namespace

RegistryPage::RegistryPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
                           OpenShift::RegistryStatus *status, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_plan(plan)
    , m_stager(new RegistryStager(session->client(), plan, this))
    , m_status(status)
    , m_state(new QComboBox(this))
    , m_storage(new QComboBox(this))
    , m_claim(new QLineEdit(this))
    , m_replicas(new QSpinBox(this))
    , m_rollout(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-o&nly (refuse pushes)"), this))
    , m_logLevel(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_stage(new QPushButton(QIcon(u":/icons/ok.svg"_s), tr("&Stage Changes"), this))
    , m_reset(new QPushButton(tr("&Undo Edits"), this))
    , m_editYaml(new QPushButton(tr("Edit &YAML…"), this))
    , m_review(new ReviewButton(plan, this))
    , m_headline(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_parts(new QStandardItemModel(0, 2, this))
    , m_partsView(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    m_refresh = addHeading(layout, tr("Refresh the registry's config and status"),
                           tr("Give the registry storage and set it to Managed (steps 2 to 4 of "
                              "the procedure); the Status panel follows the operator."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *configBox = new QGroupBox(tr("Configuration"), splitter);
    auto *configLayout = new QVBoxLayout(configBox);
    auto *form = new QFormLayout;
    m_state->addItems({u"Managed"_s, u"Removed"_s, u"Unmanaged"_s});
    m_state->setAccessibleName(tr("Management state"));
    m_state->setToolTip(tr("Managed: the operator deploys the registry. Removed: it takes the "
                           "registry down. Unmanaged: it leaves everything as it is."));
    form->addRow(tr("&Management state:"), m_state);
    m_storage->addItem(tr("Claim made by the operator"), s_operatorClaim);
    m_storage->setItemData(0,
                           tr("The operator makes image-registry-storage on the default "
                              "storage class, ReadWriteMany"),
                           Qt::ToolTipRole);
    m_storage->addItem(tr("A claim I name"), s_namedClaim);
    m_storage->addItem(tr("emptyDir (images lost when the pod restarts)"), s_emptyDir);
    m_storage->setAccessibleName(tr("Storage"));
    form->addRow(tr("S&torage:"), m_storage);
    m_claim->setAccessibleName(tr("Claim name"));
    m_claim->setPlaceholderText(tr("a claim in openshift-image-registry"));
    form->addRow(tr("Cl&aim:"), m_claim);
    m_replicas->setRange(1, 16);
    m_replicas->setAccessibleName(tr("Replicas"));
    form->addRow(tr("Repl&icas:"), m_replicas);
    m_rollout->addItems({u"RollingUpdate"_s, u"Recreate"_s});
    m_rollout->setAccessibleName(tr("Rollout strategy"));
    form->addRow(tr("Rollout strate&gy:"), m_rollout);
    m_logLevel->addItems({u"Normal"_s, u"Debug"_s, u"Trace"_s, u"TraceAll"_s});
    m_logLevel->setAccessibleName(tr("Log level"));
    form->addRow(tr("L&og level:"), m_logLevel);
    m_readOnly->setAccessibleName(tr("Read-only"));
    form->addRow(QString(), m_readOnly);
    // Narrow enough for the Status panel to have the room at 1024x700.
    for (QComboBox *combo : {m_state, m_storage, m_rollout, m_logLevel}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    configLayout->addLayout(form);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    configLayout->addWidget(m_problem);
    configLayout->addStretch();
    auto *buttons = new QHBoxLayout;
    m_stage->setAccessibleName(tr("Stage the form's changes"));
    m_stage->setToolTip(tr("As oc edit sends them: one merge patch of what the form changes"));
    buttons->addWidget(m_stage);
    m_reset->setAccessibleName(tr("Reset the form to the cluster's config"));
    buttons->addWidget(m_reset);
    m_editYaml->setAccessibleName(tr("Edit the registry's config as YAML"));
    buttons->addWidget(m_editYaml);
    buttons->addStretch();
    buttons->addWidget(m_review);
    configLayout->addLayout(buttons);

    auto *statusBox = new QGroupBox(tr("Status"), splitter);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    describeMessageLabel(m_headline, tr("Registry status"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    statusLayout->addWidget(m_headline);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    describeMessageLabel(m_advice, tr("What to do"));
    statusLayout->addWidget(m_advice);
    m_parts->setHorizontalHeaderLabels({tr("Part"), tr("State")});
    m_partsView = makeTable(m_parts, tr("Registry parts"), statusBox);
    m_partsView->setSortingEnabled(false);
    m_partsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_partsView->horizontalHeader()->setStretchLastSection(true);
    m_partsView->setWordWrap(false); // one line a part; the tooltip has it whole
    statusLayout->addWidget(m_partsView, 1);
    splitter->addWidget(configBox);
    splitter->addWidget(statusBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 500});
    layout->addWidget(splitter, 1);

    orderTabs({m_refresh, m_state, m_storage, m_claim, m_replicas, m_rollout, m_logLevel,
               m_readOnly, m_stage, m_reset, m_editYaml, m_review, m_partsView});

    connect(m_stage, &QPushButton::clicked, this, &RegistryPage::stage);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        loadForm(m_status->state().spec);
        setProblem({});
    });
    connect(m_review, &QPushButton::clicked, this, &RegistryPage::reviewRequested);
    connect(m_editYaml, &QPushButton::clicked, this, [this] {
        if (EditYamlDialog::edit(m_session->client(), m_plan, Kube::Resources::registryConfigs(),
                                 {}, u"cluster"_s, this))
            Q_EMIT reviewRequested();
    });
    for (QComboBox *combo : {m_state, m_storage, m_rollout, m_logLevel})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistryPage::updateActions);
    connect(m_claim, &QLineEdit::textChanged, this, &RegistryPage::updateActions);
    connect(m_replicas, &QSpinBox::valueChanged, this, &RegistryPage::updateActions);
    connect(m_readOnly, &QCheckBox::toggled, this, &RegistryPage::updateActions);
    connect(m_status, &OpenShift::RegistryStatus::changed, this, &RegistryPage::onStatus);
    connect(m_stager, &RegistryStager::finished, this, [this](bool staged, const QString &message) {
        updateActions();
        setProblem(message);
        Q_EMIT planned();
        if (staged)
            Q_EMIT reviewRequested();
    });
    connect(m_status, &OpenShift::RegistryStatus::problem, this, &RegistryPage::setProblem);
    // Another cluster (or user) starts the form afresh; a Refresh keeps what is being edited.
    connect(m_session, &Kube::ClusterSession::opened, this, [this] {
        m_haveSpec = false;
        refresh();
    });
    updateActions();
}

RegistryPage::~RegistryPage() = default;

QString RegistryPage::title() const
{
    return tr("Registry");
}

QIcon RegistryPage::icon() const
{
    return QIcon(u":/icons/registry.svg"_s);
}

void RegistryPage::refresh()
{
    if (!m_session->isOpen())
        return;
    setProblem({});
    m_status->start();
}

void RegistryPage::onStatus()
{
    const OpenShift::RegistryState &state = m_status->state();
    const bool readable = state.phase != OpenShift::RegistryState::Phase::Unknown;
    // The form follows the cluster until the user edits it, and again once the cluster says
    // what the form does (the edit was applied); an edit in progress is kept.
    if (readable && (!m_haveSpec || settings().isEmpty() || settingsAgainst(state.spec).isEmpty()))
        loadForm(state.spec);
    else if (readable && !m_stager->isBusy() && !settings().isEmpty() && state.spec != m_spec)
        setProblem(tr("The registry's config changed on the cluster while you edit: Undo "
                      "Edits shows it (your edits are then lost)."));
    m_haveSpec = m_haveSpec || readable;

    showMessage(m_headline, state.headline);
    showMessage(m_advice, state.advice);
    m_parts->setRowCount(0);
    auto row = [this](const QString &part, const QString &value) {
        auto *item = new QStandardItem(value);
        item->setToolTip(value);
        m_parts->appendRow({new QStandardItem(part), item});
    };
    for (const OpenShift::Condition &c : state.conditions)
        row(tr("Operator: %1").arg(c.type),
            c.message.isEmpty() ? c.status : u"%1: %2"_s.arg(c.status, c.message));
    if (state.claim)
        row(tr("Claim"), state.claimLine());
    row(tr("Deployment"), state.deploymentLine());
    for (const QString &pod : state.podLines())
        row(tr("Pod"), pod);
    if (!state.service.isEmpty())
        row(tr("Service"), state.service);
    for (const QString &route : state.routeLines())
        row(tr("Route"), route);
    if (!state.internalHostname.isEmpty())
        row(tr("Internal hostname"), state.internalHostname);
    for (const QString &host : state.externalHostnames)
        row(tr("External hostname"), host);
    QStringList co;
    for (const OpenShift::Condition &c : state.clusterOperator)
        co.append(c.type + u'=' + c.status);
    if (!co.isEmpty())
        row(tr("ClusterOperator"), co.join(u' '));
    for (const QString &what : state.unreadable)
        row(tr("Not readable"), what);
    updateActions();
    Q_EMIT loaded();
}

void RegistryPage::loadForm(const OpenShift::RegistrySpec &spec)
{
    m_spec = spec;
    const QSignalBlocker blockers[] {QSignalBlocker(m_state),   QSignalBlocker(m_storage),
                                     QSignalBlocker(m_claim),   QSignalBlocker(m_replicas),
                                     QSignalBlocker(m_rollout), QSignalBlocker(m_logLevel),
                                     QSignalBlocker(m_readOnly)};
    m_state->setCurrentText(spec.managementState);
    // What the cluster has and the form cannot choose is shown as it is.
    for (const QString &extra : {s_none, s_other}) {
        const int index = m_storage->findData(extra);
        if (index >= 0)
            m_storage->removeItem(index);
    }
    const QString choice = storageChoice(spec);
    if (choice == s_none)
        m_storage->addItem(tr("Not configured"), s_none);
    else if (choice == s_other)
        m_storage->addItem(tr("Other: %1 (edit it as YAML)").arg(spec.otherStorage), s_other);
    m_storage->setCurrentIndex(m_storage->findData(choice));
    m_claim->setText(choice == s_namedClaim ? spec.claim : QString());
    m_replicas->setValue(spec.replicas);
    m_rollout->setCurrentText(spec.rolloutStrategy);
    m_logLevel->setCurrentText(spec.logLevel);
    m_readOnly->setChecked(spec.readOnly);
    updateActions();
}

OpenShift::RegistrySettings RegistryPage::settings() const
{
    return m_haveSpec ? settingsAgainst(m_spec) : OpenShift::RegistrySettings();
}

OpenShift::RegistrySettings RegistryPage::settingsAgainst(const OpenShift::RegistrySpec &base) const
{
    OpenShift::RegistrySettings out;
    if (m_state->currentText() != base.managementState)
        out.managementState = m_state->currentText();
    const QString choice = m_storage->currentData().toString();
    const QString was = storageChoice(base);
    if (choice == s_operatorClaim && was != s_operatorClaim)
        out.pvcClaim = QString();
    else if (choice == s_namedClaim
             && (was != s_namedClaim || m_claim->text().trimmed() != base.claim))
        out.pvcClaim = m_claim->text().trimmed();
    else if (choice == s_emptyDir && was != s_emptyDir)
        out.emptyDir = true;
    if (m_replicas->value() != base.replicas)
        out.replicas = m_replicas->value();
    if (m_rollout->currentText() != base.rolloutStrategy)
        out.rolloutStrategy = m_rollout->currentText();
    if (m_logLevel->currentText() != base.logLevel)
        out.logLevel = m_logLevel->currentText();
    if (m_readOnly->isChecked() != base.readOnly)
        out.readOnly = m_readOnly->isChecked();
    return out;
}

void RegistryPage::stage()
{
    const OpenShift::RegistrySettings wanted = settings();
    if (wanted.isEmpty())
        return;
    if (wanted.pvcClaim && wanted.pvcClaim->isEmpty()
        && m_storage->currentData().toString() == s_namedClaim) {
        setProblem(tr("Name the claim, or choose the claim made by the operator."));
        return;
    }
    setProblem({});
    m_stager->stage(wanted);
    updateActions();
}

void RegistryPage::updateActions()
{
    const bool named = m_storage->currentData().toString() == s_namedClaim;
    m_claim->setEnabled(named && m_haveSpec);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_state, m_storage, m_replicas, m_rollout, m_logLevel,
                                           m_readOnly, m_reset, m_editYaml})
        w->setEnabled(m_haveSpec);
    m_stage->setEnabled(m_haveSpec && !m_stager->isBusy() && !settings().isEmpty());
}

void RegistryPage::setProblem(const QString &text)
{
    showMessage(m_problem, text);
}

} // namespace Berth::Gui
