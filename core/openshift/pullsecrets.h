// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/reply.h"
#include "common/result.h"

#include <optional>

namespace Berth::OpenShift {

/// What `oc create secret docker-registry` takes.
struct PullSecretRequest
{
    QString name;
    QString ns;
    QString server; ///< host[:port] of the registry
    QString username;
    QString password; ///< or the login's token
    QString email; ///< omitted when empty, as kubectl does
};

/// Step 9 of the procedure: image pull secrets, and the service accounts that use them.
class PullSecrets final : public QObject
{
    Q_OBJECT
public:
    explicit PullSecrets(Kube::KubeClient *client, QObject *parent = nullptr);

    /// The Secret `oc create secret docker-registry NAME --docker-server=H --docker-username=U
    /// --docker-password=P [--docker-email=E]` makes: type kubernetes.io/dockerconfigjson, its
    /// `.dockerconfigjson` byte for byte as kubectl writes it. Names and the server are checked
    /// first.
    static Result<Change> create(const PullSecretRequest &request);
    /// `{"auths":{"HOST":{"username":..,"password":..,"email":..,"auth":..}}}` in kubectl's order
    /// and escaping.
    static QByteArray dockerConfigJson(const PullSecretRequest &request);

    /// `oc secrets link SA NAME --for=pull`: reads the service account and the secret (an error
    /// when either is missing), and plans a replace of the service account, at the version read,
    /// with `{"name": NAME}` appended to imagePullSecrets. nullopt when it is already there
    /// (nothing would be sent).
    ValueReply<std::optional<Change>> *link(const QString &ns, const QString &serviceAccount,
                                            const QString &secret);

    /// The lines a pod spec needs to use `secret`, to copy into a manifest.
    static QString podSpecSnippet(const QString &secret);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
