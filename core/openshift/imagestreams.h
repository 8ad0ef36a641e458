// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QStringList>

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::OpenShift {

/// The image side of the OpenShift API: where the cluster's registry answers, and its
/// repositories as ImageStreams (browsing and untagging go through the API, as on OpenShift).
class ImageStreams final : public QObject
{
    Q_OBJECT
public:
    explicit ImageStreams(Kube::KubeClient *client, QObject *parent = nullptr);

    /// Every host[:port] the cluster's registry is reached on: `images.config` status
    /// (external, then internal) and the hosts of the registry's routes.
    ValueReply<QStringList> *registryHostnames();
    /// "project/name" of every ImageStream of `project`.
    ValueReply<QStringList> *repositories(const QString &project);
    /// `oc tag -d`: deletes ImageStreamTag NAME:TAG. The registry keeps the blobs until pruned.
    Reply *untag(const QString &project, const QString &name, const QString &tag);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
