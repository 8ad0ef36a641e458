// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/result.h"

#include <optional>

namespace Berth::OpenShift {

/// An object edited as YAML, as `kubectl edit` takes it back: the text it opens with, and the
/// change the edited text comes to.
class YamlEdit
{
public:
    /// `object` as read from the server, of `type`.
    YamlEdit(const Kube::ResourceType &type, const QJsonObject &object);

    /// The YAML the editor opens with: the object without managedFields, its secrets shown as
    /// REDACTED (Change::redacted(); each kept as it is unless the user types another).
    QString text() const;

    /// The replace the edited text comes to, guarded by the resourceVersion it was read at
    /// (409 if someone changed the object since); nullopt when nothing changed. Refused, and
    /// nothing sent: text that is not YAML (`errorLine` gets the line), not one object, or that
    /// changes apiVersion, kind, name or namespace (as kubectl edit refuses them).
    Result<std::optional<Change>> change(const QString &edited, int *errorLine = nullptr) const;

private:
    Kube::ResourceType m_type;
    QJsonObject m_object;
};

} // namespace Berth::OpenShift
