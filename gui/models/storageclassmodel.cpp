// SPDX-License-Identifier: Apache-2.0
#include "storageclassmodel.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

StorageClassModel::StorageClassModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StorageClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int StorageClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString rwxText(const OpenShift::RwxSupport &support)
{
    using A = OpenShift::RwxSupport::Answer;
    switch (support.answer) {
    case A::Yes:
        return StorageClassModel::tr("Yes", "can serve ReadWriteMany");
    case A::No:
        return StorageClassModel::tr("No", "can serve ReadWriteMany");
    case A::Conditional:
        return StorageClassModel::tr("With conditions", "can serve ReadWriteMany");
    case A::NotKnown:
        return StorageClassModel::tr("Not known", "can serve ReadWriteMany");
    }
    return {};
}

QVariant StorageClassModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenShift::StorageClassInfo &sc = m_items.at(index.row());
    if (role == ObjectRole)
        return sc.name;
    const OpenShift::RwxSupport rwx = OpenShift::StorageClasses::rwxSupport(sc.provisioner);
    if (role == Qt::ToolTipRole && index.column() == RwxColumn)
        return rwx.note;
    if (role == Qt::DecorationRole && index.column() == DefaultColumn && sc.isDefault)
        return QIcon(u":/icons/ok.svg"_s);
    // Sorting: the age by date, the default first.
    if (role == Qt::EditRole && index.column() == AgeColumn)
        return sc.created;
    if (role == Qt::EditRole && index.column() == DefaultColumn)
        return sc.isDefault ? 0 : 1;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return sc.name;
    case DefaultColumn:
        return sc.isDefault ? tr("Default") : QString();
    case ProvisionerColumn:
        return sc.provisioner;
    case RwxColumn:
        return rwxText(rwx);
    case ReclaimColumn:
        return sc.reclaimPolicy;
    case BindingColumn:
        return sc.volumeBindingMode;
    case ExpansionColumn:
        return sc.allowVolumeExpansion ? tr("Yes") : tr("No");
    case AgeColumn:
        return QLocale().toString(sc.created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant StorageClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RwxColumn)
        return tr("Whether the provisioner can serve a ReadWriteMany claim, as the registry's "
                  "own claim is");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DefaultColumn:
        return tr("Default");
    case ProvisionerColumn:
        return tr("Provisioner");
    case RwxColumn:
        //: column header: can serve a ReadWriteMany claim
        return tr("RWX");
    case ReclaimColumn:
        return tr("Reclaim");
    case BindingColumn:
        return tr("Binding");
    case ExpansionColumn:
        return tr("Expansion");
    case AgeColumn:
        return tr("Created");
    default:
        return {};
    }
}

void StorageClassModel::setItems(const QList<OpenShift::StorageClassInfo> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void StorageClassModel::applyEvent(const QString &type, const OpenShift::StorageClassInfo &item)
{
    const auto found = std::find_if(m_items.begin(), m_items.end(),
                                    [&item](const auto &sc) { return sc.name == item.name; });
    const int row = int(found - m_items.begin());
    if (type == u"DELETED") {
        if (found == m_items.end())
            return;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        return;
    }
    if (found != m_items.end()) {
        *found = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
}

} // namespace Berth::Gui
