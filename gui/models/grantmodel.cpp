// SPDX-License-Identifier: Apache-2.0
#include "grantmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

GrantModel::GrantModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int GrantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grants.size());
}

int GrantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GrantModel::kindName(OpenShift::Subject::Kind kind)
{
    switch (kind) {
    case OpenShift::Subject::Kind::User:
        return tr("User");
    case OpenShift::Subject::Kind::Group:
        return tr("Group");
    case OpenShift::Subject::Kind::ServiceAccount:
        return tr("Service account");
    }
    return {};
}

QVariant GrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenShift::Grant &grant = m_grants.at(index.row());
    if (role == FilterRole)
        return m_filterTexts.at(index.row());
    if (role == Qt::EditRole && index.column() == CreatedColumn)
        return grant.created;
    if (role == Qt::ToolTipRole && index.column() == RoleColumn && grant.roleKind == u"Role")
        return tr("A role of this project only");
    if (role == Qt::ToolTipRole && index.column() == AllowsColumn)
        return OpenShift::RoleBindings::roleInPlainWords(grant.role);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        return grant.subject.kind == OpenShift::Subject::Kind::ServiceAccount
            ? QString(grant.subject.ns + u'/' + grant.subject.name)
            : grant.subject.name;
    case KindColumn:
        return kindName(grant.subject.kind);
    case RoleColumn:
        return grant.role;
    case AllowsColumn:
        return OpenShift::RoleBindings::roleInPlainWords(grant.role);
    case ProjectColumn:
        return grant.ns.isEmpty() ? tr("All (cluster-wide)") : grant.ns;
    case BindingColumn:
        return grant.binding;
    case CreatedColumn:
        return grant.created.isValid()
            ? QLocale().toString(grant.created.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant GrantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case RoleColumn:
        return tr("Role");
    case AllowsColumn:
        return tr("Allows");
    case ProjectColumn:
        return tr("Project");
    case BindingColumn:
        return tr("Binding");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString GrantModel::filterText(const OpenShift::Grant &grant)
{
    const QString name = grant.subject.kind == OpenShift::Subject::Kind::ServiceAccount
        ? QString(grant.subject.ns + u'/' + grant.subject.name)
        : grant.subject.name;
    return QStringList {name,          kindName(grant.subject.kind),
                        grant.role,    grant.ns.isEmpty() ? tr("All (cluster-wide)") : grant.ns,
                        grant.binding, OpenShift::RoleBindings::roleInPlainWords(grant.role)}
        .join(u'\n');
}

void GrantModel::setBindings(const QJsonArray &bindings)
{
    beginResetModel();
    m_grants.clear();
    for (const QJsonValue &v : bindings)
        m_grants += OpenShift::Grant::fromBinding(v.toObject());
    m_filterTexts.clear();
    m_filterTexts.reserve(m_grants.size());
    for (const OpenShift::Grant &g : std::as_const(m_grants))
        m_filterTexts.append(filterText(g));
    endResetModel();
}

void GrantModel::applyEvent(const QString &type, const QJsonObject &binding)
{
    const QJsonObject meta = binding.value("metadata"_L1).toObject();
    const QString ns = meta.value("namespace"_L1).toString();
    const QString name = meta.value("name"_L1).toString();
    // A binding's rows are contiguous: they were added together, and only together removed.
    const auto first = std::find_if(m_grants.cbegin(), m_grants.cend(),
                                    [&](const auto &g) { return g.ns == ns && g.binding == name; });
    const auto last = std::find_if(first, m_grants.cend(),
                                   [&](const auto &g) { return g.ns != ns || g.binding != name; });
    const int row = int(first - m_grants.cbegin());
    const int count = int(last - first);
    const QList<OpenShift::Grant> now
        = type == u"DELETED" ? QList<OpenShift::Grant>() : OpenShift::Grant::fromBinding(binding);
    if (count > 0 && now.size() == count) {
        // The same subjects' rows, changed in place: a selection on them stays.
        for (int i = 0; i < count; ++i) {
            m_grants[row + i] = now.at(i);
            m_filterTexts[row + i] = filterText(now.at(i));
        }
        Q_EMIT dataChanged(index(row, 0), index(row + count - 1, ColumnCount - 1));
        return;
    }
    if (count > 0) {
        beginRemoveRows({}, row, row + count - 1);
        m_grants.remove(row, count);
        m_filterTexts.remove(row, count);
        endRemoveRows();
    }
    if (now.isEmpty())
        return;
    const int at = count > 0 ? row : int(m_grants.size());
    beginInsertRows({}, at, at + int(now.size()) - 1);
    for (qsizetype i = 0; i < now.size(); ++i) {
        m_grants.insert(at + i, now.at(i));
        m_filterTexts.insert(at + i, filterText(now.at(i)));
    }
    endInsertRows();
}

} // namespace Berth::Gui
