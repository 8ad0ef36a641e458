// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QStringList>

namespace Berth::Sandbox {

/// Validates a custom resource against its CRD's openAPIV3Schema as the apiextensions server
/// does for the structural subset: type, properties, required, enum, pattern, minimum and
/// maximum, lengths, items, additionalProperties, nullable, int-or-string, preserve-unknown.
/// (CEL rules, `x-kubernetes-validations`, are not evaluated.)
class SchemaValidator
{
public:
    struct Outcome
    {
        QList<StatusCause> causes; ///< each a 422 cause: field, reason, message
        QStringList unknownFields; ///< dotted paths of fields the schema does not declare
        QJsonObject pruned; ///< the object without the unknown fields
    };

    static Outcome validate(const QJsonObject &schema, const QJsonObject &object);
};

} // namespace Berth::Sandbox
