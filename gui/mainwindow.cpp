// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "accessibility.h"

#include "common/atomicfile.h"
#include "dialogs/logindialog.h"
#include "dialogs/reviewdialog.h"
#include "kube/clustersession.h"
#include "models/activitymodel.h"
#include "openshift/changehistory.h"
#include "openshift/registrystatus.h"
#include "pages/accesspage.h"
#include "pages/imagespage.h"
#include "pages/overviewpage.h"
#include "pages/placeholderpage.h"
#include "pages/registrypage.h"
#include "pages/routespage.h"
#include "pages/storagepage.h"
#include "pages/trustpage.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The icons are compiled into the berth-gui static library.
static void initResources()
{
    Q_INIT_RESOURCE(berth);
}

namespace Berth::Gui {

MainWindow::MainWindow(Kube::ClusterSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_plan(new OpenShift::ChangePlan(session, this))
    , m_activity(new ActivityModel(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_cluster(new QLabel(this))
    , m_user(new QLabel(this))
    , m_namespace(new QLabel(this))
{
    initResources();
    setWindowTitle(tr("Berth"));
    setWindowIcon(QIcon(u":/icons/berth.svg"_s));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_sidebar);
    m_pages->setAccessibleName(tr("Page"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_overview = new OverviewPage(m_session, this);
    addPage(m_overview);
    // clang-format off
    auto *storage = new StoragePage(m_session, m_plan, this);
    connect(storage, &StoragePage::reviewRequested, this, &MainWindow::reviewChanges);
    addPage(storage);
    auto *registryStatus = new OpenShift::RegistryStatus(m_session->client(), this);
    auto *registry = new RegistryPage(m_session, m_plan, registryStatus, this);
    connect(registry, &RegistryPage::reviewRequested, this, &MainWindow::reviewChanges);
    addPage(registry);
    auto *routes = new RoutesPage(m_session, m_plan, registryStatus, this);
    connect(routes, &RoutesPage::reviewRequested, this, &MainWindow::reviewChanges);
    addPage(routes);
    auto *access = new AccessPage(m_session, m_plan, this);
    connect(access, &AccessPage::reviewRequested, this, &MainWindow::reviewChanges);
    addPage(access);
    auto *trust = new TrustPage(m_session, m_plan, this);
    connect(trust, &TrustPage::reviewRequested, this, &MainWindow::reviewChanges);
    addPage(trust);
    addPage(new ImagesPage(m_session, m_activity, this));
    addPage(new PlaceholderPage(tr("Setup"), u"setup"_s, tr("The whole procedure as a checked plan of steps."), this));
    // clang-format on
    m_sidebar->setCurrentRow(0);

    // Their text ("User: kubeadmin") is what a screen reader reads; the names are for finding them.
    m_cluster->setObjectName(u"cluster"_s);
    m_user->setObjectName(u"user"_s);
    m_namespace->setObjectName(u"namespace"_s);
    statusBar()->addPermanentWidget(m_cluster);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_namespace);

    createActivityPanel();
    createMenus();
    updateStatus();

    connect(m_session, &Kube::ClusterSession::opened, this, [this] {
        // Staged changes belong to the cluster and user they were made for: another context
        // starts without them (the command log keeps them, by cluster).
        const QString context = m_session->connection().contextName;
        if (context != m_context && !m_context.isEmpty()) {
            if (!m_plan->isEmpty())
                m_activity->addNote(tr("%n staged change(s) dropped: they were for context %1.",
                                       nullptr, int(m_plan->changes().size()))
                                        .arg(m_context));
            m_plan->clear();
        }
        m_context = context;
        updateStatus();
        rebuildContextMenu();
        // Once per login: the kubeconfig holding the token is readable by others.
        for (const QString &warning : m_session->connection().warnings) {
            m_activity->addNote(warning);
            statusBar()->showMessage(warning, 15000);
        }
    });
    connect(m_session, &Kube::ClusterSession::userChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Kube::ClusterSession::expired, this, &MainWindow::onExpired);
    connect(m_session, &Kube::ClusterSession::exchanged, m_activity, &ActivityModel::addRequest);
    connect(m_session->commands(), &CommandLog::added, m_activity, &ActivityModel::addCommand);
    connect(m_session, &Kube::ClusterSession::warning, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Server warning: %1").arg(text), 10000);
    });

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (geometry().width() < 900) {
        // Roomy, but never larger than the screen (1024x700 included).
        const QSize room = screen() ? screen()->availableSize() : QSize(1100, 720);
        resize(qMin(1100, room.width()), qMin(720, room.height()));
    }
}

/// `icon` with a Selected mode in the palette's highlighted-text colour: the sidebar's blue
/// icons would vanish on the blue of the selected row.
QIcon MainWindow::withSelectedMode(const QIcon &icon) const
{
    // Pixmaps of every size a view may ask for, into an icon of pixmaps: an SVG icon would
    // render itself again for the Selected mode, ignoring the pixmaps added to it.
    QIcon out;
    for (const int size : {16, 22, 24, 32, 48}) {
        const QPixmap normal = icon.pixmap(QSize(size, size));
        out.addPixmap(normal, QIcon::Normal);
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), palette().color(QPalette::HighlightedText));
        painter.end();
        out.addPixmap(selected, QIcon::Selected);
    }
    return out;
}

void MainWindow::addPage(Page *page)
{
    auto *item = new QListWidgetItem(withSelectedMode(page->icon()), page->title(), m_sidebar);
    item->setData(Qt::AccessibleTextRole, page->title());
    m_pages->addWidget(page);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::focusCurrentPage()
{
    // A page chosen from the View menu or its shortcut takes the keyboard at the control Tab
    // from the sidebar reaches (as Qt picks it: one that takes Tab and is no part of a compound).
    // Else the focus stays on the sidebar, or leaves a control of the page shown before for
    // whatever comes next in the window (the activity panel).
    for (QWidget *w = m_sidebar->nextInFocusChain(); w != m_sidebar; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(this)
            && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::createActivityPanel()
{
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(u"activity"_s);
    dock->setAccessibleName(tr("Activity panel"));
    auto *panel = new QWidget(dock);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    auto *filter = new QLineEdit(panel);
    filter->setPlaceholderText(tr("Filter requests and commands"));
    filter->setAccessibleName(tr("Filter activity"));
    filter->setClearButtonEnabled(true);
    nameClearButton(filter, tr("Clear the activity filter"));
    row->addWidget(filter);
    auto *copy = new QPushButton(tr("Copy oc &Commands"), panel);
    copy->setAccessibleName(tr("Copy the oc commands of this session"));
    row->addWidget(copy);
    auto *exportScript = new QPushButton(tr("&Export as Script…"), panel);
    exportScript->setAccessibleName(tr("Export the commands of this session as a script"));
    row->addWidget(exportScript);
    connect(exportScript, &QPushButton::clicked, this, &MainWindow::exportCommands);
    auto *revert = new QPushButton(tr("Revert &Last Change…"), panel);
    revert->setAccessibleName(tr("Revert the last change Berth applied to this cluster"));
    row->addWidget(revert);
    connect(revert, &QPushButton::clicked, this, &MainWindow::revertLastChange);
    layout->addLayout(row);
    auto *proxy = new QSortFilterProxyModel(panel);
    proxy->setSourceModel(m_activity);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView(panel);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(tr("Requests and commands"));
    letTabLeave(view);
    layout->addWidget(view);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_activity, &QAbstractItemModel::rowsInserted, view,
            [view] { view->scrollToBottom(); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_session->commands()->script());
        statusBar()->showMessage(tr("The oc commands of this session are on the clipboard."), 5000);
    });
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {170}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *login
        = file->addAction(QIcon(u":/icons/login.svg"_s), tr("&Log In…"), this, &MainWindow::logIn);
    login->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_contextMenu = file->addMenu(tr("Switch &Context"));
    file->addSeparator();
    QAction *copy = file->addAction(tr("Copy &oc Commands"), this, [this] {
        QGuiApplication::clipboard()->setText(m_session->commands()->script());
    });
    copy->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    QAction *exportScript
        = file->addAction(tr("&Export Commands as Script…"), this, &MainWindow::exportCommands);
    exportScript->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    file->addSeparator();
    QAction *review
        = file->addAction(tr("&Review Staged Changes…"), this, &MainWindow::reviewChanges);
    review->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    QAction *revert
        = file->addAction(tr("Re&vert Last Change…"), this, &MainWindow::revertLastChange);
    // Not Ctrl+Shift+Z: a focused text field takes that as Redo.
    revert->setShortcut(QKeySequence(u"Ctrl+Alt+Z"_s));
    file->addAction(tr("&Forget Last Change"), this, &MainWindow::forgetLastChange);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *page = static_cast<Page *>(m_pages->widget(i));
        QAction *go = view->addAction(page->icon(), page->title(), this, [this, i] {
            setCurrentPage(i);
            focusCurrentPage();
        });
        go->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
    }
    view->addSeparator();
    QAction *refresh
        = view->addAction(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this,
                          [this] { static_cast<Page *>(m_pages->currentWidget())->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *activity = findChild<QDockWidget *>(u"activity"_s)->toggleViewAction();
    activity->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    view->addAction(activity);
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const Theme current = themeFromString(QSettings().value(u"view/theme"_s).toString());
    for (const auto &[theme, label] : {std::pair {Theme::System, tr("&System")},
                                       {Theme::Light, tr("&Light")},
                                       {Theme::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(label, this, [theme] {
            applyTheme(theme);
            QSettings().setValue(u"view/theme"_s, themeToString(theme));
        });
        a->setCheckable(true);
        a->setChecked(theme == current);
        group->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Berth"), this, [this] {
        QMessageBox::about(this, tr("About Berth"),
                           tr("<h3>Berth %1</h3><p>A console for the internal image registry of "
                              "Red Hat OpenShift.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::rebuildContextMenu()
{
    m_contextMenu->clear();
    auto config = Kube::KubeConfig::load(m_session->kubeconfigPaths());
    if (!config)
        return;
    auto *group = new QActionGroup(m_contextMenu);
    for (const QString &name : config->contextNames()) {
        QAction *a = m_contextMenu->addAction(name, this, [this, name] { openContext(name); });
        a->setCheckable(true);
        a->setChecked(name == m_session->connection().contextName);
        group->addAction(a);
    }
}

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_cluster->setText(tr("Not logged in"));
        m_user->clear();
        m_namespace->clear();
        return;
    }
    m_cluster->setText(tr("Cluster: %1").arg(m_session->connection().server.toString()));
    m_user->setText(tr("User: %1").arg(m_session->user()));
    m_namespace->setText(tr("Namespace: %1").arg(m_session->connection().ns));
    setWindowTitle(tr("Berth — %1").arg(m_session->connection().server.host()));
}

void MainWindow::openContext(const QString &context)
{
    if (const Result<void> opened = m_session->open(context); !opened)
        QMessageBox::warning(this, tr("Cannot Open Context"), opened.error().message());
}

void MainWindow::start(const QString &context)
{
    show();
    if (const Result<void> opened = m_session->open(context); !opened) {
        statusBar()->showMessage(opened.error().message(), 10000);
        logIn();
    }
}

void MainWindow::reviewChanges()
{
    if (m_plan->isEmpty()) {
        statusBar()->showMessage(tr("Nothing is staged."), 5000);
        return;
    }
    ReviewDialog dialog(m_plan, m_session, this);
    connect(&dialog, &ReviewDialog::logInRequested, this, &MainWindow::logIn);
    dialog.exec();
}

void MainWindow::revertLastChange()
{
    const OpenShift::ChangeHistory history(m_session->connection().server);
    if (const auto last = history.lastApply(); !last) {
        statusBar()->showMessage(last.error().message(), 8000);
        return;
    }
    // Staged, not yet undone: closing the pane or a refusal leaves it revertible.
    const Result<QList<OpenShift::Change>> undos = history.undoLastApply();
    if (!undos) {
        QMessageBox::warning(this, tr("Revert Last Change"), undos.error().message());
        return;
    }
    m_plan->add(*undos);
    reviewChanges();
}

void MainWindow::forgetLastChange()
{
    const auto forgotten
        = OpenShift::ChangeHistory(m_session->connection().server).forgetLastApply();
    if (!forgotten) {
        statusBar()->showMessage(forgotten.error().message(), 8000);
        return;
    }
    QStringList summaries;
    for (const OpenShift::ChangeHistory::Entry &entry : *forgotten)
        summaries.append(entry.applied.change.summary);
    const QString message
        = tr("Dropped from the change history, and left as it is on the cluster: %1.")
              .arg(summaries.join(u"; "_s));
    m_activity->addNote(message);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::exportCommands()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Commands as Script"),
                                                      QDir::home().filePath(u"berth-session.sh"_s),
                                                      tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> written
        = writeFileAtomically(path, m_session->commands()->script().toUtf8(), FileSecrecy::Public);
    if (!written) {
        QMessageBox::warning(this, tr("Export Commands as Script"), written.error().message());
        return;
    }
    statusBar()->showMessage(
        tr("%n command(s) written to %1.", nullptr, int(m_session->commands()->entries().size()))
            .arg(QDir::toNativeSeparators(path)),
        5000);
}

bool MainWindow::logIn()
{
    LoginDialog dialog(m_session->kubeconfigPaths(), this);
    connect(&dialog, &LoginDialog::exchanged, m_activity, &ActivityModel::addRequest);
    if (m_relogging && m_session->isOpen())
        dialog.setServer(m_session->connection().server.toString());
    if (dialog.exec() != QDialog::Accepted)
        return m_session->isOpen();
    openContext(dialog.contextName());
    if (!dialog.equivalentCommand().isEmpty() && m_session->isOpen())
        m_session->commands()->add(
            tr("Log in to %1").arg(m_session->connection().server.toString()),
            dialog.equivalentCommand());
    return m_session->isOpen();
}

void MainWindow::onExpired()
{
    // Several requests may fail at once; ask once, and keep the page the user is on. Queued:
    // not inside the reply that met the 401, whose own handlers (a plan's apply) finish first.
    if (m_relogging)
        return;
    m_relogging = true;
    QTimer::singleShot(0, this, [this] {
        const int page = currentPage();
        logIn();
        setCurrentPage(page);
        m_relogging = false;
    });
}

} // namespace Berth::Gui
