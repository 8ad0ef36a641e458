// SPDX-License-Identifier: Apache-2.0
#include "resourcecatalog.h"

#include "common/yamljson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static QStringList rw()
{
    return {u"create"_s, u"delete"_s, u"deletecollection"_s, u"get"_s,
            u"list"_s,   u"patch"_s,  u"update"_s,           u"watch"_s};
}

static QJsonObject printerColumn(const QString &name, const QString &jsonPath,
                                 const QString &description, const QString &type = u"string"_s)
{
    return QJsonObject {{u"name"_s, name},
                        {u"type"_s, type},
                        {u"jsonPath"_s, jsonPath},
                        {u"description"_s, description}};
}

static QString conditionPath(const char *type, const char *field)
{
    return u".status.conditions[?(@.type==\"%1\")].%2"_s.arg(QLatin1StringView(type),
                                                             QLatin1StringView(field));
}

// The columns of the ClusterOperator CRD that the cluster-version operator installs.
static QJsonArray clusterOperatorColumns()
{
    return {printerColumn(u"Version"_s, u".status.versions[?(@.name==\"operator\")].version"_s,
                          u"The version the operator is at."_s),
            printerColumn(u"Available"_s, conditionPath("Available", "status"),
                          u"Whether the operator is running and stable."_s),
            printerColumn(u"Progressing"_s, conditionPath("Progressing", "status"),
                          u"Whether the operator is processing changes."_s),
            printerColumn(u"Degraded"_s, conditionPath("Degraded", "status"),
                          u"Whether the operator is degraded."_s),
            printerColumn(u"Since"_s, conditionPath("Available", "lastTransitionTime"),
                          u"The time the operator's Available status last changed."_s, u"date"_s)};
}

// The columns of the ClusterVersion CRD (`oc get clusterversion`).
static QJsonArray clusterVersionColumns()
{
    return {printerColumn(u"Version"_s, u".status.history[?(@.state==\"Completed\")].version"_s,
                          u"The version the cluster is at."_s),
            printerColumn(u"Available"_s, conditionPath("Available", "status"),
                          u"Whether the cluster is available."_s),
            printerColumn(u"Progressing"_s, conditionPath("Progressing", "status"),
                          u"Whether the cluster is updating."_s),
            printerColumn(u"Since"_s, conditionPath("Progressing", "lastTransitionTime"),
                          u"The time of the last update."_s, u"date"_s),
            printerColumn(u"Status"_s, conditionPath("Progressing", "message"),
                          u"What the cluster-version operator is doing."_s)};
}

ResourceCatalog::ResourceCatalog(const QString &fixtureDir)
{
    const QStringList createOnly {u"create"_s};
    auto add = [this](ApiResource r) { m_resources.append(std::move(r)); };
    // clang-format off
    add({{}, u"v1"_s, u"namespaces"_s, u"namespace"_s, u"Namespace"_s, false, rw(), {u"ns"_s}, {}, false, false, true, {}});
    add({{}, u"v1"_s, u"configmaps"_s, u"configmap"_s, u"ConfigMap"_s, true, rw(), {u"cm"_s}, {}, false, false, false, {}});
    add({{}, u"v1"_s, u"secrets"_s, u"secret"_s, u"Secret"_s, true, rw(), {}, {}, false, false, false, {}});
    add({{}, u"v1"_s, u"serviceaccounts"_s, u"serviceaccount"_s, u"ServiceAccount"_s, true, rw(), {u"sa"_s}, {}, false, false, false, {}});
    add({{}, u"v1"_s, u"services"_s, u"service"_s, u"Service"_s, true, rw(), {u"svc"_s}, {u"all"_s}, false, false, true, {}});
    add({{}, u"v1"_s, u"pods"_s, u"pod"_s, u"Pod"_s, true, rw(), {u"po"_s}, {u"all"_s}, false, false, true, {}});
    add({{}, u"v1"_s, u"persistentvolumeclaims"_s, u"persistentvolumeclaim"_s, u"PersistentVolumeClaim"_s, true, rw(), {u"pvc"_s}, {}, false, false, true, {}});
    add({{}, u"v1"_s, u"events"_s, u"event"_s, u"Event"_s, true, rw(), {u"ev"_s}, {}, false, false, false, {}});
    add({u"apps"_s, u"v1"_s, u"deployments"_s, u"deployment"_s, u"Deployment"_s, true, rw(), {u"deploy"_s}, {u"all"_s}, false, false, true, {}});
    add({u"storage.k8s.io"_s, u"v1"_s, u"storageclasses"_s, u"storageclass"_s, u"StorageClass"_s, false, rw(), {u"sc"_s}, {}, false, false, false, {}});
    add({u"rbac.authorization.k8s.io"_s, u"v1"_s, u"roles"_s, u"role"_s, u"Role"_s, true, rw(), {}, {}, false, false, false, {}});
    add({u"rbac.authorization.k8s.io"_s, u"v1"_s, u"rolebindings"_s, u"rolebinding"_s, u"RoleBinding"_s, true, rw(), {}, {}, false, false, false, {}});
    add({u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterroles"_s, u"clusterrole"_s, u"ClusterRole"_s, false, rw(), {}, {}, false, false, false, {}});
    add({u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterrolebindings"_s, u"clusterrolebinding"_s, u"ClusterRoleBinding"_s, false, rw(), {}, {}, false, false, false, {}});
    add({u"authentication.k8s.io"_s, u"v1"_s, u"selfsubjectreviews"_s, {}, u"SelfSubjectReview"_s, false, createOnly, {}, {}, false, true, false, {}});
    add({u"authorization.k8s.io"_s, u"v1"_s, u"selfsubjectaccessreviews"_s, {}, u"SelfSubjectAccessReview"_s, false, createOnly, {}, {}, false, true, false, {}});
    add({u"authorization.k8s.io"_s, u"v1"_s, u"selfsubjectrulesreviews"_s, {}, u"SelfSubjectRulesReview"_s, false, createOnly, {}, {}, false, true, false, {}});
    add({u"config.openshift.io"_s, u"v1"_s, u"clusteroperators"_s, u"clusteroperator"_s, u"ClusterOperator"_s, false, rw(), {u"co"_s}, {}, true, false, true, {}, clusterOperatorColumns()});
    add({u"config.openshift.io"_s, u"v1"_s, u"ingresses"_s, u"ingress"_s, u"Ingress"_s, false, rw(), {}, {}, true, false, true, {}});
    add({u"config.openshift.io"_s, u"v1"_s, u"clusterversions"_s, u"clusterversion"_s, u"ClusterVersion"_s, false, rw(), {}, {}, true, false, true, {}, clusterVersionColumns()});
    add({u"project.openshift.io"_s, u"v1"_s, u"projects"_s, u"project"_s, u"Project"_s, false, {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s}, {}, {}, false, false, false, {}});
    add({u"user.openshift.io"_s, u"v1"_s, u"users"_s, u"user"_s, u"User"_s, false, rw(), {}, {}, false, false, false, {}});
    add({u"user.openshift.io"_s, u"v1"_s, u"groups"_s, u"group"_s, u"Group"_s, false, rw(), {}, {}, false, false, false, {}});
    add({u"image.openshift.io"_s, u"v1"_s, u"imagestreams"_s, u"imagestream"_s, u"ImageStream"_s, true, rw(), {u"is"_s}, {u"all"_s}, false, false, true, {}});
    add({u"image.openshift.io"_s, u"v1"_s, u"imagestreamtags"_s, u"imagestreamtag"_s, u"ImageStreamTag"_s, true, {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s}, {u"istag"_s}, {}, false, false, false, {}});
    // clang-format on

    // CRDs from the fixtures: their names, scope and schema as the CRD declares them.
    const QDir crds(fixtureDir + u"/crds"_s);
    for (const QString &file : crds.entryList({u"*.crd.yaml"_s}, QDir::Files, QDir::Name)) {
        QFile f(crds.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto doc = yamlToJson(f.readAll());
        if (!doc)
            continue;
        const QJsonObject spec = doc->toObject().value("spec"_L1).toObject();
        const QJsonObject names = spec.value("names"_L1).toObject();
        for (const QJsonValue &v : spec.value("versions"_L1).toArray()) {
            const QJsonObject version = v.toObject();
            if (!version.value("served"_L1).toBool())
                continue;
            ApiResource r;
            r.group = spec.value("group"_L1).toString();
            r.version = version.value("name"_L1).toString();
            r.plural = names.value("plural"_L1).toString();
            r.singular = names.value("singular"_L1).toString();
            r.kind = names.value("kind"_L1).toString();
            r.namespaced = spec.value("scope"_L1).toString() == u"Namespaced";
            r.verbs = rw();
            for (const QJsonValue &s : names.value("shortNames"_L1).toArray())
                r.shortNames.append(s.toString());
            // Routes are served by openshift-apiserver, which knows them as built-in types.
            r.custom = r.group != u"route.openshift.io";
            r.hasStatus = version.value("subresources"_L1).toObject().contains("status"_L1);
            r.schema = version.value("schema"_L1).toObject().value("openAPIV3Schema"_L1).toObject();
            r.printerColumns = version.value("additionalPrinterColumns"_L1).toArray();
            if (!find(r.group, r.version, r.plural))
                m_resources.append(r);
        }
    }
}

const ApiResource *ResourceCatalog::find(const QString &group, const QString &version,
                                         const QString &plural) const
{
    for (const ApiResource &r : m_resources) {
        if (r.group == group && r.version == version && r.plural == plural)
            return &r;
    }
    return nullptr;
}

const ApiResource *ResourceCatalog::findKind(const QString &apiVersion, const QString &kind) const
{
    for (const ApiResource &r : m_resources) {
        if (r.apiVersion() == apiVersion && r.kind == kind)
            return &r;
    }
    return nullptr;
}

QStringList ResourceCatalog::groupNames() const
{
    QStringList out;
    for (const ApiResource &r : m_resources) {
        if (!r.group.isEmpty() && !out.contains(r.group))
            out.append(r.group);
    }
    return out;
}

QJsonObject ResourceCatalog::apiVersions() const
{
    return {{u"kind"_s, u"APIVersions"_s},
            {u"versions"_s, QJsonArray {u"v1"_s}},
            {u"serverAddressByClientCIDRs"_s,
             QJsonArray {QJsonObject {{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                                      {u"serverAddress"_s, u"127.0.0.1:6443"_s}}}}};
}

static QJsonObject groupObject(const QString &name, const QString &version)
{
    const QJsonObject gv {{u"groupVersion"_s, QString(name + u'/' + version)},
                          {u"version"_s, version}};
    return {{u"name"_s, name}, {u"versions"_s, QJsonArray {gv}}, {u"preferredVersion"_s, gv}};
}

QJsonObject ResourceCatalog::groupList() const
{
    QJsonArray groups;
    for (const QString &g : groupNames()) {
        for (const ApiResource &r : m_resources) {
            if (r.group == g) {
                groups.append(groupObject(g, r.version));
                break;
            }
        }
    }
    return {{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}};
}

QJsonObject ResourceCatalog::group(const QString &name) const
{
    for (const ApiResource &r : m_resources) {
        if (r.group == name && !name.isEmpty()) {
            QJsonObject g = groupObject(name, r.version);
            g.insert(u"kind"_s, u"APIGroup"_s);
            g.insert(u"apiVersion"_s, u"v1"_s);
            return g;
        }
    }
    return {};
}

QJsonObject ResourceCatalog::resourceList(const QString &group, const QString &version) const
{
    QJsonArray list;
    for (const ApiResource &r : m_resources) {
        if (r.group != group || r.version != version)
            continue;
        QJsonObject o {{u"name"_s, r.plural},
                       {u"singularName"_s, r.singular},
                       {u"namespaced"_s, r.namespaced},
                       {u"kind"_s, r.kind},
                       {u"verbs"_s, QJsonArray::fromStringList(r.verbs)}};
        if (!r.shortNames.isEmpty())
            o.insert(u"shortNames"_s, QJsonArray::fromStringList(r.shortNames));
        if (!r.categories.isEmpty())
            o.insert(u"categories"_s, QJsonArray::fromStringList(r.categories));
        if (!r.review) {
            // The apiserver's algorithm: base64(sha256("group/version/Kind")[:8]).
            const QByteArray hash = QCryptographicHash::hash(
                (r.group + u'/' + r.version + u'/' + r.kind).toUtf8(), QCryptographicHash::Sha256);
            o.insert(u"storageVersionHash"_s, QString::fromLatin1(hash.left(8).toBase64()));
        }
        list.append(o);
        if (r.hasStatus)
            list.append(QJsonObject {{u"name"_s, QString(r.plural + u"/status"_s)},
                                     {u"singularName"_s, u""_s},
                                     {u"namespaced"_s, r.namespaced},
                                     {u"kind"_s, r.kind},
                                     {u"verbs"_s, QJsonArray {u"get"_s, u"patch"_s, u"update"_s}}});
    }
    if (list.isEmpty())
        return {};
    return {{u"kind"_s, u"APIResourceList"_s},
            {u"apiVersion"_s, u"v1"_s},
            {u"groupVersion"_s, group.isEmpty() ? version : QString(group + u'/' + version)},
            {u"resources"_s, list}};
}

QJsonObject ResourceCatalog::openApiV3Root() const
{
    QJsonObject paths;
    QStringList seen;
    for (const ApiResource &r : m_resources) {
        const QString path = r.groupVersionPath().mid(1);
        if (seen.contains(path))
            continue;
        seen.append(path);
        paths.insert(path,
                     QJsonObject {{u"serverRelativeURL"_s,
                                   QString(u"/openapi/v3/"_s + path + u"?hash=0"_s)}});
    }
    return {{u"paths"_s, paths}};
}

QJsonObject ResourceCatalog::openApiV3Document(const QString &group, const QString &version) const
{
    // Enough of the document for clients to see that writes take fieldValidation and to
    // learn each kind's schema (CRDs) for `kubectl explain`.
    QJsonObject paths;
    QJsonObject schemas;
    const QJsonArray params {QJsonObject {{u"name"_s, u"fieldValidation"_s},
                                          {u"in"_s, u"query"_s},
                                          {u"schema"_s, QJsonObject {{u"type"_s, u"string"_s}}}},
                             QJsonObject {{u"name"_s, u"dryRun"_s},
                                          {u"in"_s, u"query"_s},
                                          {u"schema"_s, QJsonObject {{u"type"_s, u"string"_s}}}}};
    for (const ApiResource &r : m_resources) {
        if (r.group != group || r.version != version)
            continue;
        const QString base = r.groupVersionPath()
            + (r.namespaced ? u"/namespaces/{namespace}/"_s : u"/"_s) + r.plural;
        const QJsonObject gvk {{u"group"_s, group}, {u"version"_s, version}, {u"kind"_s, r.kind}};
        const QJsonObject op {{u"parameters"_s, params},
                              {u"x-kubernetes-group-version-kind"_s, gvk}};
        paths.insert(base, QJsonObject {{u"post"_s, op}});
        paths.insert(base + u"/{name}"_s, QJsonObject {{u"put"_s, op}, {u"patch"_s, op}});
        QJsonObject schema = r.schema.isEmpty() ? QJsonObject {{u"type"_s, u"object"_s}} : r.schema;
        schema.insert(u"x-kubernetes-group-version-kind"_s, QJsonArray {gvk});
        QString prefix = group.isEmpty() ? u"io.k8s.api.core"_s : group;
        schemas.insert(prefix + u'.' + version + u'.' + r.kind, schema);
    }
    return {{u"openapi"_s, u"3.0.0"_s},
            {u"info"_s, QJsonObject {{u"title"_s, u"Kubernetes"_s}, {u"version"_s, u"v1.31.0"_s}}},
            {u"paths"_s, paths},
            {u"components"_s, QJsonObject {{u"schemas"_s, schemas}}}};
}

} // namespace Berth::Sandbox
