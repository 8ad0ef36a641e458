// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/commandlog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUrl>

namespace Berth::Gui {

/// What Berth did on the wire: each request, and for each change its equivalent `oc` command.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, StatusColumn, DurationColumn, WhatColumn, ColumnCount };
    enum Role { CommandRole = Qt::UserRole + 1 };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void addRequest(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs);
    /// A change of the CommandLog: its command, with the summary as tooltip.
    void addCommand(const Berth::CommandLog::Entry &entry);
    /// Something the user should see that is neither a request nor a command.
    void addNote(const QString &text);

private:
    struct Entry
    {
        QDateTime time;
        QString method;
        int status = 0;
        qint64 elapsedMs = -1;
        QString what;
        bool isCommand = false;
        QString summary; ///< of a command
    };
    void append(Entry entry);
    QList<Entry> m_entries;
    static constexpr int s_limit = 5000;
};

} // namespace Berth::Gui
