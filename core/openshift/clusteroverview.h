// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::OpenShift {

/// One entry of `status.conditions`.
struct Condition
{
    QString type;
    QString status; ///< "True", "False", "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;

    static QList<Condition> fromStatus(const QJsonObject &status);
};

/// What the Overview page and `berthctl whoami`/`registry status` show about a cluster.
struct ClusterOverviewData
{
    QUrl server;
    QString openshiftVersion; ///< empty when ClusterVersion is not readable
    QString kubernetesVersion;
    QString user;
    QStringList groups;
    QString registryManagementState; ///< Managed, Removed, Unmanaged; empty if unreadable
    QString registryStorage; ///< "pvc (claim image-registry-storage)", "emptyDir", "none"
    QList<Condition> registryConditions;
    QString registryProblem; ///< why the registry config could not be read
    QString defaultStorageClass;
    QStringList storageClasses;
};

/// Gathers the overview with a few parallel reads. Parts the user may not read are reported
/// in the data (registryProblem), not as an error; only a failed identity check fails.
class ClusterOverview final : public QObject
{
    Q_OBJECT
public:
    explicit ClusterOverview(Kube::KubeClient *client, QObject *parent = nullptr);
    ValueReply<ClusterOverviewData> *fetch();

    /// The name of the default class among StorageClass objects (the is-default-class annotation).
    static QString defaultStorageClass(const QJsonArray &storageClasses);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
