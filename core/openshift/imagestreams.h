// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/command.h"
#include "common/reply.h"

#include <QDateTime>
#include <QStringList>

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::OpenShift {

/// One tag of an ImageStream (`status.tags`): the image it points to, and when.
struct TagInfo
{
    QString tag;
    QString digest;
    QDateTime created;
};

/// A repository of the cluster's registry, as its ImageStream describes it.
struct ImageStreamInfo
{
    QString project;
    QString name;
    QList<TagInfo> tags;
    QDateTime lastPush() const;
    /// "project/name:tag" of the newest tag of `streams` that holds an image (what a client
    /// can read to try the registry); empty when none does.
    static QString newestTag(const QList<ImageStreamInfo> &streams);
};

/// The image side of the OpenShift API: the cluster registry's repositories as ImageStreams
/// (browsing and untagging go through the API, as on OpenShift).
class ImageStreams final : public QObject
{
    Q_OBJECT
public:
    explicit ImageStreams(Kube::KubeClient *client, QObject *parent = nullptr);

    /// The projects the user can see (as `oc projects`).
    ValueReply<QStringList> *projects();
    /// "project/name" of every ImageStream of `project`.
    ValueReply<QStringList> *repositories(const QString &project);
    /// Every ImageStream of `project` with its tags.
    ValueReply<QList<ImageStreamInfo>> *list(const QString &project);
    /// `oc tag -d`: deletes ImageStreamTag NAME:TAG. The registry keeps the blobs until pruned.
    Reply *untag(const QString &project, const QString &name, const QString &tag);
    /// The `oc tag -d` command of untag().
    static Command untagCommand(const QString &project, const QString &name, const QString &tag);
    /// `oc get imagestreamtag NAME:TAG -n PROJECT -o yaml`: the tag as the API holds it.
    static Command showTagCommand(const QString &project, const QString &name, const QString &tag);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
