// SPDX-License-Identifier: Apache-2.0
#include "imagestreammodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

ImageStreamModel::ImageStreamModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImageStreamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImageStreamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageStreamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenShift::ImageStreamInfo &s = m_items.at(index.row());
    if (role == ObjectRole)
        return QVariant::fromValue(s.name);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case TagsColumn:
        return int(s.tags.size());
    case UpdatedColumn: {
        const QDateTime t = s.lastPush();
        if (role == Qt::EditRole)
            return t;
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QVariant ImageStreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Repository");
    case TagsColumn:
        return tr("Tags");
    case UpdatedColumn:
        return tr("Last push");
    default:
        return {};
    }
}

void ImageStreamModel::setItems(const QList<OpenShift::ImageStreamInfo> &imageStreams)
{
    beginResetModel();
    m_items = imageStreams;
    endResetModel();
}

TagModel::TagModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpenShift::TagInfo &t = m_tags.at(index.row());
    if (role == DigestRole)
        return t.digest;
    if (role == Qt::ToolTipRole && index.column() == DigestColumn)
        return t.digest;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TagColumn:
        return t.tag;
    case DigestColumn:
        return role == Qt::EditRole ? t.digest : t.digest.left(19);
    case CreatedColumn:
        if (role == Qt::EditRole)
            return t.created;
        return t.created.isValid()
            ? QLocale().toString(t.created.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case DigestColumn:
        return tr("Digest");
    case CreatedColumn:
        return tr("Pushed");
    default:
        return {};
    }
}

void TagModel::setTags(const QList<OpenShift::TagInfo> &tags)
{
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

} // namespace Berth::Gui
