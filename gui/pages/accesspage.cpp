// SPDX-License-Identifier: Apache-2.0
#include "accesspage.h"

#include "accessibility.h"
#include "dialogs/edityamldialog.h"
#include "dialogs/grantdialog.h"
#include "models/grantmodel.h"
#include "projectchoices.h"
#include "reviewbutton.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/rolebindings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

namespace {
// The scope entries' data; a project name (DNS-1123) can be neither.
constexpr auto s_allProjects = "*all"_L1;
constexpr auto s_cluster = "*cluster"_L1;
} // namespace

AccessPage::AccessPage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_plan(plan)
    , m_bindings(new OpenShift::RoleBindings(session->client(), this))
    , m_model(new GrantModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_allows(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_grant(new QPushButton(QIcon(u":/icons/access.svg"_s), tr("&Grant Role…"), this))
    , m_remove(new QPushButton(tr("Re&move from Role"), this))
    , m_editYaml(new QPushButton(tr("Edit &YAML…"), this))
    , m_review(new ReviewButton(plan, this))
{
    auto *layout = new QVBoxLayout(this);
    m_refresh = addHeading(layout, tr("Refresh the role bindings"),
                           tr("Who may use the registry: registry-viewer pulls, "
                              "registry-editor pulls and pushes, registry-admin also manages "
                              "access; system:image-puller and system:image-pusher are for "
                              "service accounts."));

    auto *form = new QFormLayout;
    m_scope->setEditable(true);
    m_scope->setInsertPolicy(QComboBox::NoInsert);
    nameComboBox(m_scope, tr("Project"));
    form->addRow(tr("Pro&ject:"), m_scope);
    layout->addLayout(form);
    m_filter->setPlaceholderText(tr("Filter by name, role or project"));
    m_filter->setAccessibleName(tr("Filter role bindings"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter, tr("Clear the role binding filter"));
    layout->addWidget(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(GrantModel::SubjectColumn);
    m_proxy->setFilterRole(GrantModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view = makeTable(m_proxy, tr("Role bindings"), this);
    m_view->sortByColumn(GrantModel::SubjectColumn, Qt::AscendingOrder);
    // What each role allows takes the room that is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_allows->setWordWrap(true);
    describeMessageLabel(m_allows, tr("What the selected role allows"));
    layout->addWidget(m_allows);
    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_grant->setAccessibleName(tr("Grant a role"));
    buttons->addWidget(m_grant);
    m_remove->setAccessibleName(tr("Stage removing the selected subject from its role"));
    m_remove->setToolTip(tr("As oc policy remove-role-from-user or -group: from every binding "
                            "of the role here; a binding left empty is deleted"));
    buttons->addWidget(m_remove);
    m_editYaml->setAccessibleName(tr("Edit the selected binding as YAML"));
    buttons->addWidget(m_editYaml);
    buttons->addStretch();
    buttons->addWidget(m_review);
    layout->addLayout(buttons);

    orderTabs({m_refresh, m_scope, m_filter, m_view, m_grant, m_remove, m_editYaml, m_review});
    connect(m_scope, &QComboBox::textActivated, this, &AccessPage::refresh);
    // A typed project that is not in the list (a user who may not list projects) loads on
    // Enter too: an editable combo box activates only the items it has.
    connect(m_scope->lineEdit(), &QLineEdit::returnPressed, this, &AccessPage::refresh);
    connect(m_grant, &QPushButton::clicked, this, [this] { grant(); });
    connect(m_remove, &QPushButton::clicked, this, &AccessPage::removeSelected);
    connect(m_editYaml, &QPushButton::clicked, this, [this] {
        const OpenShift::Grant *grant = selectedGrant();
        if (grant
            && EditYamlDialog::edit(m_session->client(), m_plan,
                                    grant->ns.isEmpty() ? Kube::Resources::clusterRoleBindings()
                                                        : Kube::Resources::roleBindings(),
                                    grant->ns, grant->binding, this))
            Q_EMIT reviewRequested();
    });
    connect(m_review, &QPushButton::clicked, this, &AccessPage::reviewRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateActions);
    connect(m_session, &Kube::ClusterSession::opened, this, [this] {
        m_scope->clear();
        m_scope->addItem(tr("All projects"), QString(s_allProjects));
        m_scope->addItem(tr("Cluster-wide bindings"), QString(s_cluster));
        m_scope->setEditText(m_session->connection().ns);
        refresh();
        offerProjects(m_session->client(), m_scope);
    });
    updateActions();
}

AccessPage::~AccessPage()
{
    if (m_watch)
        m_watch->abort();
}

QString AccessPage::title() const
{
    return tr("Access");
}

QIcon AccessPage::icon() const
{
    return QIcon(u":/icons/access.svg"_s);
}

AccessPage::Scope AccessPage::scope() const
{
    const int index = m_scope->findText(m_scope->currentText());
    const QString data = index >= 0 ? m_scope->itemData(index).toString() : QString();
    if (data == s_allProjects)
        return Scope::AllProjects;
    if (data == s_cluster)
        return Scope::Cluster;
    return Scope::Project;
}

QString AccessPage::project() const
{
    return scope() == Scope::Project ? m_scope->currentText().trimmed() : QString();
}

void AccessPage::showProject(const QString &project)
{
    const int index = m_scope->findData(QString(s_cluster));
    if (project.isEmpty() && index >= 0)
        m_scope->setCurrentIndex(index);
    else
        m_scope->setEditText(project);
    refresh();
}

void AccessPage::refresh()
{
    if (!m_session->isOpen())
        return;
    if (m_watch)
        m_watch->abort();
    setProblem({});
    updateActions(); // a grant needs only the session, even where listing is refused
    const Scope s = scope();
    const QString ns = project();
    if (s == Scope::Project && ns.isEmpty())
        return;
    const Kube::ResourceType type = s == Scope::Cluster ? Kube::Resources::clusterRoleBindings()
                                                        : Kube::Resources::roleBindings();
    // Grants made elsewhere (oc policy, the console, another Berth) appear as they happen.
    ListWatchReply *watch = m_session->client()->listAndWatch(type, ns);
    m_watch = watch;
    connect(watch, &ListWatchReply::listed, this, [this](const QJsonObject &list) {
        m_model->setBindings(list.value("items"_L1).toArray());
        updateActions();
        Q_EMIT loaded();
    });
    connect(watch, &WatchReply::event, this,
            [this](const QString &type, const QJsonObject &object) {
                m_model->applyEvent(type, object);
                updateActions();
                Q_EMIT loaded();
            });
    connect(watch, &Reply::finished, this, [this, watch] {
        if (!watch->error() || watch->error().kind() == Error::Kind::Cancelled)
            return;
        if (!watch->hasListed())
            m_model->setBindings({}); // not what was shown before: it is not this scope's
        setProblem(watch->error().message());
    });
}

const OpenShift::Grant *AccessPage::selectedGrant() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->grants().at(m_proxy->mapToSource(rows.first()).row());
}

void AccessPage::grant(const std::optional<Typed> &typed, const QString &problem)
{
    GrantDialog dialog(project(), this);
    if (typed)
        dialog.prefill(typed->role, typed->subject, typed->ns, problem);
    if (dialog.exec() != QDialog::Accepted)
        return;
    stageGrant(dialog.role(), dialog.subject(), dialog.project());
    m_typed = Typed {dialog.role(), dialog.subject(), dialog.project()};
}

void AccessPage::stageGrant(const QString &role, const OpenShift::Subject &subject,
                            const QString &ns)
{
    stage(m_bindings->addRole(role, subject, ns));
}

void AccessPage::removeSelected()
{
    const OpenShift::Grant *grant = selectedGrant();
    if (!grant)
        return;
    stage(m_bindings->removeRole(grant->role, grant->subject, grant->ns));
}

void AccessPage::stage(ValueReply<OpenShift::PolicyPlan> *reply)
{
    if (m_planning)
        m_planning->abort();
    m_planning = reply;
    m_typed.reset();
    setProblem({});
    updateActions();
    connect(reply, &Reply::finished, this, [this, reply] {
        const std::optional<Typed> typed = std::exchange(m_typed, {});
        updateActions();
        if (reply->error()) {
            if (reply->error().kind() != Error::Kind::Cancelled) {
                setProblem(reply->error().message());
                Q_EMIT planned();
                if (typed)
                    grant(typed, reply->error().message()); // nothing typed is lost
            }
            return;
        }
        const OpenShift::PolicyPlan &plan = reply->value();
        // oc's warnings (no such role, user or group) are said; the binding is made anyway.
        QStringList lines = plan.notes;
        for (const QString &warning : plan.warnings)
            lines.append(tr("Warning: %1.").arg(warning));
        setProblem(lines.join(u'\n'));
        if (!plan.changes.isEmpty())
            m_plan->add(plan.changes);
        Q_EMIT planned();
        if (!plan.changes.isEmpty())
            Q_EMIT reviewRequested();
    });
}

void AccessPage::updateActions()
{
    const OpenShift::Grant *grant = selectedGrant();
    const bool planning = m_planning && !m_planning->isFinished();
    m_grant->setEnabled(m_session->isOpen() && !planning);
    // `oc policy` removes cluster roles only; a project's own Role is edited as YAML.
    m_remove->setEnabled(grant && grant->roleKind == u"ClusterRole" && !planning);
    m_editYaml->setEnabled(grant != nullptr);
    const QString allows
        = grant ? OpenShift::RoleBindings::roleInPlainWords(grant->role) : QString();
    showMessage(
        m_allows,
        grant && !allows.isEmpty()
            //: subject, what the role allows, where: user "bob" pulls and pushes images in team-a.
            ? tr("%1 %2 %3.")
                  .arg(grant->subject.describe(), allows,
                       grant->ns.isEmpty() ? tr("in every project") : tr("in %1").arg(grant->ns))
            : QString());
}

void AccessPage::setProblem(const QString &text)
{
    showMessage(m_problem, text);
}

} // namespace Berth::Gui
