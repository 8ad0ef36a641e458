// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/changeplan.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Gui {

class ActivityModel;
class OverviewPage;
class Page;

/// Berth's main window: a sidebar of pages, a status bar with cluster, user and namespace,
/// and the activity panel of requests and equivalent `oc` commands.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Kube::ClusterSession *session, QWidget *parent = nullptr);

    /// Opens the kubeconfig's current context, or asks to log in when there is none.
    void start(const QString &context = {});

    OverviewPage *overviewPage() const { return m_overview; }
    OpenShift::ChangePlan *plan() const { return m_plan; }
    ActivityModel *activity() const { return m_activity; }
    int currentPage() const;
    void setCurrentPage(int index);

public Q_SLOTS:
    /// Shows the login dialog; returns whether a session is open afterwards.
    bool logIn();
    /// Writes the CommandLog as a script to a file the user picks.
    void exportCommands();
    /// Opens the Review pane over the staged changes.
    void reviewChanges();
    /// Stages the undo of the last change Berth applied to this cluster (its ChangeHistory),
    /// then reviews it.
    void revertLastChange();
    /// Drops the last change from the history without touching the cluster (one whose revert
    /// is refused for good would block the older ones).
    void forgetLastChange();

private:
    QIcon withSelectedMode(const QIcon &icon) const;
    void addPage(Page *page);
    void createMenus();
    void createActivityPanel();
    void updateStatus();
    void rebuildContextMenu();
    void focusCurrentPage();
    void onExpired();
    void openContext(const QString &context);

    Kube::ClusterSession *m_session;
    OpenShift::ChangePlan *m_plan;
    QString m_context; ///< the context the plan belongs to
    ActivityModel *m_activity;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    OverviewPage *m_overview = nullptr;
    QLabel *m_cluster;
    QLabel *m_user;
    QLabel *m_namespace;
    QMenu *m_contextMenu = nullptr;
    bool m_relogging = false;
};

} // namespace Berth::Gui
