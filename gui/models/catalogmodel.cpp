// SPDX-License-Identifier: Apache-2.0
#include "catalogmodel.h"

namespace Berth::Gui {

CatalogModel::CatalogModel(Oci::RegistryClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

CatalogModel::~CatalogModel()
{
    if (m_reading) {
        disconnect(m_reading, nullptr, this, nullptr);
        m_reading->abort();
    }
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size() || index.column() != NameColumn)
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return m_names.at(index.row());
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != NameColumn)
        return {};
    return tr("Repository");
}

bool CatalogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_reading && m_client;
}

void CatalogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_started) {
        if (const Error error = m_trail.step(m_next, m_names.size())) {
            m_complete = true;
            Q_EMIT failed(error);
            return;
        }
    }
    m_started = true;
    auto *page = m_client->catalogPage(m_next);
    m_reading = page;
    connect(page, &Reply::finished, this, [this, page] {
        m_reading.clear();
        if (page->error()) {
            m_complete = true; // a refresh reads it again
            Q_EMIT failed(page->error());
            return;
        }
        const Oci::ListPage &read = page->value();
        // Where the next page is, before the rows go in: a view that sees them may ask for it.
        m_next = read.next;
        m_complete = m_next.isEmpty();
        // A repository opened by its name before its page came is not listed twice.
        QStringList fresh;
        for (const QString &name : read.items)
            if (!m_known.contains(name))
                fresh.append(name);
        if (!fresh.isEmpty()) {
            beginInsertRows({}, int(m_names.size()), int(m_names.size() + fresh.size()) - 1);
            m_names += fresh;
            for (const QString &name : std::as_const(fresh))
                m_known.insert(name);
            endInsertRows();
        }
        Q_EMIT pageRead(m_complete);
        if (m_wantAll)
            fetchMore({});
    });
}

QModelIndex CatalogModel::addRepository(const QString &repository)
{
    qsizetype row = m_known.contains(repository) ? m_names.indexOf(repository) : -1;
    if (row < 0) {
        row = m_names.size();
        beginInsertRows({}, int(row), int(row));
        m_names.append(repository);
        m_known.insert(repository);
        endInsertRows();
    }
    return index(int(row), NameColumn);
}

void CatalogModel::fetchAll(bool all)
{
    m_wantAll = all;
    if (all)
        fetchMore({});
}

} // namespace Berth::Gui
