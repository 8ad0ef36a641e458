// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oci/imagereference.h"
#include "oci/registrytransport.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Berth::Kube {
class ClusterSession;
class KubeClient;
} // namespace Berth::Kube
namespace Berth::OpenShift {
class ClusterRegistry;
}

namespace Berth::Cli {

/// `berthctl image ls|tags|inspect|push|pull|copy|rm`, with skopeo's transports and flags.
class ImageCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImageCommand)
public:
    /// `session` is opened on `context` when a verb needs the cluster.
    ImageCommand(const QString &output, Kube::ClusterSession *session, const QString &context);
    ~ImageCommand();
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    int list(const QStringList &args);
    int tags(const QStringList &args);
    int inspect(const QStringList &args, bool raw);
    int copy(const QString &verb, const QStringList &args);
    int remove(const QStringList &args);

    /// Takes the registry flags (--creds, --registry-token, --authfile, --cert-dir,
    /// --tls-verify) with an optional prefix ("src-", "dest-").
    bool takeRegistryOptions(QStringList &args, const QString &prefix,
                             Oci::RegistryOptions *options, QString *problem);

    /// "One token, two uses": a registry that is the current cluster's own (listed in
    /// images.config or a registry route) gets the kubeconfig token, unless credentials were given.
    void useClusterToken(const QString &registry, Oci::RegistryOptions *options);
    bool isClusterRegistry(const QString &registry);
    /// fail(), with a pointer to --registry-token when a login exists but the registry was not
    /// recognised as the cluster's; on the cluster's registry, a 401 to a token the API still
    /// accepts says which permission on `repository` is missing (to push, or to pull).
    int failWithHint(Error error, const QString &repository = {}, bool push = false);
    /// The registry flags and the one image reference of tags, inspect and rm; an exit code
    /// when they are wrong.
    std::optional<int> takeReference(const QStringList &arguments, const QString &usage,
                                     std::optional<Oci::ImageReference> *ref,
                                     Oci::RegistryOptions *options);
    /// The API of the kubeconfig's current context, or nullptr when there is none.
    Kube::KubeClient *cluster(Error *error = nullptr);

    QString m_output;
    Kube::ClusterSession *m_session;
    QString m_context;
    std::unique_ptr<OpenShift::ClusterRegistry> m_registry; ///< set once the session is open
    bool m_registryRead = false; ///< the cluster registry's candidates were read
    bool m_tokenGiven = false; ///< the cluster's token went to its registry
    bool m_unrecognizedRegistry = false;
};

} // namespace Berth::Cli
