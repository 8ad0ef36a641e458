// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>

namespace Berth {

/// Parses YAML (one or more documents) into JSON values, with YAML 1.2 core-schema typing:
/// plain `true`, `42`, `null` become bool, number, null; quoted scalars stay strings.
Result<QList<QJsonValue>> yamlDocumentsToJson(const QByteArray &yaml);

/// The first document of `yaml` as JSON.
Result<QJsonValue> yamlToJson(const QByteArray &yaml);

/// Block-style YAML as `kubectl get -o yaml` prints it: keys in the object's order,
/// strings quoted only where a plain scalar would change type.
QByteArray jsonToYaml(const QJsonValue &value);

} // namespace Berth
