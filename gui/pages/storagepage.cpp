// SPDX-License-Identifier: Apache-2.0
#include "storagepage.h"

#include "accessibility.h"
#include "dialogs/edityamldialog.h"
#include "models/storageclassmodel.h"
#include "reviewbutton.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/storageclasses.h"

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

StoragePage::StoragePage(Kube::ClusterSession *session, OpenShift::ChangePlan *plan,
                         QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_plan(plan)
    , m_model(new StorageClassModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_defaults(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_setDefault(new QPushButton(QIcon(u":/icons/ok.svg"_s), tr("Set as &Default"), this))
    , m_editYaml(new QPushButton(tr("Edit &YAML…"), this))
    , m_review(new ReviewButton(plan, this))
{
    auto *layout = new QVBoxLayout(this);
    m_refresh = addHeading(layout, tr("Refresh the storage classes"),
                           tr("The registry's storage is a claim on the default storage class. "
                              "The operator asks for ReadWriteMany, which only some "
                              "provisioners can serve."));
    m_defaults->setWordWrap(true);
    describeMessageLabel(m_defaults, tr("Default storage class"));
    layout->addWidget(m_defaults);

    m_filter->setPlaceholderText(tr("Filter storage classes"));
    m_filter->setAccessibleName(tr("Filter storage classes"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter, tr("Clear the storage class filter"));
    layout->addWidget(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view = makeTable(m_proxy, tr("Storage classes"), this);
    m_view->sortByColumn(StorageClassModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_problem->setWordWrap(true);
    describeMessageLabel(m_problem, tr("Problem"));
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_setDefault->setAccessibleName(tr("Stage making the selected class the default"));
    m_setDefault->setToolTip(tr("As the OpenShift console does: the selected class first, then "
                                "every other default set to \"false\""));
    buttons->addWidget(m_setDefault);
    m_editYaml->setAccessibleName(tr("Edit the selected class as YAML"));
    buttons->addWidget(m_editYaml);
    buttons->addStretch();
    buttons->addWidget(m_review);
    layout->addLayout(buttons);

    // Tab follows the screen: top to bottom, left to right.
    orderTabs({m_refresh, m_filter, m_view, m_setDefault, m_editYaml, m_review});
    connect(m_setDefault, &QPushButton::clicked, this, [this] { stageDefault(selectedName()); });
    connect(m_editYaml, &QPushButton::clicked, this, [this] {
        if (EditYamlDialog::edit(m_session->client(), m_plan, Kube::Resources::storageClasses(), {},
                                 selectedName(), this))
            Q_EMIT reviewRequested();
    });
    connect(m_review, &QPushButton::clicked, this, &StoragePage::reviewRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StoragePage::updateActions);
    connect(m_session, &Kube::ClusterSession::opened, this, &StoragePage::refresh);
    updateActions();
}

StoragePage::~StoragePage()
{
    if (m_watch)
        m_watch->abort();
}

QString StoragePage::title() const
{
    return tr("Storage");
}

QIcon StoragePage::icon() const
{
    return QIcon(u":/icons/storage.svg"_s);
}

void StoragePage::refresh()
{
    if (!m_session->isOpen())
        return;
    if (m_watch)
        m_watch->abort();
    setProblem({});
    // Changes made elsewhere (oc, the console, another Berth) appear as they happen.
    ListWatchReply *watch = m_session->client()->listAndWatch(Kube::Resources::storageClasses());
    m_watch = watch;
    connect(watch, &ListWatchReply::listed, this, [this](const QJsonObject &list) {
        m_model->setItems(OpenShift::StorageClassList::fromList(list).items);
        updateActions();
        Q_EMIT loaded();
    });
    connect(watch, &WatchReply::event, this,
            [this](const QString &type, const QJsonObject &object) {
                m_model->applyEvent(type, OpenShift::StorageClassInfo::fromObject(object));
                updateActions();
                Q_EMIT loaded();
            });
    connect(watch, &Reply::finished, this, [this, watch] {
        if (watch->error() && watch->error().kind() != Error::Kind::Cancelled)
            setProblem(watch->error().message());
    });
}

QString StoragePage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(StorageClassModel::ObjectRole).toString();
}

void StoragePage::stageDefault(const QString &name)
{
    const auto changes = OpenShift::StorageClasses::setDefault(m_model->items(), name);
    if (!changes) {
        setProblem(changes.error().message());
        return;
    }
    if (changes->isEmpty()) {
        setProblem(tr("%1 is already the only default; nothing to change.").arg(name));
        return;
    }
    setProblem({});
    m_plan->add(*changes);
    Q_EMIT reviewRequested();
}

void StoragePage::updateActions()
{
    const QString name = selectedName();
    const auto selected = std::find_if(m_model->items().cbegin(), m_model->items().cend(),
                                       [&name](const auto &sc) { return sc.name == name; });
    m_setDefault->setEnabled(selected != m_model->items().cend() && !selected->isDefault);
    m_editYaml->setEnabled(selected != m_model->items().cend());
    const QStringList defaults = OpenShift::StorageClasses::defaults(m_model->items());
    if (defaults.isEmpty())
        showMessage(m_defaults,
                    tr("No class is the default: a claim that names no class, as the "
                       "registry's does, stays Pending."));
    else if (defaults.size() == 1)
        showMessage(m_defaults, tr("The default storage class is %1.").arg(defaults.first()));
    else
        showMessage(m_defaults,
                    tr("%1 are all marked default: a claim that names no class gets "
                       "any one of them. Make one the default.")
                        .arg(defaults.join(u", "_s)));
}

void StoragePage::setProblem(const QString &text)
{
    showMessage(m_problem, text);
}

} // namespace Berth::Gui
