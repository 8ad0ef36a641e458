// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include "openshift/registryconfig.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Berth {
namespace Kube {
class ClusterSession;
}
namespace OpenShift {
class ChangePlan;
class RegistryStatus;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class RegistryStager;
class ReviewButton;

/// How the registry is reached from outside the cluster: the default route and custom routes
/// (host, termination, the TLS secret, its certificate's expiry), live from the shared
/// RegistryStatus. The operator owns the Route objects: every change is staged on its config.
class RoutesPage final : public Page
{
    Q_OBJECT
public:
    RoutesPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
               OpenShift::RegistryStatus *status, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// Stages a custom route (for tests and the dialog), new or in place of the route named
    /// `replacing`; refused ones reopen the dialog.
    void stageRoute(const OpenShift::RegistryRoute &route, const QString &replacing = {});
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded();
    void planned();
    void reviewRequested();

private:
    enum Role { NameRole = Qt::UserRole + 1, DefaultRole, ExistsRole };
    void onStatus();
    /// The route dialog, for a new route or (`replacing` not empty) to change that one.
    void openRouteDialog(const OpenShift::RegistryRoute &route, const QString &replacing,
                         const QString &problem = {});
    void editSelected();
    /// The config's custom route of the selected row, if it is one.
    std::optional<OpenShift::RegistryRoute> selectedRoute() const;
    void removeSelected();
    void viewSelectedYaml();
    void toggleDefaultRoute();
    void updateActions();

    Kube::ClusterSession *m_session;
    OpenShift::RegistryStatus *m_status;
    RegistryStager *m_stager;
    OpenShift::RegistrySpec m_spec;
    bool m_haveSpec = false;
    /// The route being staged from the dialog, and the route it replaces: shown again in the
    /// dialog if the operator refuses it.
    struct Typed
    {
        OpenShift::RegistryRoute route;
        QString replacing;
    };
    std::optional<Typed> m_typed;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_defaultRoute;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_yaml;
    ReviewButton *m_review;
    QPushButton *m_refresh = nullptr;
};

} // namespace Berth::Gui
