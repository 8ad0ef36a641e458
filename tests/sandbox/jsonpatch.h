// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Berth::Sandbox {

/// RFC 7386 JSON merge patch.
QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch);

/// RFC 6902 JSON patch (add, remove, replace, move, copy, test).
Result<QJsonValue> applyJsonPatch(const QJsonValue &target, const QJsonArray &operations);

/// Kubernetes strategic merge patch for built-in kinds: lists with a merge key (containers,
/// env, volumes, imagePullSecrets, ports, ...) merge by that key; `$patch: delete|replace`
/// and `$setElementOrder` directives are honoured or dropped as the server does.
QJsonValue applyStrategicMergePatch(const QJsonValue &target, const QJsonValue &patch);

} // namespace Berth::Sandbox
