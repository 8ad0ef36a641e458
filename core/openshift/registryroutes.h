// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registryconfig.h"

#include <QDateTime>
#include <QJsonObject>

namespace Berth::OpenShift {

/// One route of the registry: what the operator config asks for, beside the Route object the
/// operator made of it (the operator owns the Route objects; changes go through the config).
struct RegistryRouteRow
{
    QString name;
    bool isDefault = false; ///< the default route (spec.defaultRoute)
    bool requested = false; ///< in the config (else a Route the config no longer asks for)
    QString hostname; ///< the Route's host, else the one asked for ("" : the operator picks)
    QString secretName;
    bool exists = false; ///< the Route object is there
    QString termination;
    bool admitted = false;
    QString certificateSubject; ///< the certificate the Route carries, if any
    QDateTime certificateExpires;

    /// Days left on the route's certificate at `now` (negative: expired); nullopt when the
    /// route carries none (the router's own certificate serves it).
    std::optional<qint64> daysLeft(const QDateTime &now) const;
};

/// The registry's routes: the config's default route and custom routes, joined with the Route
/// objects of openshift-image-registry, sorted by name with the default route first.
QList<RegistryRouteRow> registryRoutes(const RegistrySpec &spec, const QList<QJsonObject> &routes);

} // namespace Berth::OpenShift
