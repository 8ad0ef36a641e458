// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Berth::Sandbox {

/// Decodes the Kubernetes protobuf encoding (`application/vnd.kubernetes.protobuf`: the
/// "k8s\0" magic and a runtime.Unknown envelope) of the built-in kinds that kubectl's typed
/// clients send (RoleBinding, ClusterRoleBinding, ConfigMap, Secret, ServiceAccount, Namespace,
/// SelfSubjectAccessReview, SelfSubjectReview) into their JSON form. nullopt for anything else.
std::optional<QJsonObject> decodeKubernetesProtobuf(const QByteArray &body);

} // namespace Berth::Sandbox
