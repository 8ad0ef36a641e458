// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpserver.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>

namespace Berth::Sandbox {

class ApiServer;
class ObjectStore;
class OperatorSimulator;

/// The OpenShift image registry as seen through its route: a front that authenticates and
/// authorizes like openshift/image-registry (Bearer challenge with realm /openshift/token,
/// Basic anything:TOKEN or Bearer TOKEN, RBAC on imagestreams/layers, project/name
/// repositories, ImageStream bookkeeping, tags from the ImageStream, the 202 no-op and 405
/// deletes), in front of a real `docker-registry` child on loopback. Until the simulated
/// operator has deployed the registry it answers like a router with no backend (503).
/// Bodies are buffered: fine for the sandbox's test images, not for gigabytes.
class RegistryFront final : public QObject
{
    Q_OBJECT
public:
    RegistryFront(ApiServer *api, ObjectStore *store, const OperatorSimulator *operatorSimulator,
                  QObject *parent = nullptr);
    ~RegistryFront() override;

    /// Starts `docker-registry` with its storage in `storageDir`; false with errorString().
    bool startBackend(const QString &dockerRegistry, const QString &storageDir);
    QString errorString() const { return m_error; }

    void handle(const ServerRequest &request, ResponseWriter *writer);

Q_SIGNALS:
    void mutated();

private:
    void proxy(const ServerRequest &request, ResponseWriter *writer,
               std::function<void(int, const QByteArray &)> after = {});
    void recordTag(const QString &ns, const QString &name, const QString &tag,
                   const QString &digest, const QString &mediaType);
    QStringList imageStreamTags(const QString &ns, const QString &name) const;
    bool digestTagged(const QString &ns, const QString &name, const QString &digest) const;

    ApiServer *m_api;
    ObjectStore *m_store;
    const OperatorSimulator *m_operator;
    QProcess m_backend;
    quint16 m_backendPort = 0;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace Berth::Sandbox
