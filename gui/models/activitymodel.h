// SPDX-License-Identifier: Apache-2.0
#pragma once

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
    /// A change, as the `oc` command that does the same (secrets already redacted).
    void addCommand(const QString &command);
    /// Something the user should see that is neither a request nor a command.
    void addNote(const QString &text);
    /// Every `oc` command of the session, one per line: a script that repeats it.
    QString commandScript() const;

private:
    struct Entry
    {
        QDateTime time;
        QString method;
        int status = 0;
        qint64 elapsedMs = -1;
        QString what;
        bool isCommand = false;
    };
    void append(Entry entry);
    QList<Entry> m_entries;
    static constexpr int s_limit = 5000;
};

} // namespace Berth::Gui
