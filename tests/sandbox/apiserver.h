// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "authorizer.h"
#include "httpserver.h"
#include "tableconvertor.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace Berth::Sandbox {

class ObjectStore;
class ResourceCatalog;
struct ApiResource;
struct WatchEvent;

/// The simulated OpenShift API: authentication by bearer token, RBAC, discovery, the REST
/// verbs with Kubernetes semantics (resourceVersion conflicts, dry runs, field validation,
/// three patch types, paging, watches), reviews, projects and `users/~`.
class ApiServer final : public QObject
{
    Q_OBJECT
public:
    ApiServer(ObjectStore *store, const ResourceCatalog *catalog, QHash<QString, Identity> tokens,
              QObject *parent = nullptr);

    void handle(const ServerRequest &request, ResponseWriter *writer);

    /// The identity of a bearer token (for the registry front), or nullopt.
    std::optional<Identity> authenticate(const QByteArray &authorizationHeader) const;
    const Authorizer &authorizer() const { return m_authorizer; }

Q_SIGNALS:
    /// The store changed through the API (the sandbox persists it).
    void mutated();

public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QStringList warnings;
    };
    /// A Kubernetes Status reply.
    static Reply status(int code, const QString &reason, const QString &message,
                        const QJsonObject &details = {});

private:
    struct Target
    {
        const ApiResource *resource = nullptr;
        QString ns;
        QString name;
        QString subresource;
    };
    void respond(ResponseWriter *writer, const Reply &reply, bool head = false) const;
    static Reply notFound(const ApiResource &r, const QString &name);
    Reply forbidden(const Identity &who, const Attributes &what) const;

    bool routeDiscovery(const ServerRequest &request, ResponseWriter *writer);
    std::optional<Target> parseResourcePath(const QString &path) const;

    /// The object a request addresses, if it exists.
    std::optional<QJsonObject> stored(const Target &t) const;
    Reply get(const Identity &who, const Target &t);
    Reply list(const Identity &who, const Target &t, const QUrlQuery &query);
    Reply create(const Identity &who, const Target &t, const ServerRequest &request);
    Reply update(const Identity &who, const Target &t, const ServerRequest &request);
    Reply patch(const Identity &who, const Target &t, const ServerRequest &request);
    Reply remove(const Identity &who, const Target &t, const ServerRequest &request);
    void watch(const Identity &who, const Target &t, const QUrlQuery &query,
               const std::optional<TableRequest> &table, ResponseWriter *writer);
    Reply review(const Identity &who, const Target &t, const QJsonObject &body);
    Reply projects(const Identity &who, const Target &t);

    /// Validation, admission, strict fields and store: the common end of create, update and
    /// patch.
    Reply store(const Identity &who, const Target &t, QJsonObject object, const QUrlQuery &query,
                bool created, const std::optional<QJsonObject> &previous);
    /// What a resource's admission does on every write (dry runs included), by resource key:
    /// it may set fields of `object` (mutating admission) and refuse (validating). `previous`
    /// is empty on a create. One entry per resource instead of special cases in store().
    using Admission
        = std::function<std::optional<Reply>(const Identity &, const Target &, QJsonObject &object,
                                             const std::optional<QJsonObject> &previous)>;
    QHash<QString, Admission> m_admission;
    /// RBAC escalation prevention for RoleBindings and ClusterRoleBindings.
    std::optional<Reply> admitBinding(const Identity &who, const Target &t,
                                      const QJsonObject &binding) const;
    /// The DefaultStorageClass admission plugin: a claim created without a class gets the
    /// default one, for good (storageClassName is immutable).
    void admitClaim(QJsonObject &claim, const std::optional<QJsonObject> &previous) const;
    QList<QJsonObject> visibleProjects(const Identity &who) const;

    ObjectStore *m_store;
    const ResourceCatalog *m_catalog;
    QHash<QString, Identity> m_tokens;
    Authorizer m_authorizer;
};

} // namespace Berth::Sandbox
