// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Berth::Sandbox {

/// One REST resource that the simulated API serves.
struct ApiResource
{
    QString group;
    QString version;
    QString plural;
    QString singular;
    QString kind;
    bool namespaced = false;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    bool custom = false; ///< a CRD: strategic merge patch is refused with 415
    bool review = false; ///< create-only, never stored (SelfSubjectReview & co.)
    bool hasStatus = false; ///< a /status subresource: main writes keep status
    QJsonObject schema; ///< openAPIV3Schema of a CRD; empty: not validated
    QJsonArray printerColumns {}; ///< a CRD's additionalPrinterColumns, for `kubectl get`

    QString key() const { return group.isEmpty() ? plural : plural + QLatin1Char('.') + group; }
    QString apiVersion() const
    {
        return group.isEmpty() ? version : group + QLatin1Char('/') + version;
    }
    /// "/api/v1" or "/apis/GROUP/VERSION".
    QString groupVersionPath() const
    {
        if (group.isEmpty())
            return QStringLiteral("/api/") + version;
        return QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
    }
};

/// The resources of the simulated cluster and the discovery documents built from them.
class ResourceCatalog
{
public:
    /// Built-in resources plus the CRDs found in `fixtureDir/crds`.
    explicit ResourceCatalog(const QString &fixtureDir);

    const ApiResource *find(const QString &group, const QString &version,
                            const QString &plural) const;
    const ApiResource *findKind(const QString &apiVersion, const QString &kind) const;
    const QList<ApiResource> &resources() const { return m_resources; }

    QJsonObject apiVersions() const; ///< /api
    QJsonObject groupList() const; ///< /apis
    QJsonObject group(const QString &name) const; ///< /apis/GROUP (empty if unknown)
    QJsonObject resourceList(const QString &group,
                             const QString &version) const; ///< empty if unknown
    /// /openapi/v3 root: a path per group-version.
    QJsonObject openApiV3Root() const;
    /// /openapi/v3/apis/GROUP/VERSION: a document that declares the fieldValidation parameter.
    QJsonObject openApiV3Document(const QString &group, const QString &version) const;

private:
    QStringList groupNames() const;
    QList<ApiResource> m_resources;
};

} // namespace Berth::Sandbox
