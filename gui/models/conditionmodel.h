// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/clusteroverview.h"

#include <QAbstractTableModel>

namespace Berth::Gui {

/// The `status.conditions` of an object (the registry operator's, on the Overview page).
class ConditionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, StatusColumn, ReasonColumn, MessageColumn, SinceColumn, ColumnCount };
    enum Role { ObjectRole = Qt::UserRole + 1 };

    explicit ConditionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<OpenShift::Condition> &conditions);

private:
    QList<OpenShift::Condition> m_items;
};

} // namespace Berth::Gui
