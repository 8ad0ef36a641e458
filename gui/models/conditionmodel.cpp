// SPDX-License-Identifier: Apache-2.0
#include "conditionmodel.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

ConditionModel::ConditionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ConditionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConditionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

/// Whether a condition in this state is good news: Available/True, Degraded/False...
static bool healthy(const OpenShift::Condition &c)
{
    const bool isTrue = c.status == u"True";
    if (c.type == u"Available" || c.type == u"StorageExists")
        return isTrue;
    if (c.type == u"Removed")
        return !isTrue;
    return !isTrue; // Degraded, Progressing and *Degraded controllers
}

QVariant ConditionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenShift::Condition &c = m_items.at(index.row());
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return QIcon(healthy(c) ? u":/icons/ok.svg"_s : u":/icons/warning.svg"_s);
    if (role == Qt::AccessibleDescriptionRole && index.column() == StatusColumn)
        return healthy(c) ? tr("as expected") : tr("needs attention");
    if (role == Qt::ToolTipRole)
        return c.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return c.type;
    case StatusColumn:
        return c.status;
    case ReasonColumn:
        return c.reason;
    case MessageColumn:
        return c.message;
    case SinceColumn:
        return c.lastTransitionTime.isValid()
            ? QLocale().toString(c.lastTransitionTime.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant ConditionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Condition");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case MessageColumn:
        return tr("Message");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

void ConditionModel::setItems(const QList<OpenShift::Condition> &conditions)
{
    beginResetModel();
    m_items = conditions;
    endResetModel();
}

} // namespace Berth::Gui
