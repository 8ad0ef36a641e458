// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/error.h"
#include "oci/registryclient.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Berth::Gui {

/// The repositories of a registry's catalog (`/v2/_catalog`), read a page at a time: the first
/// page when fetchMore() is first called, the next when the view asks for more (it was scrolled
/// to its end), or all that are left after fetchAll() (while a filter searches the catalog). One
/// request at a time, never two for one page. Nothing more is read once the client is gone.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ColumnCount };

    explicit CatalogModel(Oci::RegistryClient *client, QObject *parent = nullptr);
    ~CatalogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// True until the last page is read or a page failed.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Reads every page left, one after the other (`all`), or from now on only what the view
    /// asks for.
    void fetchAll(bool all = true);
    /// The row of `repository`, added when the catalog did not list it (a registry that lists
    /// no catalog to this user can still serve a repository opened by its name).
    QModelIndex addRepository(const QString &repository);
    /// No page is left to read: the last one was read, or one failed.
    bool atEnd() const { return m_complete; }

Q_SIGNALS:
    /// A page's rows are in; `complete` once it was the last.
    void pageRead(bool complete);
    void failed(const Berth::Error &error);

private:
    QPointer<Oci::RegistryClient> m_client;
    QStringList m_names;
    QSet<QString> m_known; ///< m_names, to look up
    QString m_next; ///< empty before the first page and after the last
    bool m_started = false;
    bool m_complete = false;
    bool m_wantAll = false;
    Oci::PageTrail m_trail;
    QPointer<Reply> m_reading;
};

} // namespace Berth::Gui
