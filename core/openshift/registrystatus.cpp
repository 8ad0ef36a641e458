// SPDX-License-Identifier: Apache-2.0
#include "registrystatus.h"

#include "common/error.h"
#include "kube/kubeclient.h"
#include "registryroutes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
const QString s_operatorClaim = u"image-registry-storage"_s;

QString metaString(const QJsonObject &object, QLatin1StringView key)
{
    return object.value("metadata"_L1).toObject().value(key).toString();
}

const QJsonObject *named(const QList<QJsonObject> &objects, const QString &name)
{
    for (const QJsonObject &o : objects) {
        if (metaString(o, "name"_L1) == name)
            return &o;
    }
    return nullptr;
}

const Condition *condition(const QList<Condition> &conditions, const QString &type)
{
    for (const Condition &c : conditions) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

bool isTrue(const QList<Condition> &conditions, const QString &type)
{
    const Condition *c = condition(conditions, type);
    return c && c->status == u"True";
}

QString messageOf(const QList<Condition> &conditions, const QString &type)
{
    const Condition *c = condition(conditions, type);
    return c ? c->message : QString();
}

RegistryClaim claimState(const QString &name, const RegistryObjects &o)
{
    RegistryClaim claim;
    claim.name = name;
    if (const QJsonObject *pvc = named(o.claims, name)) {
        const QJsonObject spec = pvc->value("spec"_L1).toObject();
        const QJsonObject status = pvc->value("status"_L1).toObject();
        claim.phase = status.value("phase"_L1).toString(u"Pending"_s);
        claim.storageClass = spec.value("storageClassName"_L1).toString();
        for (const QJsonValue &m : spec.value("accessModes"_L1).toArray())
            claim.accessModes.append(m.toString());
        claim.capacity = status.value("capacity"_L1).toObject().value("storage"_L1).toString();
    }
    // The provisioner says why a claim stays Pending in an event on it; the latest counts.
    QString latest;
    for (const QJsonObject &e : o.events) {
        const QJsonObject involved = e.value("involvedObject"_L1).toObject();
        if (involved.value("kind"_L1).toString() != u"PersistentVolumeClaim"
            || involved.value("name"_L1).toString() != name
            || e.value("reason"_L1).toString() != u"ProvisioningFailed")
            continue;
        const QString when
            = e.value("lastTimestamp"_L1)
                  .toString(
                      e.value("eventTime"_L1).toString(metaString(e, "creationTimestamp"_L1)));
        if (claim.provisioningFailed.isEmpty() || when >= latest) {
            latest = when;
            claim.provisioningFailed = e.value("message"_L1).toString();
        }
    }
    return claim;
}

RegistryPod podState(const QJsonObject &pod)
{
    RegistryPod out;
    out.name = metaString(pod, "name"_L1);
    const QJsonObject status = pod.value("status"_L1).toObject();
    out.phase = status.value("phase"_L1).toString();
    const QJsonArray containers = status.value("containerStatuses"_L1).toArray();
    out.ready = out.phase == u"Running";
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        out.ready = out.ready && c.value("ready"_L1).toBool();
        out.restarts += c.value("restartCount"_L1).toInt();
    }
    out.image = pod.value("spec"_L1)
                    .toObject()
                    .value("containers"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("image"_L1)
                    .toString();
    return out;
}

void explain(RegistryState &s)
{
    using Phase = RegistryState::Phase;
    QStringList advice;
    switch (s.phase) {
    case Phase::Unknown:
        s.headline = Tr::tr("Unknown: the registry's config could not be read.");
        advice.append(Tr::tr("Reading configs.imageregistry.operator.openshift.io/cluster takes "
                             "a cluster administrator (or a role that may get it)."));
        break;
    case Phase::Removed:
        s.headline = Tr::tr("Removed: the registry is not deployed.");
        if (s.spec.storage == RegistrySpec::Storage::None)
            advice.append(Tr::tr("Give it storage, then set the management state to Managed."));
        else
            advice.append(Tr::tr("Set the management state to Managed to deploy it."));
        break;
    case Phase::Unmanaged:
        s.headline = Tr::tr("Unmanaged: the operator leaves the registry as it is.");
        break;
    case Phase::NotConfigured:
        s.headline = Tr::tr("Not configured: the registry has no storage.");
        advice.append(Tr::tr("Give it storage: a claim the operator makes "
                             "(image-registry-storage, on the default storage class, which must "
                             "serve ReadWriteMany), a claim you name, or emptyDir on a test "
                             "cluster (its images are lost when the pod restarts)."));
        break;
    case Phase::Degraded:
        s.headline = Tr::tr("Degraded: %1").arg(messageOf(s.conditions, u"Degraded"_s));
        break;
    case Phase::Progressing: {
        const QString message = messageOf(s.conditions, u"Progressing"_s);
        s.headline = s.stale    ? Tr::tr("Progressing: the operator has not acted on the latest "
                                            "change yet.")
            : message.isEmpty() ? Tr::tr("Progressing: the operator is deploying the registry.")
                                : Tr::tr("Progressing: %1").arg(message);
        break;
    }
    case Phase::Available:
        s.headline = Tr::tr("Available: the registry is ready (%1 of %2 replicas).")
                         .arg(s.readyReplicas)
                         .arg(s.replicas);
        break;
    }
    if (s.phase == Phase::Removed || s.phase == Phase::Unknown || s.phase == Phase::Unmanaged) {
        s.advice = advice.join(u' ');
        return;
    }
    if (s.claim && s.claim->phase.isEmpty() && s.claim->name != s_operatorClaim)
        advice.append(Tr::tr("The claim %1 does not exist in openshift-image-registry: create "
                             "it, or leave the claim empty for the operator to make "
                             "image-registry-storage.")
                          .arg(s.claim->name));
    else if (s.claim && s.claim->phase == u"Pending") {
        const QString why = s.claim->provisioningFailed.isEmpty()
            ? Tr::tr("no volume is provisioned yet")
            : s.claim->provisioningFailed;
        // A claim's class is set when it is made (by the default-class admission) and never
        // changes: a new default does not rescue it, a new claim does.
        if (s.claim->name != s_operatorClaim)
            advice.append(Tr::tr("The claim %1 is Pending: %2. Name a claim whose storage class "
                                 "can serve it.")
                              .arg(s.claim->name, why));
        else if (s.claim->storageClass.isEmpty())
            advice.append(Tr::tr("The claim %1 is Pending: %2. Make a storage class that can "
                                 "serve ReadWriteMany the default (the Storage page): the claim "
                                 "then gets it.")
                              .arg(s.claim->name, why));
        else
            advice.append(
                Tr::tr("The claim %1 is Pending: %2. Its class, %3, cannot change: make a "
                       "storage class that can serve ReadWriteMany the default (the Storage "
                       "page), then delete the claim (oc delete pvc %1 -n "
                       "openshift-image-registry), and the operator makes it again on that "
                       "class.")
                    .arg(s.claim->name, why, s.claim->storageClass));
    }
    if (s.phase == Phase::Degraded
        && messageOf(s.conditions, u"Degraded"_s).contains(u"ReadWriteOnce"_s))
        advice.append(Tr::tr("A ReadWriteOnce claim takes replicas 1 and the Recreate rollout "
                             "strategy."));
    if (s.spec.storage == RegistrySpec::Storage::EmptyDir)
        advice.append(Tr::tr("The storage is emptyDir: every image is lost when the registry's "
                             "pod restarts."));
    if (s.phase == Phase::Available && s.routes.isEmpty())
        advice.append(Tr::tr("It is reachable only inside the cluster: turn on the default "
                             "route (the Routes page) to push and pull from this workstation."));
    s.advice = advice.join(u' ');
}
} // namespace

QString RegistryState::claimLine() const
{
    if (!claim)
        return {};
    if (claim->phase.isEmpty())
        return Tr::tr("%1: does not exist").arg(claim->name);
    QStringList details;
    if (!claim->storageClass.isEmpty())
        details.append(claim->storageClass);
    details += claim->accessModes;
    if (!claim->capacity.isEmpty())
        details.append(claim->capacity);
    return u"%1: %2 (%3)"_s.arg(claim->name, claim->phase, details.join(u", "_s));
}

QString RegistryState::deploymentLine() const
{
    if (!deployment)
        return Tr::tr("none");
    return Tr::tr("%1 of %2 ready").arg(readyReplicas).arg(replicas);
}

QStringList RegistryState::podLines() const
{
    QStringList out;
    for (const RegistryPod &p : pods)
        out.append(Tr::tr("%1: %2, %3, restarts: %4")
                       .arg(p.name, p.phase, p.ready ? Tr::tr("ready") : Tr::tr("not ready"))
                       .arg(p.restarts));
    return out;
}

QStringList RegistryState::routeLines() const
{
    QStringList out;
    for (const RegistryRouteRow &r : routes)
        out.append(u"%1: %2 (%3, %4)"_s.arg(
            r.name, r.hostname, r.termination.isEmpty() ? Tr::tr("no TLS") : r.termination,
            r.admitted ? Tr::tr("admitted") : Tr::tr("not admitted")));
    return out;
}

QJsonObject RegistryState::toJson() const
{
    static const char *const phases[] = {"Unknown",     "NotConfigured", "Removed",  "Unmanaged",
                                         "Progressing", "Degraded",      "Available"};
    auto conditionsJson = [](const QList<Condition> &list) {
        QJsonArray out;
        for (const Condition &c : list)
            out.append(QJsonObject {{u"type"_s, c.type},
                                    {u"status"_s, c.status},
                                    {u"reason"_s, c.reason},
                                    {u"message"_s, c.message}});
        return out;
    };
    QJsonObject out {{u"phase"_s, QLatin1StringView(phases[int(phase)])},
                     {u"headline"_s, headline},
                     {u"advice"_s, advice},
                     {u"managementState"_s, spec.managementState},
                     {u"conditions"_s, conditionsJson(conditions)},
                     {u"clusterOperator"_s, conditionsJson(clusterOperator)},
                     {u"deployment"_s,
                      QJsonObject {{u"exists"_s, deployment},
                                   {u"replicas"_s, replicas},
                                   {u"readyReplicas"_s, readyReplicas}}},
                     {u"service"_s, service},
                     {u"internalHostname"_s, internalHostname},
                     {u"externalHostnames"_s, QJsonArray::fromStringList(externalHostnames)},
                     {u"unreadable"_s, QJsonArray::fromStringList(unreadable)}};
    if (claim)
        out.insert(u"claim"_s,
                   QJsonObject {{u"name"_s, claim->name},
                                {u"phase"_s, claim->phase},
                                {u"storageClass"_s, claim->storageClass},
                                {u"accessModes"_s, QJsonArray::fromStringList(claim->accessModes)},
                                {u"capacity"_s, claim->capacity},
                                {u"provisioningFailed"_s, claim->provisioningFailed}});
    QJsonArray podsJson;
    for (const RegistryPod &p : pods)
        podsJson.append(QJsonObject {{u"name"_s, p.name},
                                     {u"phase"_s, p.phase},
                                     {u"ready"_s, p.ready},
                                     {u"restarts"_s, p.restarts},
                                     {u"image"_s, p.image}});
    out.insert(u"pods"_s, podsJson);
    QJsonArray routesJson;
    for (const RegistryRouteRow &r : routes)
        routesJson.append(QJsonObject {{u"name"_s, r.name},
                                       {u"host"_s, r.hostname},
                                       {u"termination"_s, r.termination},
                                       {u"admitted"_s, r.admitted}});
    out.insert(u"routes"_s, routesJson);
    return out;
}

RegistryState RegistryState::fromObjects(const RegistryObjects &o)
{
    RegistryState s;
    s.unreadable = o.unreadable;
    if (o.config.isEmpty()) {
        explain(s);
        return s;
    }
    s.spec = RegistrySpec::fromObject(o.config);
    const QJsonObject status = o.config.value("status"_L1).toObject();
    s.conditions = Condition::fromStatus(status);
    // Conditions written before the latest change of the spec say nothing about it yet.
    s.stale = status.value("observedGeneration"_L1).toInteger()
        < o.config.value("metadata"_L1).toObject().value("generation"_L1).toInteger();
    s.clusterOperator = Condition::fromStatus(o.clusterOperator.value("status"_L1).toObject());
    if (s.spec.storage == RegistrySpec::Storage::Pvc)
        s.claim = claimState(s.spec.claim.isEmpty() ? s_operatorClaim : s.spec.claim, o);
    if (const QJsonObject *d = named(o.deployments, u"image-registry"_s)) {
        s.deployment = true;
        s.replicas = d->value("spec"_L1).toObject().value("replicas"_L1).toInt(1);
        s.readyReplicas = d->value("status"_L1).toObject().value("readyReplicas"_L1).toInt();
    }
    for (const QJsonObject &pod : o.pods)
        s.pods.append(podState(pod));
    if (const QJsonObject *svc = named(o.services, u"image-registry"_s)) {
        const QJsonObject spec = svc->value("spec"_L1).toObject();
        s.service = u"image-registry %1:%2"_s.arg(
            spec.value("clusterIP"_L1).toString(),
            QString::number(
                spec.value("ports"_L1).toArray().first().toObject().value("port"_L1).toInt()));
    }
    // The Routes the operator made (one parser for this and the Routes page).
    for (const RegistryRouteRow &route : registryRoutes(s.spec, o.routes)) {
        if (route.exists)
            s.routes.append(route);
    }
    const QJsonObject imageStatus = o.imageConfig.value("status"_L1).toObject();
    s.internalHostname = imageStatus.value("internalRegistryHostname"_L1).toString();
    for (const QJsonValue &h : imageStatus.value("externalRegistryHostnames"_L1).toArray())
        s.externalHostnames.append(h.toString());

    if (s.spec.managementState == u"Removed")
        s.phase = Phase::Removed;
    else if (s.spec.managementState == u"Unmanaged")
        s.phase = Phase::Unmanaged;
    else if (s.spec.storage == RegistrySpec::Storage::None)
        s.phase = Phase::NotConfigured;
    else if (s.stale)
        s.phase = Phase::Progressing;
    else if (isTrue(s.conditions, u"Degraded"_s))
        s.phase = Phase::Degraded;
    else if (isTrue(s.conditions, u"Available"_s) && !isTrue(s.conditions, u"Progressing"_s)
             && s.readyReplicas > 0)
        s.phase = Phase::Available;
    else
        s.phase = Phase::Progressing;
    explain(s);
    return s;
}

/// One list-then-watch of the registry's parts. A QObject so that its replies' handlers are
/// connected to it: a restart deletes it, and a finish already queued then runs nothing.
struct RegistryStatus::Source : QObject
{
    QString what; ///< for "cannot read": "clusteroperators"
    Kube::ResourceType type;
    QString ns;
    Kube::ListOptions options;
    QList<QJsonObject> RegistryObjects::*many = nullptr;
    QJsonObject RegistryObjects::*one = nullptr;
    QHash<QString, QJsonObject> objects; ///< by name
    QPointer<ListWatchReply> reply;
};

RegistryStatus::RegistryStatus(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

RegistryStatus::~RegistryStatus()
{
    stop();
}

void RegistryStatus::stop()
{
    for (Source *source : std::as_const(m_sources)) {
        if (source->reply)
            source->reply->abort();
        delete source;
    }
    m_sources.clear();
    m_pending = 0;
}

void RegistryStatus::start()
{
    stop();
    m_objects = {};
    auto byName = [](const QString &name) {
        return Kube::ListOptions {{}, u"metadata.name="_s + name};
    };
    namespace R = Kube::Resources;
    using O = RegistryObjects;
    auto add = [this](const QString &what, const Kube::ResourceType &type, const QString &ns,
                      const Kube::ListOptions &options, QList<QJsonObject> O::*many,
                      QJsonObject O::*one = nullptr) {
        auto *source = new Source;
        source->what = what;
        source->type = type;
        source->ns = ns;
        source->options = options;
        source->many = many;
        source->one = one;
        m_sources.append(source);
    };
    add(u"configs.imageregistry.operator.openshift.io"_s, R::registryConfigs(), {},
        byName(u"cluster"_s), nullptr, &O::config);
    add(u"clusteroperators"_s, R::clusterOperators(), {}, byName(u"image-registry"_s), nullptr,
        &O::clusterOperator);
    add(u"persistentvolumeclaims"_s, R::persistentVolumeClaims(), registryNamespace(), {},
        &O::claims);
    add(u"events"_s, R::events(), registryNamespace(),
        {{}, u"involvedObject.kind=PersistentVolumeClaim"_s}, &O::events);
    add(u"deployments"_s, R::deployments(), registryNamespace(), byName(u"image-registry"_s),
        &O::deployments);
    add(u"pods"_s, R::pods(), registryNamespace(), {u"docker-registry=default"_s, {}}, &O::pods);
    add(u"services"_s, R::services(), registryNamespace(), byName(u"image-registry"_s),
        &O::services);
    add(u"routes"_s, R::routes(), registryNamespace(), {}, &O::routes);
    add(u"images.config.openshift.io"_s, R::imageConfigs(), {}, byName(u"cluster"_s), nullptr,
        &O::imageConfig);
    m_pending = int(m_sources.size());
    for (Source *source : std::as_const(m_sources)) {
        ListWatchReply *reply = m_client->listAndWatch(source->type, source->ns, source->options);
        source->reply = reply;
        connect(reply, &ListWatchReply::listed, source, [this, source](const QJsonObject &list) {
            --m_pending;
            for (const QJsonValue &v : list.value("items"_L1).toArray())
                source->objects.insert(metaString(v.toObject(), "name"_L1), v.toObject());
            store(*source);
            update();
        });
        connect(reply, &WatchReply::event, source,
                [this, source](const QString &type, const QJsonObject &object) {
                    const QString name = metaString(object, "name"_L1);
                    if (type == u"DELETED")
                        source->objects.remove(name);
                    else
                        source->objects.insert(name, object);
                    store(*source);
                    update();
                });
        connect(reply, &Reply::finished, source, [this, reply, source] {
            const Error &error = reply->error();
            if (!error || error.kind() == Error::Kind::Cancelled)
                return;
            if (reply->hasListed()) {
                Q_EMIT problem(tr("%1: %2").arg(source->what, error.message()));
                return;
            }
            // A part this user may not read (the ClusterOperator, for a project admin) is
            // said; the rest of the status still shows.
            --m_pending;
            m_objects.unreadable.append(tr("%1: %2").arg(source->what, error.message()));
            update();
        });
    }
}

void RegistryStatus::store(Source &source)
{
    if (source.one) {
        m_objects.*source.one
            = source.objects.isEmpty() ? QJsonObject() : source.objects.cbegin().value();
        return;
    }
    QList<QJsonObject> &list = m_objects.*source.many;
    list = source.objects.values();
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return metaString(a, "name"_L1) < metaString(b, "name"_L1);
    });
}

void RegistryStatus::update()
{
    // Nothing is said until every part answered: a half-read status would mislead.
    if (m_pending > 0)
        return;
    m_state = RegistryState::fromObjects(m_objects);
    Q_EMIT changed();
}

} // namespace Berth::OpenShift
