// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/clusteroverview.h"
#include "page.h"

#include <QPointer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Gui {

class ConditionModel;

/// The cluster at a glance: API URL, versions, user and groups, the registry operator's state
/// and conditions, the default storage class.
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(Kube::ClusterSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// The last data shown (for tests).
    const OpenShift::ClusterOverviewData &data() const { return m_data; }

Q_SIGNALS:
    void loaded();

private:
    void show(const OpenShift::ClusterOverviewData &data);
    QLabel *addField(QFormLayout *form, const QString &label, const QString &accessibleName);

    Kube::ClusterSession *m_session;
    OpenShift::ClusterOverview *m_overview;
    QPointer<Reply> m_reply;
    OpenShift::ClusterOverviewData m_data;
    QLabel *m_server;
    QLabel *m_version;
    QLabel *m_user;
    QLabel *m_groups;
    QLabel *m_registryState;
    QLabel *m_registryStorage;
    QLabel *m_storageClass;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    ConditionModel *m_conditions;
    QTableView *m_conditionView;
};

} // namespace Berth::Gui
