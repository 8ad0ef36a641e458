// SPDX-License-Identifier: Apache-2.0
#include "operatorsimulator.h"

#include "objectstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static const QString configs = u"configs.imageregistry.operator.openshift.io"_s;
static const QString registryNs = u"openshift-image-registry"_s;
static const QString claimName = u"image-registry-storage"_s;

static QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

OperatorSimulator::OperatorSimulator(ObjectStore *store, QString routerDomain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_routerDomain(std::move(routerDomain))
{
    connect(&m_timer, &QTimer::timeout, this, &OperatorSimulator::step);
}

void OperatorSimulator::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

bool OperatorSimulator::putIfChanged(const QString &key, const QJsonObject &object)
{
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    const auto current = m_store->get(key, meta.value("namespace"_L1).toString(),
                                      meta.value("name"_L1).toString());
    if (current) {
        QJsonObject a = *current, b = object;
        QJsonObject am = a.value("metadata"_L1).toObject(), bm = b.value("metadata"_L1).toObject();
        for (const char *f : {"resourceVersion", "uid", "creationTimestamp", "generation"}) {
            am.remove(QLatin1StringView(f));
            bm.remove(QLatin1StringView(f));
        }
        a.insert(u"metadata"_s, am);
        b.insert(u"metadata"_s, bm);
        if (a == b)
            return false;
    }
    m_store->put(key, object);
    Q_EMIT mutated();
    return true;
}

void OperatorSimulator::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

static QJsonObject condition(const QString &type, const QString &status, const QString &reason,
                             const QString &message, const QJsonArray &previous)
{
    QString since = now();
    for (const QJsonValue &v : previous) {
        const QJsonObject c = v.toObject();
        if (c.value("type"_L1).toString() == type && c.value("status"_L1).toString() == status)
            since = c.value("lastTransitionTime"_L1).toString(since);
    }
    QJsonObject c {{u"type"_s, type}, {u"status"_s, status}, {u"lastTransitionTime"_s, since}};
    if (!reason.isEmpty())
        c.insert(u"reason"_s, reason);
    if (!message.isEmpty())
        c.insert(u"message"_s, message);
    return c;
}

void OperatorSimulator::setConditions(const QString &progressing, const QString &available,
                                      const QString &degraded, const QString &reason,
                                      const QString &message, bool removed, bool storageExists)
{
    auto config = m_store->get(configs, {}, u"cluster"_s);
    if (!config)
        return;
    QJsonObject status = config->value("status"_L1).toObject();
    const QJsonArray previous = status.value("conditions"_L1).toArray();
    const QJsonArray conditions {
        condition(u"Progressing"_s, progressing, reason, message, previous),
        condition(u"Available"_s, available, reason, message, previous),
        condition(u"Degraded"_s, degraded, degraded == u"True" ? reason : QString(),
                  degraded == u"True" ? message : QString(), previous),
        condition(u"Removed"_s, removed ? u"True"_s : u"False"_s,
                  removed ? u"Removed"_s : QString(),
                  removed ? u"The registry is removed"_s : QString(), previous),
        condition(u"StorageExists"_s, storageExists ? u"True"_s : u"False"_s,
                  storageExists ? u"Creation Successful"_s : QString(),
                  storageExists ? u"PVC %1 exists"_s.arg(claimName) : QString(), previous),
    };
    status.insert(u"conditions"_s, conditions);
    status.insert(u"observedGeneration"_s,
                  config->value("metadata"_L1).toObject().value("generation"_L1));
    status.insert(u"readyReplicas"_s, available == u"True" ? 1 : 0);
    status.insert(u"storageManaged"_s, storageExists);
    config->insert(u"status"_s, status);
    putIfChanged(configs, *config);

    // The ClusterOperator mirrors the same state, at the cluster's version.
    const QString version = m_store->get(u"clusterversions.config.openshift.io"_s, {}, u"version"_s)
                                .value_or(QJsonObject())
                                .value("status"_L1)["desired"_L1]["version"_L1]
                                .toString();
    QJsonObject co {
        {u"apiVersion"_s, u"config.openshift.io/v1"_s},
        {u"kind"_s, u"ClusterOperator"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"image-registry"_s}}},
        {u"spec"_s, QJsonObject()},
        {u"status"_s,
         QJsonObject {
             {u"conditions"_s, QJsonArray {conditions[1], conditions[0], conditions[2]}},
             {u"versions"_s,
              QJsonArray {QJsonObject {{u"name"_s, u"operator"_s}, {u"version"_s, version}}}}}}};
    putIfChanged(u"clusteroperators.config.openshift.io"_s, co);
}

void OperatorSimulator::tearDown()
{
    for (const char *key : {"deployments.apps", "services", "pods"}) {
        for (const QJsonObject &o : m_store->list(QLatin1StringView(key), registryNs)) {
            if (ObjectStore::metaString(o, "name").startsWith(u"image-registry"_s)) {
                m_store->remove(QLatin1StringView(key), registryNs,
                                ObjectStore::metaString(o, "name"));
                Q_EMIT mutated();
            }
        }
    }
    for (const QJsonObject &o : m_store->list(u"routes.route.openshift.io"_s, registryNs)) {
        m_store->remove(u"routes.route.openshift.io"_s, registryNs,
                        ObjectStore::metaString(o, "name"));
        Q_EMIT mutated();
    }
}

void OperatorSimulator::updateHostnames(const QStringList &routeHosts)
{
    auto image = m_store->get(u"images.config.openshift.io"_s, {}, u"cluster"_s);
    if (!image)
        return;
    QJsonObject status = image->value("status"_L1).toObject();
    status.insert(u"internalRegistryHostname"_s,
                  u"image-registry.openshift-image-registry.svc:5000"_s);
    QStringList hosts;
    if (m_available && !m_frontHost.isEmpty())
        hosts.append(m_frontHost);
    if (m_available)
        hosts += routeHosts;
    if (hosts.isEmpty())
        status.remove(u"externalRegistryHostnames"_s);
    else
        status.insert(u"externalRegistryHostnames"_s, QJsonArray::fromStringList(hosts));
    image->insert(u"status"_s, status);
    putIfChanged(u"images.config.openshift.io"_s, *image);
}

static bool provisionerSupports(const QString &provisioner, const QString &mode)
{
    if (mode == u"ReadWriteOnce")
        return true;
    // Trident (ONTAP NAS) serves RWX; vSphere disks and the rest here do not.
    return provisioner == u"csi.trident.netapp.io";
}

void OperatorSimulator::step()
{
    const auto config = m_store->get(configs, {}, u"cluster"_s);
    if (!config)
        return;
    const QJsonObject spec = config->value("spec"_L1).toObject();
    const QString state = spec.value("managementState"_L1).toString();
    if (state == u"Removed") {
        tearDown();
        setAvailable(false);
        setConditions(u"False"_s, u"True"_s, u"False"_s, u"Removed"_s, u"The registry is removed"_s,
                      true, false);
        updateHostnames({});
        return;
    }
    if (state != u"Managed")
        return; // Unmanaged: the operator leaves everything alone.

    const QJsonObject storage = spec.value("storage"_L1).toObject();
    const bool emptyDir = storage.contains("emptyDir"_L1);
    if (!storage.contains("pvc"_L1) && !emptyDir) {
        setAvailable(false);
        setConditions(u"True"_s, u"False"_s, u"True"_s, u"StorageNotConfigured"_s,
                      u"Unable to apply resources: storage backend not configured"_s, false, false);
        return;
    }

    if (!emptyDir) {
        QString claim = storage.value("pvc"_L1).toObject().value("claim"_L1).toString();
        // No claim named, or the operator's own claim gone: (re)create it.
        if (claim.isEmpty()
            || (claim == claimName
                && !m_store->get(u"persistentvolumeclaims"_s, registryNs, claimName))) {
            // The operator creates its own claim and records it in the spec.
            QJsonObject pvc {
                {u"apiVersion"_s, u"v1"_s},
                {u"kind"_s, u"PersistentVolumeClaim"_s},
                {u"metadata"_s,
                 QJsonObject {{u"name"_s, claimName},
                              {u"namespace"_s, registryNs},
                              {u"annotations"_s,
                               QJsonObject {{u"imageregistry.openshift.io"_s, u"true"_s}}}}},
                {u"spec"_s,
                 QJsonObject {
                     {u"accessModes"_s, QJsonArray {u"ReadWriteMany"_s}},
                     {u"resources"_s,
                      QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"100Gi"_s}}}}}}},
                {u"status"_s, QJsonObject {{u"phase"_s, u"Pending"_s}}}};
            // The DefaultStorageClass admission plugin's pick, for good (none: the claim gets
            // the default retroactively once there is one, as Kubernetes 1.28+ does).
            if (const QString sc = m_store->defaultStorageClass(); !sc.isEmpty()) {
                QJsonObject pvcSpec = pvc.value("spec"_L1).toObject();
                pvcSpec.insert(u"storageClassName"_s, sc);
                pvc.insert(u"spec"_s, pvcSpec);
            }
            if (!m_store->get(u"persistentvolumeclaims"_s, registryNs, claimName))
                putIfChanged(u"persistentvolumeclaims"_s, pvc);
            QJsonObject next = *config;
            QJsonObject nextSpec = spec;
            QJsonObject nextStorage = storage;
            nextStorage.insert(u"pvc"_s, QJsonObject {{u"claim"_s, claimName}});
            nextStorage.insert(u"managementState"_s, u"Managed"_s);
            nextSpec.insert(u"storage"_s, nextStorage);
            next.insert(u"spec"_s, nextSpec);
            putIfChanged(configs, next);
            setConditions(u"True"_s, u"False"_s, u"False"_s, u"Progressing"_s,
                          u"The registry storage is being created"_s, false, true);
            return;
        }
        auto pvc = m_store->get(u"persistentvolumeclaims"_s, registryNs, claim);
        if (!pvc) {
            setAvailable(false);
            setConditions(
                u"True"_s, u"False"_s, u"True"_s, u"Error"_s,
                u"Unable to apply resources: unable to sync storage configuration: persistentvolumeclaims \"%1\" not found"_s
                    .arg(claim),
                false, false);
            return;
        }
        const QJsonArray modes = pvc->value("spec"_L1).toObject().value("accessModes"_L1).toArray();
        const QString mode = modes.isEmpty() ? u"ReadWriteOnce"_s : modes.first().toString();
        if (mode == u"ReadWriteOnce"
            && (spec.value("replicas"_L1).toInt(1) > 1
                || spec.value("rolloutStrategy"_L1).toString() != u"Recreate")) {
            setAvailable(false);
            const QString why = spec.value("replicas"_L1).toInt(1) > 1
                ? u"cannot use ReadWriteOnce access mode with more than one replica"_s
                : u"cannot use ReadWriteOnce access mode with RollingUpdate rollout strategy"_s;
            setConditions(u"True"_s, u"False"_s, u"True"_s, u"Error"_s,
                          u"Unable to apply resources: "_s + why, false, true);
            return;
        }
        // The provisioner: bind if the class can serve the access mode, else Pending + event.
        QString className
            = pvc->value("spec"_L1).toObject().value("storageClassName"_L1).toString();
        QJsonObject storageClass;
        for (const QJsonObject &sc : m_store->list(u"storageclasses.storage.k8s.io"_s)) {
            const QString name = ObjectStore::metaString(sc, "name");
            const bool isDefault = sc.value("metadata"_L1)
                                       .toObject()
                                       .value("annotations"_L1)
                                       .toObject()
                                       .value("storageclass.kubernetes.io/is-default-class"_L1)
                                       .toString()
                == u"true";
            if ((className.isEmpty() && isDefault) || name == className) {
                storageClass = sc;
                className = name;
                break;
            }
        }
        const QString phase = pvc->value("status"_L1).toObject().value("phase"_L1).toString();
        if (phase != u"Bound") {
            const QString provisioner = storageClass.value("provisioner"_L1).toString();
            if (storageClass.isEmpty() || !provisionerSupports(provisioner, mode)) {
                const QString message = storageClass.isEmpty()
                    ? u"no persistent volumes available for this claim and no storage class is set"_s
                    : u"failed to provision volume with StorageClass \"%1\": invalid AccessModes [%2]: only AccessModes [ReadWriteOnce] are supported"_s
                          .arg(className, mode);
                QJsonObject event {{u"apiVersion"_s, u"v1"_s},
                                   {u"kind"_s, u"Event"_s},
                                   {u"metadata"_s,
                                    QJsonObject {{u"name"_s, QString(claim + u".provisioning"_s)},
                                                 {u"namespace"_s, registryNs}}},
                                   {u"involvedObject"_s,
                                    QJsonObject {{u"kind"_s, u"PersistentVolumeClaim"_s},
                                                 {u"name"_s, claim},
                                                 {u"namespace"_s, registryNs}}},
                                   {u"reason"_s, u"ProvisioningFailed"_s},
                                   {u"type"_s, u"Warning"_s},
                                   {u"message"_s, message}};
                putIfChanged(u"events"_s, event);
                setAvailable(false);
                setConditions(
                    u"True"_s, u"False"_s, u"False"_s, u"Progressing"_s,
                    u"The deployment has not completed: persistentvolumeclaim \"%1\" is Pending: %2"_s
                        .arg(claim, message),
                    false, true);
                return;
            }
            QJsonObject bound = *pvc;
            QJsonObject pvcSpec = bound.value("spec"_L1).toObject();
            pvcSpec.insert(u"storageClassName"_s, className);
            pvcSpec.insert(u"volumeName"_s,
                           QString(u"pvc-"_s + ObjectStore::metaString(*pvc, "uid")));
            bound.insert(u"spec"_s, pvcSpec);
            bound.insert(
                u"status"_s,
                QJsonObject {{u"phase"_s, u"Bound"_s},
                             {u"accessModes"_s, modes},
                             {u"capacity"_s,
                              pvcSpec.value("resources"_L1).toObject().value("requests"_L1)}});
            putIfChanged(u"persistentvolumeclaims"_s, bound);
            setConditions(u"True"_s, u"False"_s, u"False"_s, u"Progressing"_s,
                          u"The deployment has not completed"_s, false, true);
            return;
        }
    }

    // Storage is there: the Deployment, its pod, the Service and the Routes.
    const QJsonObject labels {{u"docker-registry"_s, u"default"_s}};
    const auto meta = [&](const QString &name) {
        return QJsonObject {{u"name"_s, name}, {u"namespace"_s, registryNs}, {u"labels"_s, labels}};
    };
    if (!m_store->get(u"deployments.apps"_s, registryNs, u"image-registry"_s)) {
        putIfChanged(u"deployments.apps"_s,
                     {{u"apiVersion"_s, u"apps/v1"_s},
                      {u"kind"_s, u"Deployment"_s},
                      {u"metadata"_s, meta(u"image-registry"_s)},
                      {u"spec"_s,
                       QJsonObject {{u"replicas"_s, spec.value("replicas"_L1).toInt(1)},
                                    {u"selector"_s, QJsonObject {{u"matchLabels"_s, labels}}}}},
                      {u"status"_s,
                       QJsonObject {{u"replicas"_s, 1},
                                    {u"readyReplicas"_s, 1},
                                    {u"availableReplicas"_s, 1},
                                    {u"updatedReplicas"_s, 1}}}});
        const QString image = u"quay.io/openshift/origin-docker-registry:latest"_s;
        const QJsonObject running {
            {u"name"_s, u"registry"_s}, {u"image"_s, image},
            {u"ready"_s, true},         {u"started"_s, true},
            {u"restartCount"_s, 0},     {u"state"_s, QJsonObject {{u"running"_s, QJsonObject {}}}}};
        putIfChanged(u"pods"_s,
                     {{u"apiVersion"_s, u"v1"_s},
                      {u"kind"_s, u"Pod"_s},
                      {u"metadata"_s, meta(u"image-registry-6758b547f-6pnj8"_s)},
                      {u"spec"_s,
                       QJsonObject {{u"containers"_s,
                                     QJsonArray {QJsonObject {{u"name"_s, u"registry"_s},
                                                              {u"image"_s, image}}}}}},
                      {u"status"_s,
                       QJsonObject {{u"phase"_s, u"Running"_s},
                                    {u"containerStatuses"_s, QJsonArray {running}}}}});
        putIfChanged(u"services"_s,
                     {{u"apiVersion"_s, u"v1"_s},
                      {u"kind"_s, u"Service"_s},
                      {u"metadata"_s, meta(u"image-registry"_s)},
                      {u"spec"_s,
                       QJsonObject {{u"clusterIP"_s, u"172.30.196.167"_s},
                                    {u"type"_s, u"ClusterIP"_s},
                                    {u"selector"_s, labels},
                                    {u"ports"_s,
                                     QJsonArray {QJsonObject {{u"name"_s, u"5000-tcp"_s},
                                                              {u"port"_s, 5000},
                                                              {u"protocol"_s, u"TCP"_s}}}}}}});
        setConditions(u"True"_s, u"False"_s, u"False"_s, u"Progressing"_s,
                      u"The deployment has not completed"_s, false, !emptyDir);
        return;
    }

    QStringList wanted;
    QStringList hosts;
    auto route = [&](const QString &name, const QString &host, const QString &secretName = {}) {
        wanted.append(name);
        hosts.append(host);
        // As the operator does: a route with a secret carries the secret's certificate and
        // key, and is terminated at the router (reencrypt to the registry).
        QJsonObject tls {{u"termination"_s, u"reencrypt"_s}};
        if (const auto secret = secretName.isEmpty()
                ? std::nullopt
                : m_store->get(u"secrets"_s, registryNs, secretName)) {
            const QJsonObject data = secret->value("data"_L1).toObject();
            tls.insert(u"certificate"_s,
                       QString::fromUtf8(
                           QByteArray::fromBase64(data.value("tls.crt"_L1).toString().toLatin1())));
            tls.insert(u"key"_s,
                       QString::fromUtf8(
                           QByteArray::fromBase64(data.value("tls.key"_L1).toString().toLatin1())));
        }
        putIfChanged(
            u"routes.route.openshift.io"_s,
            {{u"apiVersion"_s, u"route.openshift.io/v1"_s},
             {u"kind"_s, u"Route"_s},
             {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, registryNs}}},
             {u"spec"_s,
              QJsonObject {{u"host"_s, host},
                           {u"to"_s,
                            QJsonObject {{u"kind"_s, u"Service"_s},
                                         {u"name"_s, u"image-registry"_s},
                                         {u"weight"_s, 100}}},
                           {u"tls"_s, tls},
                           {u"wildcardPolicy"_s, u"None"_s}}},
             {u"status"_s,
              QJsonObject {{u"ingress"_s,
                            QJsonArray {QJsonObject {
                                {u"host"_s, host},
                                {u"routerName"_s, u"default"_s},
                                {u"conditions"_s,
                                 QJsonArray {QJsonObject {{u"type"_s, u"Admitted"_s},
                                                          {u"status"_s, u"True"_s}}}}}}}}}});
    };
    if (spec.value("defaultRoute"_L1).toBool())
        route(u"default-route"_s, u"default-route-openshift-image-registry."_s + m_routerDomain);
    for (const QJsonValue &v : spec.value("routes"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        const QString host = r.value("hostname"_L1).toString();
        route(r.value("name"_L1).toString(),
              host.isEmpty()
                  ? r.value("name"_L1).toString() + u"-openshift-image-registry."_s + m_routerDomain
                  : host,
              r.value("secretName"_L1).toString());
    }
    for (const QJsonObject &o : m_store->list(u"routes.route.openshift.io"_s, registryNs)) {
        if (!wanted.contains(ObjectStore::metaString(o, "name"))) {
            m_store->remove(u"routes.route.openshift.io"_s, registryNs,
                            ObjectStore::metaString(o, "name"));
            Q_EMIT mutated();
        }
    }
    setAvailable(true);
    setConditions(u"False"_s, u"True"_s, u"False"_s, u"Ready"_s, u"The registry is ready"_s, false,
                  !emptyDir);
    updateHostnames(hosts);
}

} // namespace Berth::Sandbox
