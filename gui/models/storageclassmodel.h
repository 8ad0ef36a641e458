// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/storageclasses.h"

#include <QAbstractTableModel>

namespace Berth::Gui {

/// The cluster's storage classes, one per row, kept current by watch events.
class StorageClassModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DefaultColumn,
        ProvisionerColumn,
        RwxColumn,
        ReclaimColumn,
        BindingColumn,
        ExpansionColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { ObjectRole = Qt::UserRole + 1 }; ///< the class's name

    explicit StorageClassModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<OpenShift::StorageClassInfo> &items);
    /// A watch event: ADDED and MODIFIED insert or update the row, DELETED removes it.
    void applyEvent(const QString &type, const OpenShift::StorageClassInfo &item);
    const QList<OpenShift::StorageClassInfo> &items() const { return m_items; }

private:
    QList<OpenShift::StorageClassInfo> m_items;
};

} // namespace Berth::Gui
