// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include "openshift/rolebindings.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Berth {
class Reply;
template<typename T> class ValueReply;
class ListWatchReply;
namespace Kube {
class ClusterSession;
}
namespace OpenShift {
class ChangePlan;
class RoleBindings;
struct Grant;
struct PolicyPlan;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class ReviewButton;
class GrantModel;

/// Step 8 of the procedure: who may pull from and push to the registry. The bindings of a
/// project, of every project, or of the cluster, live; Grant and Remove stage what `oc policy`
/// would do, and Review and Apply shows it before anything is sent.
class AccessPage final : public Page
{
    Q_OBJECT
public:
    AccessPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
               QWidget *parent = nullptr);
    ~AccessPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// Shows the bindings of `project`; empty: of the cluster (ClusterRoleBindings).
    void showProject(const QString &project);
    /// Plans and stages the grant (for tests and the dialog), then asks for review.
    void stageGrant(const QString &role, const OpenShift::Subject &subject, const QString &ns);
    GrantModel *model() const { return m_model; }

Q_SIGNALS:
    /// The bindings are loaded, or changed by a watch event.
    void loaded();
    /// Planning a grant or a removal finished (staged, or said why not).
    void planned();
    void reviewRequested();

private:
    enum class Scope { Project, AllProjects, Cluster };
    Scope scope() const;
    QString project() const;
    struct Typed
    {
        QString role;
        OpenShift::Subject subject;
        QString ns;
    };
    /// Asks for a grant; `typed`: what the user typed before, shown again with `problem`.
    void grant(const std::optional<Typed> &typed = {}, const QString &problem = {});
    void removeSelected();
    void stage(ValueReply<OpenShift::PolicyPlan> *reply);
    const OpenShift::Grant *selectedGrant() const;
    void updateActions();
    void setProblem(const QString &text);

    Kube::ClusterSession *m_session;
    OpenShift::ChangePlan *m_plan;
    OpenShift::RoleBindings *m_bindings;
    GrantModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<ListWatchReply> m_watch;
    QPointer<Reply> m_planning;
    /// The grant being planned from the dialog: asked again if the server refuses it.
    std::optional<Typed> m_typed;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_allows;
    QLabel *m_problem;
    QPushButton *m_grant;
    QPushButton *m_remove;
    QPushButton *m_editYaml;
    ReviewButton *m_review;
    QPushButton *m_refresh = nullptr;
};

} // namespace Berth::Gui
