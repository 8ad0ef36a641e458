// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "common/result.h"

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::OpenShift {

/// The registry's image pruner (imagepruners.imageregistry.operator.openshift.io/cluster): a
/// removed tag's storage comes back only when it runs, and only for images it may prune.
struct ImagePruner
{
    QString schedule; ///< cron; empty: the operator's default, daily at midnight
    bool suspended = false;
    int keepTagRevisions = 3; ///< the newest revisions of each tag it keeps
    QString keepYoungerThan = QStringLiteral("60m"); ///< it keeps images younger than this
    bool lastRunFailed = false; ///< its Failed condition is True
    QString lastRunMessage; ///< that condition's message

    static ImagePruner fromJson(const QJsonObject &object);
    /// Reads it; an error (most often 403: reading it takes a cluster role) when it cannot.
    static ValueReply<ImagePruner> *read(Kube::KubeClient *client, QObject *parent);
    /// When the space of a removed tag comes back, in one or two sentences: `pruner` as read,
    /// or why that is not known.
    static QString storageNote(const Result<ImagePruner> &pruner);
};

} // namespace Berth::OpenShift
