// SPDX-License-Identifier: Apache-2.0
#include "registryconfig.h"

#include "common/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

QString registryNamespace()
{
    return u"openshift-image-registry"_s;
}

namespace {
bool isLabel(const QString &s)
{
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    return s.size() <= 63 && label.match(s).hasMatch();
}

bool isSubdomain(const QString &s)
{
    static const QRegularExpression subdomain(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_s);
    return s.size() <= 253 && subdomain.match(s).hasMatch();
}

Error refused(const QString &text)
{
    return Error(Error::Kind::InvalidInput, text);
}

QJsonObject routeJson(const RegistryRoute &r)
{
    QJsonObject o {{u"name"_s, r.name}};
    if (!r.hostname.isEmpty())
        o.insert(u"hostname"_s, r.hostname);
    if (!r.secretName.isEmpty())
        o.insert(u"secretName"_s, r.secretName);
    return o;
}
} // namespace

RegistrySpec RegistrySpec::fromObject(const QJsonObject &config)
{
    RegistrySpec out;
    const QJsonObject spec = config.value("spec"_L1).toObject();
    out.managementState = spec.value("managementState"_L1).toString();
    const QJsonObject storage = spec.value("storage"_L1).toObject();
    if (storage.contains("pvc"_L1)) {
        out.storage = Storage::Pvc;
        out.claim = storage.value("pvc"_L1).toObject().value("claim"_L1).toString();
    } else if (storage.contains("emptyDir"_L1)) {
        out.storage = Storage::EmptyDir;
    } else {
        QStringList kinds = storage.keys();
        kinds.removeAll(u"managementState"_s);
        out.storage = kinds.isEmpty() ? Storage::None : Storage::Other;
        out.otherStorage = kinds.join(u", "_s);
    }
    out.replicas = spec.value("replicas"_L1).toInt(1);
    out.rolloutStrategy = spec.value("rolloutStrategy"_L1).toString(u"RollingUpdate"_s);
    out.defaultRoute = spec.value("defaultRoute"_L1).toBool();
    for (const QJsonValue &v : spec.value("routes"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        out.routes.append({r.value("name"_L1).toString(), r.value("hostname"_L1).toString(),
                           r.value("secretName"_L1).toString()});
    }
    out.readOnly = spec.value("readOnly"_L1).toBool();
    out.logLevel = spec.value("logLevel"_L1).toString(u"Normal"_s);
    return out;
}

bool RegistrySettings::isEmpty() const
{
    return !managementState && !pvcClaim && !emptyDir && !replicas && !rolloutStrategy
        && !defaultRoute && routes.isEmpty() && removeRoutes.isEmpty() && !readOnly && !logLevel;
}

RegistryConfig::RegistryConfig(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ValueReply<QJsonObject> *RegistryConfig::read()
{
    return m_client->get(Kube::Resources::registryConfigs(), {}, u"cluster"_s);
}

Result<RegistryPlan> RegistryConfig::plan(const QJsonObject &config,
                                          const RegistrySettings &settings,
                                          const std::optional<QStringList> &claimAccessModes,
                                          const QString &ingressDomain)
{
    RegistryPlan out;
    const QJsonObject spec = config.value("spec"_L1).toObject();
    QJsonObject next = spec;
    QStringList what;
    if (settings.managementState) {
        if (!QStringList {u"Managed"_s, u"Removed"_s, u"Unmanaged"_s}.contains(
                *settings.managementState))
            return refused(Tr::tr("the management state is Managed, Removed or Unmanaged, not "
                                  "\"%1\"")
                               .arg(*settings.managementState));
        next.insert(u"managementState"_s, *settings.managementState);
        what.append(Tr::tr("management state %1").arg(*settings.managementState));
    }
    if (settings.pvcClaim && settings.emptyDir)
        return refused(Tr::tr("the storage is either a claim or emptyDir, not both"));
    QJsonObject storage = spec.value("storage"_L1).toObject();
    const QJsonValue storageState = storage.value("managementState"_L1);
    if (settings.pvcClaim || settings.emptyDir) {
        storage = {};
        if (!storageState.isUndefined())
            storage.insert(u"managementState"_s, storageState);
        if (settings.emptyDir) {
            storage.insert(u"emptyDir"_s, QJsonObject());
            what.append(Tr::tr("emptyDir storage"));
            out.warnings.append(Tr::tr("emptyDir storage is lost whenever the registry's pod "
                                       "restarts: pushed images disappear. Use it only to try "
                                       "the registry."));
        } else {
            storage.insert(u"pvc"_s, QJsonObject {{u"claim"_s, *settings.pvcClaim}});
            what.append(settings.pvcClaim->isEmpty()
                            ? Tr::tr("storage on a claim the operator creates "
                                     "(image-registry-storage)")
                            : Tr::tr("storage on claim %1").arg(*settings.pvcClaim));
        }
        next.insert(u"storage"_s, storage);
    }
    if (settings.replicas) {
        if (*settings.replicas < 1)
            return refused(Tr::tr("the registry needs at least one replica"));
        next.insert(u"replicas"_s, *settings.replicas);
        what.append(Tr::tr("%n replica(s)", nullptr, *settings.replicas));
    }
    if (settings.rolloutStrategy) {
        if (*settings.rolloutStrategy != u"RollingUpdate"
            && *settings.rolloutStrategy != u"Recreate")
            return refused(Tr::tr("the rollout strategy is RollingUpdate or Recreate, not \"%1\"")
                               .arg(*settings.rolloutStrategy));
        next.insert(u"rolloutStrategy"_s, *settings.rolloutStrategy);
        what.append(Tr::tr("rollout %1").arg(*settings.rolloutStrategy));
    }
    if (settings.defaultRoute) {
        next.insert(u"defaultRoute"_s, *settings.defaultRoute);
        what.append(*settings.defaultRoute ? Tr::tr("the default route")
                                           : Tr::tr("no default route"));
    }
    if (settings.readOnly) {
        next.insert(u"readOnly"_s, *settings.readOnly);
        what.append(*settings.readOnly ? Tr::tr("read-only") : Tr::tr("read-write"));
    }
    if (settings.logLevel) {
        if (!QStringList {u"Normal"_s, u"Debug"_s, u"Trace"_s, u"TraceAll"_s}.contains(
                *settings.logLevel))
            return refused(Tr::tr("the log level is Normal, Debug, Trace or TraceAll, not \"%1\"")
                               .arg(*settings.logLevel));
        next.insert(u"logLevel"_s, *settings.logLevel);
        what.append(Tr::tr("log level %1").arg(*settings.logLevel));
    }
    if (!settings.routes.isEmpty() || !settings.removeRoutes.isEmpty()) {
        QJsonArray routes = spec.value("routes"_L1).toArray();
        for (const QString &name : settings.removeRoutes) {
            const qsizetype before = routes.size();
            for (qsizetype i = routes.size() - 1; i >= 0; --i) {
                if (routes.at(i).toObject().value("name"_L1).toString() == name)
                    routes.removeAt(i);
            }
            if (routes.size() == before)
                return refused(Tr::tr("the registry has no route named \"%1\"").arg(name));
            what.append(Tr::tr("no route %1").arg(name));
        }
        for (const RegistryRoute &r : settings.routes) {
            // Route names and hosts are DNS names (RFC 1123), as the Route API checks them.
            if (!isLabel(r.name))
                return refused(Tr::tr("\"%1\" is not a route name: lower case letters, digits "
                                      "and '-', at most 63")
                                   .arg(r.name));
            if (!r.hostname.isEmpty() && !isSubdomain(r.hostname))
                return refused(Tr::tr("\"%1\" is not a host name").arg(r.hostname));
            if (!r.hostname.isEmpty() && r.secretName.isEmpty()) {
                if (ingressDomain.isEmpty())
                    out.warnings.append(Tr::tr("the ingress domain could not be read: if %1 is "
                                               "outside it, the route needs a TLS secret")
                                            .arg(r.hostname));
                else if (!r.hostname.endsWith(u'.' + ingressDomain))
                    return refused(Tr::tr("%1 is outside the ingress domain %2: the router's "
                                          "certificate does not cover it, so the route needs a "
                                          "TLS secret")
                                       .arg(r.hostname, ingressDomain));
            }
            // A route of the same name is changed where it stands, as oc edit would change it.
            qsizetype at = routes.size();
            for (qsizetype i = routes.size() - 1; i >= 0; --i) {
                if (routes.at(i).toObject().value("name"_L1).toString() == r.name) {
                    routes.removeAt(i);
                    at = i;
                }
            }
            routes.insert(at, routeJson(r));
            what.append(Tr::tr("route %1").arg(r.hostname.isEmpty() ? r.name : r.hostname));
        }
        next.insert(u"routes"_s, routes);
    }

    // The operator's rules for a named claim (pkg/storage/pvc/pvc.go), in its own words.
    const QJsonObject pvc = next.value("storage"_L1).toObject().value("pvc"_L1).toObject();
    const QString claim = pvc.value("claim"_L1).toString();
    if (next.value("storage"_L1).toObject().contains("pvc"_L1) && !claim.isEmpty()
        && (settings.pvcClaim || settings.replicas || settings.rolloutStrategy)) {
        if (!claimAccessModes)
            return refused(Tr::tr("claim %1 does not exist in %2: the operator uses a named "
                                  "claim as it is and never creates it. Create it first, or "
                                  "leave the name empty for image-registry-storage.")
                               .arg(claim, registryNamespace()));
        if (!claimAccessModes->contains(u"ReadWriteMany"_s)
            && claimAccessModes->contains(u"ReadWriteOnce"_s)) {
            if (next.value("replicas"_L1).toInt(1) > 1)
                return refused(Tr::tr("cannot use ReadWriteOnce access mode with more than one "
                                      "replica (claim %1): use one replica")
                                   .arg(claim));
            if (next.value("rolloutStrategy"_L1).toString(u"RollingUpdate"_s) != u"Recreate")
                return refused(Tr::tr("cannot use ReadWriteOnce access mode with RollingUpdate "
                                      "rollout strategy (claim %1): use the Recreate rollout "
                                      "strategy")
                                   .arg(claim));
        }
    }

    const QJsonObject specPatch = Change::mergePatch(spec, next);
    if (specPatch.isEmpty())
        return out;
    Change change;
    change.write = Change::Write::Patch;
    change.type = Kube::Resources::registryConfigs();
    change.name = u"cluster"_s;
    change.patchType = Kube::PatchType::Merge; // as oc edit sends it for this custom resource
    change.patch
        = QJsonDocument(QJsonObject {{u"spec"_s, specPatch}}).toJson(QJsonDocument::Compact);
    change.summary = Tr::tr("Registry: %1").arg(what.join(u", "_s));
    change.command
        = Command({u"oc"_s, u"patch"_s, u"configs.imageregistry.operator.openshift.io/cluster"_s,
                   u"--type=merge"_s, u"-p"_s, QString::fromUtf8(change.patch)});
    // Routes are one array: rebuilt on the config as it is when sent, so that a route someone
    // added meanwhile stays.
    const Change staged = change;
    change.rebase = [settings, claimAccessModes, ingressDomain,
                     staged](const QJsonObject &current) {
        const Result<RegistryPlan> again = plan(current, settings, claimAccessModes, ingressDomain);
        return again && again->change ? *again->change : staged;
    };
    out.change = change;
    return out;
}

ValueReply<RegistryPlan> *RegistryConfig::plan(const RegistrySettings &settings)
{
    auto *reply = new ValueReply<RegistryPlan>(this);
    auto *config = read();
    reply->chain(config, [this, reply, config, settings] {
        const QJsonObject current = config->value();
        auto *domain = m_client->get(Kube::Resources::ingressConfigs(), {}, u"cluster"_s);
        reply->follow(domain);
        connect(domain, &Reply::finished, reply, [this, reply, domain, current, settings] {
            if (reply->error())
                return;
            const QString ingressDomain
                = domain->value().value("spec"_L1).toObject().value("domain"_L1).toString();
            const QString claim
                = settings.pvcClaim.value_or(RegistrySpec::fromObject(current).claim);
            auto finish = [reply, current, settings,
                           ingressDomain](std::optional<QStringList> modes) {
                const Result<RegistryPlan> planned = plan(current, settings, modes, ingressDomain);
                if (!planned)
                    return reply->finish(planned.error());
                reply->finishWith(*planned);
            };
            if (claim.isEmpty())
                return finish(QStringList());
            auto *pvc = m_client->get(Kube::Resources::persistentVolumeClaims(),
                                      registryNamespace(), claim);
            reply->follow(pvc);
            connect(pvc, &Reply::finished, reply, [reply, pvc, finish] {
                if (reply->error())
                    return;
                if (pvc->error().kind() == Error::Kind::NotFound)
                    return finish(std::nullopt);
                if (pvc->error())
                    return reply->finish(pvc->error());
                QStringList modes;
                for (const QJsonValue &m :
                     pvc->value().value("spec"_L1).toObject().value("accessModes"_L1).toArray())
                    modes.append(m.toString());
                finish(modes);
            });
        });
    });
    return reply;
}

} // namespace Berth::OpenShift
