// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Berth::Sandbox {

class ResourceCatalog;

/// The /openapi/v2 document of the simulated API: for every resource, its paths with the
/// `x-kubernetes-group-version-kind` extension and the `dryRun` and `fieldValidation` query
/// parameters (what older kubectl reads to decide that server dry runs are supported). It has
/// no schema definitions, so client-side validation (kubectl before 1.25) skips every kind
/// and the server validates.
QJsonObject openApiV2Json(const ResourceCatalog &catalog);

/// The same document in gnostic's protobuf encoding (openapi.v2.Document), which kubectl asks
/// for with `Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf`.
QByteArray openApiV2Protobuf(const ResourceCatalog &catalog);

} // namespace Berth::Sandbox
