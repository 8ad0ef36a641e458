// SPDX-License-Identifier: Apache-2.0
// What the Status panel and `registry status` say, from objects as the operator leaves them.
#include "openshift/registryroutes.h"
#include "openshift/registrystatus.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::OpenShift;
using Phase = RegistryState::Phase;

namespace {
QJsonObject cond(const QString &type, const QString &status, const QString &message = {})
{
    return {{u"type"_s, type}, {u"status"_s, status}, {u"message"_s, message}};
}
/// The config with this spec and conditions, observed at its generation unless `stale`.
QJsonObject config(const QJsonObject &spec, const QJsonArray &conditions, bool stale = false)
{
    return {
        {u"metadata"_s, QJsonObject {{u"name"_s, u"cluster"_s}, {u"generation"_s, 3}}},
        {u"spec"_s, spec},
        {u"status"_s,
         QJsonObject {{u"observedGeneration"_s, stale ? 2 : 3}, {u"conditions"_s, conditions}}}};
}
QJsonObject pvcSpec(const QString &claim = {})
{
    return {{u"managementState"_s, u"Managed"_s},
            {u"storage"_s, QJsonObject {{u"pvc"_s, QJsonObject {{u"claim"_s, claim}}}}}};
}
QJsonObject named(const QString &name, QJsonObject object = {})
{
    object.insert(u"metadata"_s, QJsonObject {{u"name"_s, name}});
    return object;
}
QJsonArray ready()
{
    return {cond(u"Available"_s, u"True"_s), cond(u"Progressing"_s, u"False"_s),
            cond(u"Degraded"_s, u"False"_s)};
}
} // namespace

class tst_RegistryStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removedWithoutStorageSaysBothSteps()
    {
        RegistryObjects o;
        o.config = config({{u"managementState"_s, u"Removed"_s}}, ready());
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Removed);
        QCOMPARE(s.advice, u"Give it storage, then set the management state to Managed."_s);
    }

    void managedWithoutStorageIsNotConfigured()
    {
        RegistryObjects o;
        o.config = config({{u"managementState"_s, u"Managed"_s}}, {});
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::NotConfigured);
        QVERIFY(s.advice.startsWith(u"Give it storage: a claim the operator makes"_s));
    }

    void aPendingClaimSaysTheProvisionersReasonAndTheWayOut()
    {
        RegistryObjects o;
        o.config = config(pvcSpec(),
                          {cond(u"Progressing"_s, u"True"_s,
                                u"The deployment has "
                                u"not completed"_s)});
        o.claims = {
            named(u"image-registry-storage"_s,
                  {{u"spec"_s, QJsonObject {{u"accessModes"_s, QJsonArray {u"ReadWriteMany"_s}}}},
                   {u"status"_s, QJsonObject {{u"phase"_s, u"Pending"_s}}}})};
        auto event = [](const QString &when, const QString &message) {
            return QJsonObject {{u"involvedObject"_s,
                                 QJsonObject {{u"kind"_s, u"PersistentVolumeClaim"_s},
                                              {u"name"_s, u"image-registry-storage"_s}}},
                                {u"reason"_s, u"ProvisioningFailed"_s},
                                {u"lastTimestamp"_s, when},
                                {u"message"_s, message}};
        };
        // The latest event counts, whatever order the list gave them in.
        o.events = {event(u"2026-12-02T10:05:00Z"_s, u"newer"_s),
                    event(u"2026-12-02T10:00:00Z"_s, u"older"_s)};
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Progressing);
        QCOMPARE(s.headline, u"Progressing: The deployment has not completed"_s);
        QCOMPARE(s.claim->provisioningFailed, u"newer"_s);
        QCOMPARE(s.claimLine(), u"image-registry-storage: Pending (ReadWriteMany)"_s);
        QVERIFY2(s.advice.startsWith(u"The claim image-registry-storage is Pending: newer. Make a "
                                     u"storage class that can serve ReadWriteMany the default"_s),
                 qPrintable(s.advice));
        // On a class (the default when it was made), it stays there: delete it for a new one.
        o.claims.first()["spec"_L1] = QJsonObject {{u"storageClassName"_s, u"thin"_s}};
        QVERIFY2(RegistryState::fromObjects(o).advice.contains(
                     u"Its class, thin, cannot change: make a storage class that can serve "
                     u"ReadWriteMany the default (the Storage page), then delete the claim (oc "
                     u"delete pvc image-registry-storage -n openshift-image-registry)"_s),
                 qPrintable(RegistryState::fromObjects(o).advice));
    }

    void aNamedClaimThatDoesNotExistIsSaid()
    {
        RegistryObjects o;
        o.config = config(pvcSpec(u"mine"_s), {cond(u"Degraded"_s, u"True"_s, u"not found"_s)});
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Degraded);
        QCOMPARE(s.claimLine(), u"mine: does not exist"_s);
        QVERIFY(
            s.advice.startsWith(u"The claim mine does not exist in openshift-image-registry"_s));
    }

    void readWriteOnceWithTwoReplicasSaysTheRule()
    {
        RegistryObjects o;
        o.config = config(pvcSpec(u"rwo"_s),
                          {cond(u"Degraded"_s, u"True"_s,
                                u"Unable to apply resources: cannot use ReadWriteOnce access "
                                u"mode with more than one replica"_s)});
        o.claims = {named(u"rwo"_s, {{u"status"_s, QJsonObject {{u"phase"_s, u"Bound"_s}}}})};
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Degraded);
        QVERIFY(s.headline.endsWith(u"with more than one replica"_s));
        QCOMPARE(s.advice,
                 u"A ReadWriteOnce claim takes replicas 1 and the Recreate rollout strategy."_s);
    }

    void conditionsOlderThanTheSpecAreNotBelieved()
    {
        RegistryObjects o;
        o.config = config(pvcSpec(), ready(), true);
        o.deployments = {named(u"image-registry"_s,
                               {{u"spec"_s, QJsonObject {{u"replicas"_s, 1}}},
                                {u"status"_s, QJsonObject {{u"readyReplicas"_s, 1}}}})};
        QCOMPARE(RegistryState::fromObjects(o).phase, Phase::Progressing);
        o.config = config(pvcSpec(), ready());
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Available);
        QCOMPARE(s.headline, u"Available: the registry is ready (1 of 1 replicas)."_s);
        // No route: reachable only inside the cluster, and it says how to change that.
        QVERIFY(s.advice.contains(u"turn on the default route"_s));
        // Available conditions with no ready pod are not believed either.
        o.deployments.clear();
        QCOMPARE(RegistryState::fromObjects(o).phase, Phase::Progressing);
    }

    void emptyDirIsWarnedAbout()
    {
        RegistryObjects o;
        o.config = config({{u"managementState"_s, u"Managed"_s},
                           {u"storage"_s, QJsonObject {{u"emptyDir"_s, QJsonObject()}}}},
                          ready());
        QVERIFY(RegistryState::fromObjects(o).advice.contains(
            u"every image is lost when the registry's pod restarts"_s));
    }

    void anUnreadableConfigIsUnknownAndSaysWhy()
    {
        RegistryObjects o;
        o.unreadable = {u"configs: forbidden"_s};
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.phase, Phase::Unknown);
        QCOMPARE(s.toJson().value("phase"_L1).toString(), u"Unknown"_s);
        QCOMPARE(s.toJson().value("unreadable"_L1).toArray().first().toString(),
                 u"configs: forbidden"_s);
    }

    void podsRoutesAndServiceAreRead()
    {
        RegistryObjects o;
        o.config = config(pvcSpec(), ready());
        o.pods = {named(
            u"image-registry-1"_s,
            {{u"spec"_s,
              QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"image"_s, u"reg:1"_s}}}}}},
             {u"status"_s,
              QJsonObject {
                  {u"phase"_s, u"Running"_s},
                  {u"containerStatuses"_s,
                   QJsonArray {QJsonObject {{u"ready"_s, false}, {u"restartCount"_s, 3}}}}}}})};
        o.routes = {
            named(u"default-route"_s,
                  {{u"spec"_s,
                    QJsonObject {{u"host"_s, u"r.apps"_s},
                                 {u"tls"_s, QJsonObject {{u"termination"_s, u"reencrypt"_s}}}}},
                   {u"status"_s,
                    QJsonObject {
                        {u"ingress"_s,
                         QJsonArray {QJsonObject {
                             {u"conditions"_s, QJsonArray {cond(u"Admitted"_s, u"True"_s)}}}}}}}})};
        o.services
            = {named(u"image-registry"_s,
                     {{u"spec"_s,
                       QJsonObject {{u"clusterIP"_s, u"172.30.0.9"_s},
                                    {u"ports"_s, QJsonArray {QJsonObject {{u"port"_s, 5000}}}}}}})};
        const RegistryState s = RegistryState::fromObjects(o);
        QCOMPARE(s.podLines(),
                 QStringList {u"image-registry-1: Running, not ready, restarts: 3"_s});
        QCOMPARE(s.routeLines(), QStringList {u"default-route: r.apps (reencrypt, admitted)"_s});
        QCOMPARE(s.service, u"image-registry 172.30.0.9:5000"_s);
    }

    void routesJoinTheConfigWithTheRouteObjects()
    {
        RegistrySpec spec;
        spec.defaultRoute = true;
        spec.routes = {{u"public"_s, u"r.example.com"_s, u"tls"_s}, {u"b"_s, {}, {}}};
        const QList<QJsonObject> objects {
            named(u"public"_s,
                  {{u"spec"_s,
                    QJsonObject {{u"host"_s, u"r.example.com"_s},
                                 {u"tls"_s, QJsonObject {{u"termination"_s, u"reencrypt"_s}}}}}}),
            named(u"old"_s, {{u"spec"_s, QJsonObject {{u"host"_s, u"old.apps"_s}}}})};
        const QList<RegistryRouteRow> rows = registryRoutes(spec, objects);
        QStringList names;
        for (const RegistryRouteRow &r : rows)
            names.append(r.name);
        // The default route first, then by name; a Route the config no longer asks for shows.
        QCOMPARE(names, (QStringList {u"default-route"_s, u"b"_s, u"old"_s, u"public"_s}));
        QVERIFY(rows.at(0).requested && !rows.at(0).exists);
        QVERIFY(!rows.at(2).requested && rows.at(2).exists);
        QCOMPARE(rows.at(3).termination, u"reencrypt"_s);
        QCOMPARE(rows.at(3).secretName, u"tls"_s);
        QVERIFY(!rows.at(3).daysLeft(QDateTime::currentDateTime())); // no certificate of its own
        RegistryRouteRow expired;
        expired.certificateExpires = QDateTime::currentDateTime().addSecs(-3600);
        QCOMPARE(expired.daysLeft(QDateTime::currentDateTime()), -1);
    }
};

QTEST_GUILESS_MAIN(tst_RegistryStatus)
#include "tst_registrystatus.moc"
