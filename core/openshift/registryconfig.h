// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/reply.h"
#include "common/result.h"

#include <optional>

namespace Berth::OpenShift {

/// The project the operator deploys the registry in, with its claim, Service and Routes.
QString registryNamespace();

/// A route of the registry (`spec.routes[]`): the operator makes the Route object.
struct RegistryRoute
{
    QString name;
    QString hostname; ///< empty: <name>-openshift-image-registry.<ingress domain>
    QString secretName; ///< a TLS secret in openshift-image-registry

    bool operator==(const RegistryRoute &) const = default;
};

/// The registry operator's config (`configs.imageregistry.operator.openshift.io/cluster`), the
/// part Berth shows and edits.
struct RegistrySpec
{
    enum class Storage { None, EmptyDir, Pvc, Other };
    QString managementState; ///< Managed, Removed, Unmanaged
    Storage storage = Storage::None;
    QString claim; ///< Pvc: the named claim; empty: the operator creates image-registry-storage
    QString otherStorage; ///< Other: s3, gcs, azure, swift…
    int replicas = 1;
    QString rolloutStrategy; ///< RollingUpdate (the default) or Recreate
    bool defaultRoute = false;
    QList<RegistryRoute> routes;
    bool readOnly = false;
    QString logLevel;

    static RegistrySpec fromObject(const QJsonObject &config);
    bool operator==(const RegistrySpec &) const = default;
};

/// What `berthctl registry set` and the Registry page ask for; unset fields stay as they are.
struct RegistrySettings
{
    std::optional<QString> managementState;
    std::optional<QString> pvcClaim; ///< "" asks the operator for image-registry-storage
    bool emptyDir = false;
    std::optional<int> replicas;
    std::optional<QString> rolloutStrategy;
    std::optional<bool> defaultRoute;
    QList<RegistryRoute> routes; ///< added, or replacing the route of the same name
    QStringList removeRoutes;
    std::optional<bool> readOnly;
    std::optional<QString> logLevel;

    /// Nothing is asked for.
    bool isEmpty() const;
};

/// What a change of the config comes to: the merge patch `oc edit` would send, and what the
/// operator would say about it before the server does.
struct RegistryPlan
{
    std::optional<Change> change; ///< none: the config already says that
    QStringList warnings; ///< e.g. emptyDir loses the images when the pod restarts
};

/// Steps 2 to 4 of the procedure: the registry's storage, routes and management state, with
/// the operator's own rules checked before anything is sent.
class RegistryConfig final : public QObject
{
    Q_OBJECT
public:
    explicit RegistryConfig(Kube::KubeClient *client, QObject *parent = nullptr);

    /// The config object as the server has it.
    ValueReply<QJsonObject> *read();
    /// Reads the config (and the named claim and the ingress domain where the rules need
    /// them) and plans `settings`; an error, in the operator's words, for what it would refuse.
    ValueReply<RegistryPlan> *plan(const RegistrySettings &settings);

    /// The planning over what was read: `claimAccessModes` of the named claim (nullopt: it
    /// does not exist), `ingressDomain` empty when unknown.
    static Result<RegistryPlan> plan(const QJsonObject &config, const RegistrySettings &settings,
                                     const std::optional<QStringList> &claimAccessModes,
                                     const QString &ingressDomain);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
