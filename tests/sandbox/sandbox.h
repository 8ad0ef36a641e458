// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiserver.h"
#include "httpserver.h"
#include "objectstore.h"
#include "operatorsimulator.h"
#include "registryfront.h"
#include "resourcecatalog.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Berth::Sandbox {

struct SandboxOptions
{
    QString dataDir;
    quint16 apiPort = 0;
    quint16 registryPort = 0;
    QString dockerRegistry; ///< path of the docker-registry binary (the registry issue uses it)
    bool reset = false;
    int operatorIntervalMs = 1000;
};

/// berth-sandbox: the simulated OpenShift API and the registry's router front, with the
/// data directory contract of DESIGN.md (CAs, kubeconfig, tokens.json, objects).
class Sandbox final : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Creates or reuses the data directory and starts listening; false with errorString().
    bool start();
    QString errorString() const { return m_error; }

    QString apiUrl() const;
    QString registryUrl() const;
    QString kubeconfigPath() const;
    /// The `ready ...` line of the contract.
    QString readyLine() const;
    QString token(const QString &identity) const { return m_tokens.value(identity); }

private:
    bool prepareCertificates();
    bool prepareTokens();
    void seed();
    void writeKubeconfig();
    void scheduleSave();

    SandboxOptions m_options;
    QString m_error;
    QHash<QString, QString> m_tokens; ///< identity -> token
    QByteArray m_apiCaPem;
    QByteArray m_routerCaPem;
    QByteArray m_routerCaKeyPem;
    std::unique_ptr<ResourceCatalog> m_catalog;
    ObjectStore m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<OperatorSimulator> m_operator;
    std::unique_ptr<RegistryFront> m_front;
    HttpServer *m_apiServer = nullptr;
    HttpServer *m_registryServer = nullptr;
    QTimer m_saveTimer;
};

} // namespace Berth::Sandbox
