// SPDX-License-Identifier: Apache-2.0
#include "registryroutes.h"

#include <QJsonArray>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

std::optional<qint64> RegistryRouteRow::daysLeft(const QDateTime &now) const
{
    if (!certificateExpires.isValid())
        return std::nullopt;
    return qint64(std::floor(double(now.secsTo(certificateExpires)) / 86400.0));
}

QList<RegistryRouteRow> registryRoutes(const RegistrySpec &spec, const QList<QJsonObject> &routes)
{
    QList<RegistryRouteRow> rows;
    if (spec.defaultRoute) {
        RegistryRouteRow row;
        row.name = u"default-route"_s;
        row.isDefault = true;
        row.requested = true;
        rows.append(row);
    }
    for (const RegistryRoute &r : spec.routes) {
        RegistryRouteRow row;
        row.name = r.name;
        row.requested = true;
        row.hostname = r.hostname;
        row.secretName = r.secretName;
        rows.append(row);
    }
    for (const QJsonObject &route : routes) {
        const QString name = route.value("metadata"_L1).toObject().value("name"_L1).toString();
        auto row = std::find_if(rows.begin(), rows.end(),
                                [&name](const RegistryRouteRow &r) { return r.name == name; });
        if (row == rows.end()) {
            RegistryRouteRow stray;
            stray.name = name;
            stray.isDefault = name == u"default-route";
            row = rows.insert(rows.end(), stray);
        }
        const QJsonObject routeSpec = route.value("spec"_L1).toObject();
        const QJsonObject tls = routeSpec.value("tls"_L1).toObject();
        row->exists = true;
        row->hostname = routeSpec.value("host"_L1).toString(row->hostname);
        row->termination = tls.value("termination"_L1).toString();
        for (const QJsonValue &ingress :
             route.value("status"_L1).toObject().value("ingress"_L1).toArray()) {
            for (const QJsonValue &c : ingress.toObject().value("conditions"_L1).toArray())
                row->admitted = row->admitted
                    || (c.toObject().value("type"_L1).toString() == u"Admitted"
                        && c.toObject().value("status"_L1).toString() == u"True");
        }
        // The leaf a route carries (from the config's secret): its expiry is the route's.
        const QList<QSslCertificate> chain
            = QSslCertificate::fromData(tls.value("certificate"_L1).toString().toUtf8(), QSsl::Pem);
        if (!chain.isEmpty()) {
            row->certificateSubject = chain.first().subjectDisplayName();
            row->certificateExpires = chain.first().expiryDate();
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RegistryRouteRow &a, const RegistryRouteRow &b) {
                         if (a.isDefault != b.isDefault)
                             return a.isDefault;
                         return a.name < b.name;
                     });
    return rows;
}

} // namespace Berth::OpenShift
