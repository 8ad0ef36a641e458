// SPDX-License-Identifier: Apache-2.0
#include "overviewpage.h"

#include "accessibility.h"

#include "kube/clustersession.h"
#include "models/conditionmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

OverviewPage::OverviewPage(Kube::ClusterSession *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_overview(new OpenShift::ClusterOverview(session->client(), this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this))
    , m_conditions(new ConditionModel(this))
    , m_conditionView(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(title()), this));
    top->addStretch();
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Loading the overview"));
    top->addWidget(m_progress);
    m_refresh->setAccessibleName(tr("Refresh the overview"));
    m_refresh->setToolTip(tr("Reload from the cluster (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *cluster = new QGroupBox(tr("Cluster"), this);
    auto *clusterForm = new QFormLayout(cluster);
    m_server = addField(clusterForm, tr("API server:"), tr("API server"));
    m_version = addField(clusterForm, tr("Version:"), tr("Version"));
    m_user = addField(clusterForm, tr("User:"), tr("User"));
    m_groups = addField(clusterForm, tr("Groups:"), tr("Groups"));
    m_storageClass
        = addField(clusterForm, tr("Default storage class:"), tr("Default storage class"));
    layout->addWidget(cluster);

    auto *registry = new QGroupBox(tr("Image registry operator"), this);
    auto *registryLayout = new QVBoxLayout(registry);
    auto *registryForm = new QFormLayout;
    m_registryState
        = addField(registryForm, tr("Management state:"), tr("Registry management state"));
    m_registryStorage = addField(registryForm, tr("Storage:"), tr("Registry storage"));
    registryLayout->addLayout(registryForm);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    describeMessageLabel(m_problem, tr("Registry problem"));
    registryLayout->addWidget(m_problem);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_conditions);
    m_conditionView->setModel(proxy);
    letTabLeave(m_conditionView);
    m_conditionView->setSortingEnabled(true);
    m_conditionView->sortByColumn(-1, Qt::AscendingOrder);
    m_conditionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditionView->verticalHeader()->setVisible(false);
    m_conditionView->horizontalHeader()->setSectionResizeMode(ConditionModel::MessageColumn,
                                                              QHeaderView::Stretch);
    m_conditionView->setAccessibleName(tr("Registry operator conditions"));
    registryLayout->addWidget(m_conditionView);
    layout->addWidget(registry, 1);

    connect(m_session, &Kube::ClusterSession::opened, this, &OverviewPage::refresh);
}

QLabel *OverviewPage::addField(QFormLayout *form, const QString &label,
                               const QString &accessibleName)
{
    // A screen reader reads the value (the label's text) with its caption, through the
    // caption's buddy relation; the field's name is the description.
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setObjectName(accessibleName);
    value->setAccessibleDescription(accessibleName);
    value->setWordWrap(true);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return QIcon(u":/icons/overview.svg"_s);
}

void OverviewPage::refresh()
{
    if (!m_session->isOpen())
        return;
    if (m_reply)
        m_reply->abort();
    m_progress->setVisible(true);
    auto *reply = m_overview->fetch();
    m_reply = reply;
    connect(reply, &Reply::finished, this, [this, reply] {
        m_progress->setVisible(false);
        if (reply->error()) {
            if (reply->error().kind() != Error::Kind::Cancelled) {
                showMessage(m_problem, reply->error().message());
            }
            return;
        }
        show(reply->value());
    });
}

void OverviewPage::show(const OpenShift::ClusterOverviewData &data)
{
    m_data = data;
    m_session->setUser(data.user);
    m_server->setText(data.server.toString());
    QString version = data.openshiftVersion.isEmpty()
        ? tr("OpenShift version not readable")
        : tr("OpenShift %1").arg(data.openshiftVersion);
    if (!data.kubernetesVersion.isEmpty())
        version += tr(" (Kubernetes %1)").arg(data.kubernetesVersion);
    m_version->setText(version);
    m_user->setText(data.user);
    m_groups->setText(data.groups.join(u", "_s));
    m_storageClass->setText(data.defaultStorageClass.isEmpty()
                                ? tr("none: no storage class is the default")
                                : data.defaultStorageClass);
    m_registryState->setText(data.registryManagementState.isEmpty() ? tr("unknown")
                                                                    : data.registryManagementState);
    m_registryStorage->setText(data.registryStorage.isEmpty() ? tr("not configured")
                                                              : data.registryStorage);
    showMessage(m_problem, data.registryProblem);
    m_conditions->setItems(data.registryConditions);
    m_conditionView->resizeColumnsToContents();
    m_conditionView->horizontalHeader()->setSectionResizeMode(ConditionModel::MessageColumn,
                                                              QHeaderView::Stretch);
    Q_EMIT loaded();
}

} // namespace Berth::Gui
