// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clusteroverview.h"
#include "common/reply.h"
#include "registryconfig.h"
#include "registryroutes.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace Berth::Kube {
class KubeClient;
}

namespace Berth::OpenShift {

/// The registry's claim as `oc get pvc` shows it, and why it is Pending.
struct RegistryClaim
{
    QString name;
    QString phase; ///< Pending, Bound, Lost; empty: the claim does not exist
    QString storageClass;
    QStringList accessModes;
    QString capacity;
    QString provisioningFailed; ///< the latest ProvisioningFailed event's message
};

struct RegistryPod
{
    QString name;
    QString phase;
    bool ready = false;
    int restarts = 0;
    QString image;
};

/// Everything `oc get all -n openshift-image-registry`, the operator config, the ClusterOperator
/// and `images.config` say about the registry, read together.
struct RegistryObjects
{
    QJsonObject config; ///< empty: not read (yet)
    QJsonObject clusterOperator;
    QList<QJsonObject> claims, events, deployments, pods, services, routes;
    QJsonObject imageConfig;
    QStringList unreadable; ///< "clusteroperators: forbidden", for what could not be read
};

/// What the Registry page's Status panel and `berthctl registry status` say, in plain words.
struct RegistryState
{
    enum class Phase {
        Unknown,
        NotConfigured,
        Removed,
        Unmanaged,
        Progressing,
        Degraded,
        Available
    };
    Phase phase = Phase::Unknown;
    RegistrySpec spec;
    QList<Condition> conditions; ///< the operator config's
    bool stale = false; ///< the operator has not observed the spec's latest generation
    QList<Condition> clusterOperator; ///< empty when not readable
    std::optional<RegistryClaim> claim; ///< the storage is a PVC
    bool deployment = false;
    int replicas = 0;
    int readyReplicas = 0;
    QList<RegistryPod> pods;
    QString service; ///< "image-registry 172.30.196.167:5000", empty when none
    QList<RegistryRouteRow> routes; ///< the Route objects there are
    QString internalHostname;
    QStringList externalHostnames;
    QStringList unreadable;
    QString headline; ///< "Available: the registry is ready."
    QString advice; ///< what to do, when something is wrong or missing (else empty)

    static RegistryState fromObjects(const RegistryObjects &objects);
    /// For `-o json|yaml`: the same facts, with untranslated keys.
    QJsonObject toJson() const;
    /// One line each, as `berthctl registry status` prints them: "pvc image-registry-storage:
    /// Bound (ontap-gold, ReadWriteMany, 100Gi)", "0 of 1 ready"… Empty when there is none.
    QString claimLine() const;
    QString deploymentLine() const;
    QStringList podLines() const;
    QStringList routeLines() const;
};

/// The registry's state, live: lists and then watches the config, the ClusterOperator, the
/// claim and its events, the Deployment, pods, Service and Routes of openshift-image-registry
/// and `images.config`; no polling. A part the user may not read is said, not an error.
class RegistryStatus final : public QObject
{
    Q_OBJECT
public:
    explicit RegistryStatus(Kube::KubeClient *client, QObject *parent = nullptr);
    ~RegistryStatus() override;

    /// (Re)starts reading; changed() follows once every part was listed, then on every event.
    void start();
    void stop();
    const RegistryState &state() const { return m_state; }
    const RegistryObjects &objects() const { return m_objects; }

Q_SIGNALS:
    void changed();
    /// A watch failed for good (the others go on).
    void problem(const QString &message);

private:
    struct Source;
    void update();
    void store(Source &source);

    Kube::KubeClient *m_client;
    QList<Source *> m_sources;
    int m_pending = 0;
    RegistryObjects m_objects;
    RegistryState m_state;
};

} // namespace Berth::OpenShift
