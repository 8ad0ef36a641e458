// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openshift/imagestreams.h"
#include <QAbstractTableModel>
#include <QDateTime>

namespace Berth::Gui {

/// The ImageStreams of a project: one row per repository.
class ImageStreamModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TagsColumn, UpdatedColumn, ColumnCount };
    enum Role { ObjectRole = Qt::UserRole + 1 }; ///< the row's repository name

    explicit ImageStreamModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<OpenShift::ImageStreamInfo> &imageStreams);
    OpenShift::ImageStreamInfo item(int row) const { return m_items.value(row); }

private:
    QList<OpenShift::ImageStreamInfo> m_items;
};

/// The tags of one ImageStream (`status.tags`): tag, digest, when it was pushed.
class TagModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, DigestColumn, CreatedColumn, ColumnCount };
    enum Role { DigestRole = Qt::UserRole + 1 };

    explicit TagModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTags(const QList<OpenShift::TagInfo> &tags);

private:
    QList<OpenShift::TagInfo> m_tags;
};

} // namespace Berth::Gui
