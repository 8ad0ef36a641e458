// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>

namespace Berth {

/// Parses YAML (one or more documents) into JSON values, with YAML 1.2 core-schema typing:
/// plain `true`, `42`, `null` become bool, number, null; quoted scalars stay strings.
Result<QList<QJsonValue>> yamlDocumentsToJson(const QByteArray &yaml);

/// The first document of `yaml` as JSON. On a syntax error, `errorLine` (when given) gets its
/// 1-based line.
Result<QJsonValue> yamlToJson(const QByteArray &yaml, int *errorLine = nullptr);

/// The 1-based line where `field` is, in `yaml`: a path as the API server gives it in a Status
/// cause ("spec.replicas", "subjects[0].name", "metadata.labels[app]"); 0 when it is not there
/// (the line of the deepest part of the path found, when a prefix is).
int yamlLineOf(const QByteArray &yaml, const QString &field);

/// Block-style YAML as `kubectl get -o yaml` prints it: keys in the object's order,
/// strings quoted only where a plain scalar would change type.
QByteArray jsonToYaml(const QJsonValue &value);

} // namespace Berth
