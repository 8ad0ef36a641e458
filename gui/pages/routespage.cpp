// SPDX-License-Identifier: Apache-2.0
#include "routespage.h"

#include "accessibility.h"
#include "dialogs/edityamldialog.h"
#include "dialogs/routedialog.h"
#include "registrystager.h"
#include "reviewbutton.h"

#include "kube/clustersession.h"
#include "openshift/registryroutes.h"
#include "openshift/registrystatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

RoutesPage::RoutesPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
                       OpenShift::RegistryStatus *status, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_status(status)
    , m_stager(new RegistryStager(session->client(), plan, this))
    , m_model(new QStandardItemModel(0, 6, this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_defaultRoute(new QPushButton(this))
    , m_add(new QPushButton(tr("&Add Route…"), this))
    , m_edit(new QPushButton(tr("Ed&it Route…"), this))
    , m_remove(new QPushButton(tr("Re&move Route"), this))
    , m_yaml(new QPushButton(tr("View &YAML…"), this))
    , m_review(new ReviewButton(plan, this))
{
    auto *layout = new QVBoxLayout(this);
    m_refresh = addHeading(
        layout, tr("Refresh the routes"),
        tr("How Docker, Podman and skopeo reach the registry from outside the cluster. The "
           "operator makes the Route objects from its config: the default route, and custom "
           "routes with a hostname and a TLS secret."));
    m_summary->setWordWrap(true);
    describeMessageLabel(m_summary, tr("Routes summary"));
    layout->addWidget(m_summary);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Host"), tr("Termination"), tr("TLS secret"),
                                        tr("Certificate"), tr("Admitted")});
    m_view = makeTable(m_model, tr("Registry routes"), this);
    // Every column fits at 1024x700: the host takes what is left, elided (its tooltip is whole).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_defaultRoute);
    m_add->setAccessibleName(tr("Add a route"));
    buttons->addWidget(m_add);
    m_edit->setAccessibleName(tr("Edit the selected route"));
    buttons->addWidget(m_edit);
    m_remove->setAccessibleName(tr("Stage removing the selected route"));
    buttons->addWidget(m_remove);
    m_yaml->setAccessibleName(tr("Show the selected Route object as YAML"));
    m_yaml->setToolTip(tr("Read-only: the operator makes the Route from its config"));
    buttons->addWidget(m_yaml);
    buttons->addStretch();
    buttons->addWidget(m_review);
    layout->addLayout(buttons);

    orderTabs({m_refresh, m_view, m_defaultRoute, m_add, m_edit, m_remove, m_yaml, m_review});
    connect(m_defaultRoute, &QPushButton::clicked, this, &RoutesPage::toggleDefaultRoute);
    connect(m_add, &QPushButton::clicked, this, [this] { openRouteDialog({}, {}); });
    connect(m_edit, &QPushButton::clicked, this, &RoutesPage::editSelected);
    // Enter or a double click on a custom route edits it.
    connect(m_view, &QTableView::activated, this, &RoutesPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &RoutesPage::removeSelected);
    connect(m_yaml, &QPushButton::clicked, this, &RoutesPage::viewSelectedYaml);
    connect(m_review, &QPushButton::clicked, this, &RoutesPage::reviewRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoutesPage::updateActions);
    connect(m_status, &OpenShift::RegistryStatus::changed, this, &RoutesPage::onStatus);
    // A watch that ended for good: the table would stay as it was without a word.
    connect(m_status, &OpenShift::RegistryStatus::problem, this,
            [this](const QString &message) { showMessage(m_problem, message); });
    connect(m_stager, &RegistryStager::finished, this, [this](bool staged, const QString &message) {
        const std::optional<Typed> typed = std::exchange(m_typed, {});
        updateActions();
        showMessage(m_problem, staged || !typed ? message : QString());
        Q_EMIT planned();
        if (staged)
            Q_EMIT reviewRequested();
        else if (typed)
            openRouteDialog(typed->route, typed->replacing, message); // nothing typed is lost
    });
    updateActions();
}

QString RoutesPage::title() const
{
    return tr("Routes");
}

QIcon RoutesPage::icon() const
{
    return QIcon(u":/icons/routes.svg"_s);
}

void RoutesPage::refresh()
{
    if (m_session->isOpen())
        m_status->start();
}

void RoutesPage::onStatus()
{
    const OpenShift::RegistryState &state = m_status->state();
    m_haveSpec = state.phase != OpenShift::RegistryState::Phase::Unknown;
    m_spec = state.spec;
    const QString selected = m_view->currentIndex().isValid()
        ? m_model->item(m_view->currentIndex().row(), 0)->data(NameRole).toString()
        : QString();
    m_model->setRowCount(0);
    const QDateTime now = QDateTime::currentDateTime();
    const auto rows = OpenShift::registryRoutes(state.spec, m_status->objects().routes);
    for (const OpenShift::RegistryRouteRow &r : rows) {
        auto *name = new QStandardItem(r.isDefault ? tr("%1 (default)").arg(r.name) : r.name);
        name->setData(r.name, NameRole);
        name->setData(r.isDefault, DefaultRole);
        name->setData(r.exists, ExistsRole);
        QString host = r.hostname;
        if (host.isEmpty())
            host = tr("(the operator picks it)");
        if (!r.exists && r.requested)
            host = tr("%1 — not made yet").arg(host);
        else if (!r.requested)
            host = tr("%1 — no longer in the config").arg(host);
        // Who presents the certificate a client sees: the route's own, else the router's
        // (edge, reencrypt), the registry's (passthrough), or none (plain HTTP).
        QString certificate = r.termination == u"passthrough" ? tr("the registry's")
            : r.termination.isEmpty()                         ? tr("none: plain HTTP")
                                                              : tr("the router's");
        if (const std::optional<qint64> days = r.daysLeft(now)) {
            const QString date = QLocale().toString(r.certificateExpires.toLocalTime().date(),
                                                    QLocale::ShortFormat);
            certificate = *days < 0 ? tr("expired %1").arg(date)
                                    : tr("%1 (%n day(s) left)", nullptr, int(*days)).arg(date);
        }
        auto *cert = new QStandardItem(certificate);
        cert->setToolTip(r.certificateSubject);
        auto *hostItem = new QStandardItem(host);
        hostItem->setToolTip(host);
        m_model->appendRow({name, hostItem,
                            new QStandardItem(r.termination.isEmpty() ? tr("none") : r.termination),
                            new QStandardItem(r.secretName), cert,
                            new QStandardItem(!r.exists        ? QString()
                                                  : r.admitted ? tr("Yes")
                                                               : tr("No"))});
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!selected.isEmpty() && m_model->item(row, 0)->data(NameRole).toString() == selected)
            m_view->selectRow(row);
    }
    if (!m_haveSpec)
        showMessage(m_summary, state.headline);
    else if (rows.isEmpty())
        showMessage(m_summary,
                    tr("The registry has no route: it is reachable only inside the "
                       "cluster, as image-registry.openshift-image-registry.svc:5000."));
    else
        showMessage(m_summary,
                    tr("Reachable from outside as: %1")
                        .arg(state.externalHostnames.isEmpty()
                                 ? tr("(no hostname published yet)")
                                 : state.externalHostnames.join(u", "_s)));
    updateActions();
    Q_EMIT loaded();
}

void RoutesPage::toggleDefaultRoute()
{
    OpenShift::RegistrySettings settings;
    settings.defaultRoute = !m_spec.defaultRoute;
    showMessage(m_problem, {});
    m_stager->stage(settings);
    updateActions();
}

void RoutesPage::openRouteDialog(const OpenShift::RegistryRoute &route, const QString &replacing,
                                 const QString &problem)
{
    QStringList taken;
    for (const OpenShift::RegistryRoute &r : m_spec.routes) {
        if (r.name != replacing)
            taken.append(r.name);
    }
    RouteDialog dialog(route, replacing, taken, problem, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    stageRoute(dialog.route(), replacing);
}

std::optional<OpenShift::RegistryRoute> RoutesPage::selectedRoute() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().data(DefaultRole).toBool())
        return std::nullopt;
    const QString name = rows.first().data(NameRole).toString();
    for (const OpenShift::RegistryRoute &r : m_spec.routes) {
        if (r.name == name)
            return r;
    }
    return std::nullopt; // a Route object the config no longer asks for
}

void RoutesPage::editSelected()
{
    if (const std::optional<OpenShift::RegistryRoute> route = selectedRoute();
        route && m_edit->isEnabled())
        openRouteDialog(*route, route->name);
}

void RoutesPage::stageRoute(const OpenShift::RegistryRoute &route, const QString &replacing)
{
    OpenShift::RegistrySettings settings;
    settings.routes = {route};
    if (!replacing.isEmpty() && replacing != route.name)
        settings.removeRoutes = {replacing};
    m_typed = Typed {route, replacing};
    showMessage(m_problem, {});
    m_stager->stage(settings);
    updateActions();
}

void RoutesPage::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    OpenShift::RegistrySettings settings;
    if (rows.first().data(DefaultRole).toBool())
        settings.defaultRoute = false;
    else
        settings.removeRoutes = {rows.first().data(NameRole).toString()};
    showMessage(m_problem, {});
    m_stager->stage(settings);
    updateActions();
}

void RoutesPage::viewSelectedYaml()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !rows.first().data(ExistsRole).toBool())
        return;
    EditYamlDialog::view(
        m_session->client(), Kube::Resources::routes(), OpenShift::registryNamespace(),
        rows.first().data(NameRole).toString(),
        tr("The registry operator makes this Route from its config and puts back any edit made "
           "to it here: change the route with Edit Route… or the default route's button."),
        this);
}

void RoutesPage::updateActions()
{
    const bool busy = m_stager->isBusy();
    m_defaultRoute->setText(m_spec.defaultRoute ? tr("T&urn Off the Default Route")
                                                : tr("Turn On the &Default Route"));
    m_defaultRoute->setAccessibleName(m_spec.defaultRoute
                                          ? tr("Stage turning off the default route")
                                          : tr("Stage turning on the default route"));
    m_defaultRoute->setEnabled(m_haveSpec && !busy);
    m_add->setEnabled(m_haveSpec && !busy);
    m_edit->setEnabled(m_haveSpec && !busy && selectedRoute().has_value());
    m_remove->setEnabled(m_haveSpec && !busy && m_view->selectionModel()->hasSelection());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_yaml->setEnabled(!rows.isEmpty() && rows.first().data(ExistsRole).toBool());
}

} // namespace Berth::Gui
