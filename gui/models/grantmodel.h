// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/rolebindings.h"

#include <QAbstractTableModel>

namespace Berth::Gui {

/// Who has which role where: one row per subject of each binding, kept current by watch
/// events on the bindings.
class GrantModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        KindColumn,
        RoleColumn,
        ProjectColumn,
        BindingColumn,
        CreatedColumn,
        AllowsColumn,
        ColumnCount
    };

    /// What the filter matches a row against: its name, kind, role, project and binding, in
    /// one string made once (filtering 10,000 rows as one types must not format each cell).
    enum Role { FilterRole = Qt::UserRole + 1 };

    explicit GrantModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The grants of these bindings (RoleBinding or ClusterRoleBinding objects).
    void setBindings(const QJsonArray &bindings);
    /// A watch event on a binding: its rows are replaced by those of the object as it is now
    /// (none after DELETED).
    void applyEvent(const QString &type, const QJsonObject &binding);
    const QList<OpenShift::Grant> &grants() const { return m_grants; }

    /// "User", "Group", "Service account" (translated).
    static QString kindName(OpenShift::Subject::Kind kind);

private:
    static QString filterText(const OpenShift::Grant &grant);

    QList<OpenShift::Grant> m_grants;
    QStringList m_filterTexts; ///< one per grant, as FilterRole gives it
};

} // namespace Berth::Gui
