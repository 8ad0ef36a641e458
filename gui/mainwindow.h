// SPDX-License-Identifier: Apache-2.0
#pragma once

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
    ActivityModel *activity() const { return m_activity; }
    int currentPage() const;
    void setCurrentPage(int index);

public Q_SLOTS:
    /// Shows the login dialog; returns whether a session is open afterwards.
    bool logIn();
    /// Writes the CommandLog as a script to a file the user picks.
    void exportCommands();

private:
    QIcon withSelectedMode(const QIcon &icon) const;
    void addPage(Page *page);
    void createMenus();
    void createActivityPanel();
    void updateStatus();
    void rebuildContextMenu();
    void onExpired();
    void openContext(const QString &context);

    Kube::ClusterSession *m_session;
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
