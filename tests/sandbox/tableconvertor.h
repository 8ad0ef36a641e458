// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Berth::Sandbox {

struct ApiResource;

/// Server-side printing, which `kubectl get` asks for with `Accept: application/json;as=Table;
/// v=v1;g=meta.k8s.io`: a meta.k8s.io Table with the columns that kube-apiserver's printers
/// (built-in kinds), openshift-apiserver's (routes, image streams, projects, users, groups) or a
/// CRD's additionalPrinterColumns give, so kubectl shows against the sandbox what it shows
/// against OpenShift instead of NAME and AGE alone.
struct TableRequest
{
    /// What each row carries besides its cells (`includeObject`): kubectl reads the metadata
    /// for `-A` and `--show-labels`, the whole object for `--sort-by`.
    enum class Include { None, Metadata, Object };

    QString apiVersion; ///< meta.k8s.io/v1 or meta.k8s.io/v1beta1, as the client asked
    Include include = Include::Metadata;

    /// The Table an Accept header and `includeObject` ask for; nullopt when the first media
    /// type of the header that the server can give is plain JSON (or when includeObject is
    /// not one of None, Metadata, Object: see `invalidInclude`).
    static std::optional<TableRequest> from(const QByteArray &accept, const QString &includeObject,
                                            bool *invalidInclude);
};

/// The Table of `objects`: the list's `metadata` (resourceVersion, continue) is kept; without
/// `headers` the column definitions are left out, as a watch does after its first event.
QJsonObject toTable(const ApiResource &r, const TableRequest &request,
                    const QList<QJsonObject> &objects, const QJsonObject &listMetadata,
                    const QDateTime &now, bool headers = true);

/// Kubernetes' duration.HumanDuration: "45s", "3m20s", "5h12m", "6d", "2y30d".
QString humanDuration(qint64 seconds);

} // namespace Berth::Sandbox
