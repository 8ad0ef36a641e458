// SPDX-License-Identifier: Apache-2.0
#include "resourcetype.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

QString ResourceType::groupVersionPath() const
{
    if (group.isEmpty())
        return u"/api/"_s + version;
    return u"/apis/"_s + group + u'/' + version;
}

QString ResourceType::path(const QString &ns, const QString &name, const QString &subresource) const
{
    QString p = groupVersionPath();
    if (namespaced && !ns.isEmpty())
        p += u"/namespaces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ns));
    p += u'/' + resource;
    if (!name.isEmpty())
        p += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
    if (!subresource.isEmpty())
        p += u'/' + subresource;
    return p;
}

QString ResourceType::qualifiedName() const
{
    if (group.isEmpty())
        return resource;
    return resource + u'.' + group;
}

namespace Resources {
// clang-format off
ResourceType namespaces() { return {{}, u"v1"_s, u"namespaces"_s, u"Namespace"_s, false}; }
ResourceType configMaps() { return {{}, u"v1"_s, u"configmaps"_s, u"ConfigMap"_s, true}; }
ResourceType secrets() { return {{}, u"v1"_s, u"secrets"_s, u"Secret"_s, true}; }
ResourceType serviceAccounts() { return {{}, u"v1"_s, u"serviceaccounts"_s, u"ServiceAccount"_s, true}; }
ResourceType services() { return {{}, u"v1"_s, u"services"_s, u"Service"_s, true}; }
ResourceType pods() { return {{}, u"v1"_s, u"pods"_s, u"Pod"_s, true}; }
ResourceType persistentVolumeClaims() { return {{}, u"v1"_s, u"persistentvolumeclaims"_s, u"PersistentVolumeClaim"_s, true}; }
ResourceType events() { return {{}, u"v1"_s, u"events"_s, u"Event"_s, true}; }
ResourceType deployments() { return {u"apps"_s, u"v1"_s, u"deployments"_s, u"Deployment"_s, true}; }
ResourceType storageClasses() { return {u"storage.k8s.io"_s, u"v1"_s, u"storageclasses"_s, u"StorageClass"_s, false}; }
ResourceType roleBindings() { return {u"rbac.authorization.k8s.io"_s, u"v1"_s, u"rolebindings"_s, u"RoleBinding"_s, true}; }
ResourceType clusterRoles() { return {u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterroles"_s, u"ClusterRole"_s, false}; }
ResourceType clusterRoleBindings() { return {u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterrolebindings"_s, u"ClusterRoleBinding"_s, false}; }
ResourceType registryConfigs() { return {u"imageregistry.operator.openshift.io"_s, u"v1"_s, u"configs"_s, u"Config"_s, false, false}; }
ResourceType imageConfigs() { return {u"config.openshift.io"_s, u"v1"_s, u"images"_s, u"Image"_s, false, false}; }
ResourceType ingressConfigs() { return {u"config.openshift.io"_s, u"v1"_s, u"ingresses"_s, u"Ingress"_s, false, false}; }
ResourceType clusterOperators() { return {u"config.openshift.io"_s, u"v1"_s, u"clusteroperators"_s, u"ClusterOperator"_s, false, false}; }
ResourceType clusterVersions() { return {u"config.openshift.io"_s, u"v1"_s, u"clusterversions"_s, u"ClusterVersion"_s, false, false}; }
ResourceType routes() { return {u"route.openshift.io"_s, u"v1"_s, u"routes"_s, u"Route"_s, true}; }
ResourceType projects() { return {u"project.openshift.io"_s, u"v1"_s, u"projects"_s, u"Project"_s, false}; }
ResourceType users() { return {u"user.openshift.io"_s, u"v1"_s, u"users"_s, u"User"_s, false}; }
ResourceType groups() { return {u"user.openshift.io"_s, u"v1"_s, u"groups"_s, u"Group"_s, false}; }
ResourceType imageStreams() { return {u"image.openshift.io"_s, u"v1"_s, u"imagestreams"_s, u"ImageStream"_s, true}; }
ResourceType imagePruners() { return {u"imageregistry.operator.openshift.io"_s, u"v1"_s, u"imagepruners"_s, u"ImagePruner"_s, false, false}; }
// clang-format on
} // namespace Resources

} // namespace Berth::Kube
