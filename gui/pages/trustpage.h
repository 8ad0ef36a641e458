// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include "openshift/clustertrust.h"
#include "workstation/certsdir.h"
#include "workstation/savedlogin.h"

#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace Berth {
namespace Kube {
class ClusterSession;
}
namespace OpenShift {
class ChangePlan;
class ClusterRegistry;
class PullSecrets;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class ReviewButton;

/// Steps 6, 7 and 10 of the procedure: the registry's CA from each source with the one that
/// verifies the route, the cluster's trust of it (staged for Review), and this workstation's
/// (certs.d for Docker, Podman and rootless Podman, and the saved login).
class TrustPage final : public Page
{
    Q_OBJECT
public:
    TrustPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
              QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QStandardItemModel *sources() const { return m_sources; }
    QStandardItemModel *workstation() const { return m_workstation; }
    QStandardItemModel *clients() const { return m_clients; }

Q_SIGNALS:
    /// What the page shows is read: the sources, the cluster's and the workstation's state.
    void loaded();
    /// An action finished; its outcome is in the page's message.
    void acted();
    void reviewRequested();

protected:
    /// Looks for the registry again when none answered last time.
    void showEvent(QShowEvent *event) override;

private:
    void check();
    void showSources();
    void showDetails();
    void showWorkstation();
    /// Whether a login for the host is saved where each engine reads it and whether the
    /// registry takes it (the Login column); then `then`.
    void checkLogins(std::function<void()> then);
    /// One answer of checkLogins(): Docker's row, or Podman's and rootless Podman's.
    void showLogin(const Workstation::SavedLoginState &login, bool docker);
    void updateActions();
    /// The selected source's CA, or why it may not be taken from the page.
    Result<QList<QSslCertificate>> chosenCa() const;
    void trustInCluster();
    void exportCa();
    /// The system `stores` as a user: berthctl's helper mode through pkexec, run once the
    /// user has seen the exact command and said yes; then the `direct` ones.
    void exportAsRoot(const QList<Workstation::CertsStore> &stores,
                      const QList<Workstation::CertsStore> &direct,
                      const QList<QSslCertificate> &ca, Workstation::ExistingCa existing);
    /// Writes the `direct` stores, says so after `said`, then runs the clients.
    void finishExport(const QList<Workstation::CertsStore> &direct,
                      const QList<QSslCertificate> &ca, Workstation::ExistingCa existing,
                      QStringList said);
    void saveLogin();
    /// Runs skopeo and podman against the host (ClusterRegistry::checkWithClients()), shows
    /// what they said beside `said`, then emits acted().
    void checkClients(QStringList said);
    /// Step 9: the pull secret of the form, staged for Review.
    void stagePullSecret();
    /// `oc secrets link SA NAME --for=pull`, staged for Review.
    void stageLink();
    void showSnippet();
    void say(const QString &message);

    Kube::ClusterSession *m_session;
    OpenShift::ChangePlan *m_plan;
    QPointer<OpenShift::ClusterTrust> m_trust;
    QPointer<OpenShift::ClusterRegistry> m_registry;
    OpenShift::RegistryCa m_found;
    OpenShift::ClusterTrustState m_cluster;
    /// The check in flight; a newer one makes an older one's answers stale.
    QPointer<Reply> m_checking;
    QPointer<Reply> m_reaching; ///< the look for the registry host in flight
    bool m_noRegistryHost = false; ///< none answered last time
    bool m_planning = false;
    QComboBox *m_host;
    QPushButton *m_check;
    QLabel *m_recommendation;
    QStandardItemModel *m_sources;
    QTableView *m_sourceView;
    QPlainTextEdit *m_details;
    QLabel *m_clusterState;
    QLineEdit *m_configMap;
    QCheckBox *m_replace;
    QPushButton *m_trustCluster;
    ReviewButton *m_review;
    QStandardItemModel *m_workstation;
    QTableView *m_workstationView;
    QList<QCheckBox *> m_stores; ///< Docker, Podman, rootless: where Export CA writes
    QPushButton *m_export;
    QPushButton *m_login;
    QStandardItemModel *m_clients;
    QTableView *m_clientView;
    QPushButton *m_tryClients;
    QPointer<Reply> m_clientCheck;
    QPointer<Reply> m_saving; ///< Save Login in flight
    QStringList m_logins {QString(), QString(), QString()}; ///< the Login column, per store
    int m_loginCheck = 0; ///< checkLogins()'s newest check
    bool m_rootWrite = false; ///< the pkexec write asked for or in flight
    QPointer<OpenShift::PullSecrets> m_pullSecrets;
    QGroupBox *m_secretBox;
    QLineEdit *m_secretName;
    QRadioButton *m_fromToken;
    QRadioButton *m_fromPassword;
    QLineEdit *m_secretUser;
    QLineEdit *m_secretPassword;
    QPushButton *m_stageSecret;
    QLineEdit *m_serviceAccount;
    QPushButton *m_stageLink;
    QPlainTextEdit *m_snippet;
    QPushButton *m_copySnippet;
    QLabel *m_message;
    QPushButton *m_refresh = nullptr;
};

} // namespace Berth::Gui
