// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Berth {
class ListWatchReply;
namespace Kube {
class ClusterSession;
}
namespace OpenShift {
class ChangePlan;
} // namespace OpenShift
} // namespace Berth

namespace Berth::Gui {

class ReviewButton;
class StorageClassModel;

/// Step 1 of the procedure: the storage classes, live, with which provisioners can serve the
/// registry's ReadWriteMany claim; "Set as Default" stages the console's patches in the plan,
/// and Review and Apply shows them before anything is sent.
class StoragePage final : public Page
{
    Q_OBJECT
public:
    StoragePage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
                QWidget *parent = nullptr);
    ~StoragePage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// Stages the changes that make `name` the default (for tests and the keyboard path).
    void stageDefault(const QString &name);
    StorageClassModel *model() const { return m_model; }

Q_SIGNALS:
    /// The list is loaded (after refresh()) or changed by a watch event.
    void loaded();
    /// The user asked to review the staged changes.
    void reviewRequested();

private:
    void updateActions();
    QString selectedName() const;
    void setProblem(const QString &text);

    Kube::ClusterSession *m_session;
    OpenShift::ChangePlan *m_plan;
    StorageClassModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<ListWatchReply> m_watch;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_defaults;
    QLabel *m_problem;
    QPushButton *m_setDefault;
    QPushButton *m_editYaml;
    ReviewButton *m_review;
    QPushButton *m_refresh = nullptr;
};

} // namespace Berth::Gui
