// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include "openshift/registryconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
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

/// Steps 2 to 4 of the procedure: the registry operator's config as a form (management
/// state, storage, replicas, rollout, read-only, log level) whose changes are staged as the
/// merge patch `oc edit` sends, beside a Status panel kept live by watches that says whether
/// the registry is Available and, when not, why and what to do.
class RegistryPage final : public Page
{
    Q_OBJECT
public:
    /// `status` is shared with the Routes page; this page (re)starts it when a session opens.
    RegistryPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
                 OpenShift::RegistryStatus *status, QWidget *parent = nullptr);
    ~RegistryPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// What the form asks for that the cluster's config does not say yet (empty: nothing).
    OpenShift::RegistrySettings settings() const;
    /// Plans the form's settings with the operator's rules, stages them, asks for review.
    void stage();
    OpenShift::RegistryStatus *status() const { return m_status; }

Q_SIGNALS:
    /// The status changed (after refresh() and on every watch event).
    void loaded();
    /// Planning the form's changes finished: staged, or said why not.
    void planned();
    void reviewRequested();

private:
    OpenShift::RegistrySettings settingsAgainst(const OpenShift::RegistrySpec &spec) const;
    void onStatus();
    void loadForm(const OpenShift::RegistrySpec &spec);
    void updateActions();
    void setProblem(const QString &text);

    Kube::ClusterSession *m_session;
    OpenShift::ChangePlan *m_plan;
    RegistryStager *m_stager;
    OpenShift::RegistryStatus *m_status;
    OpenShift::RegistrySpec m_spec; ///< the cluster's, as the form was last loaded from it
    bool m_haveSpec = false;
    QComboBox *m_state;
    QComboBox *m_storage;
    QLineEdit *m_claim;
    QSpinBox *m_replicas;
    QComboBox *m_rollout;
    QCheckBox *m_readOnly;
    QComboBox *m_logLevel;
    QLabel *m_problem;
    QPushButton *m_stage;
    QPushButton *m_reset;
    QPushButton *m_editYaml;
    ReviewButton *m_review;
    QPushButton *m_refresh = nullptr;
    QLabel *m_headline;
    QLabel *m_advice;
    QStandardItemModel *m_parts;
    QTableView *m_partsView;
};

} // namespace Berth::Gui
