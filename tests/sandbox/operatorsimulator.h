// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Berth::Sandbox {

class ObjectStore;

/// Plays the cluster-image-registry-operator (and the storage provisioner) one step per
/// second: PVC, binding by access mode, Deployment, pods, Service, Routes, conditions,
/// `images.config` hostnames, and the ClusterOperator.
class OperatorSimulator final : public QObject
{
    Q_OBJECT
public:
    OperatorSimulator(ObjectStore *store, QString routerDomain, QObject *parent = nullptr);

    /// Put first in `externalRegistryHostnames` (the reachable front, e.g. "127.0.0.1:5443").
    void setFrontHost(const QString &hostPort) { m_frontHost = hostPort; }
    bool registryAvailable() const { return m_available; }
    void start(int intervalMs = 1000);

    /// One reconcile step (public for tests that want to drive it).
    void step();

Q_SIGNALS:
    void mutated();
    void availabilityChanged(bool available);

private:
    bool putIfChanged(const QString &key, const QJsonObject &object);
    void setConditions(const QString &progressing, const QString &available,
                       const QString &degraded, const QString &reason, const QString &message,
                       bool removed, bool storageExists);
    void setAvailable(bool available);
    void tearDown();
    void updateHostnames(const QStringList &routeHosts);

    ObjectStore *m_store;
    QString m_routerDomain;
    QString m_frontHost;
    QTimer m_timer;
    bool m_available = false;
};

} // namespace Berth::Sandbox
