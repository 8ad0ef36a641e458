// SPDX-License-Identifier: Apache-2.0
#include "activitymodel.h"

#include "common/redaction.h"
#include "theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Berth::Gui {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == CommandRole)
        return e.isCommand ? e.what : QString();
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && e.status >= 400)
        return QBrush(errorColor(QGuiApplication::palette()));
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return e.summary.isEmpty() ? e.what : e.summary + u'\n' + e.what;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case MethodColumn:
        return e.method;
    case StatusColumn:
        return e.status ? QVariant(e.status) : QVariant();
    case DurationColumn:
        return e.elapsedMs >= 0 ? tr("%1 ms").arg(e.elapsedMs) : QString();
    case WhatColumn:
        return e.what;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case WhatColumn:
        return tr("Request or command");
    default:
        return {};
    }
}

void ActivityModel::append(Entry entry)
{
    if (m_entries.size() >= s_limit) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(std::move(entry));
    endInsertRows();
}

void ActivityModel::addRequest(const QByteArray &method, const QUrl &url, int status,
                               qint64 elapsedMs)
{
    append({QDateTime::currentDateTimeUtc(),
            QString::fromLatin1(method),
            status,
            elapsedMs,
            redacted(url).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
            false,
            {}});
}

void ActivityModel::addCommand(const CommandLog::Entry &entry)
{
    const QStringList arguments = entry.command.arguments();
    append({entry.time, arguments.value(0), 0, -1, entry.command.toShell(), true, entry.summary});
}

void ActivityModel::addNote(const QString &text)
{
    append({QDateTime::currentDateTimeUtc(),
            tr("note", "activity: a remark, not a request"),
            0,
            -1,
            text,
            false,
            {}});
}

} // namespace Berth::Gui
