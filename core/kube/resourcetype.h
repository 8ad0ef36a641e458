// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Berth::Kube {

/// A REST resource: group, version, plural name, and whether it lives in a namespace.
struct ResourceType
{
    QString group; ///< empty for the core group
    QString version;
    QString resource; ///< plural, lower case: "storageclasses"
    QString kind;
    bool namespaced = false;
    bool builtIn = true; ///< strategic merge patch only works on built-in kinds

    /// "/api/v1" or "/apis/GROUP/VERSION".
    QString groupVersionPath() const;
    /// The collection or object path; `ns` is ignored for cluster-scoped resources.
    QString path(const QString &ns = {}, const QString &name = {},
                 const QString &subresource = {}) const;
    /// "storageclasses.storage.k8s.io" (as kubectl and oc name it on the command line).
    QString qualifiedName() const;
    bool isOpenShift() const { return group.endsWith(QStringLiteral("openshift.io")); }
};

/// The resources Berth works with.
namespace Resources {
ResourceType namespaces();
ResourceType configMaps();
ResourceType secrets();
ResourceType serviceAccounts();
ResourceType services();
ResourceType pods();
ResourceType persistentVolumeClaims();
ResourceType events();
ResourceType deployments();
ResourceType storageClasses();
ResourceType roleBindings();
ResourceType clusterRoles();
ResourceType clusterRoleBindings();
ResourceType registryConfigs();
ResourceType imageConfigs();
ResourceType ingressConfigs();
ResourceType clusterOperators();
ResourceType clusterVersions();
ResourceType routes();
ResourceType projects();
ResourceType users();
ResourceType groups();
ResourceType imageStreams();
ResourceType imagePruners();
} // namespace Resources

} // namespace Berth::Kube
