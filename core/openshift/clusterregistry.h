// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "common/result.h"
#include "workstation/authfile.h"
#include "workstation/clientcheck.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Berth::Kube {
class KubeClient;
}
namespace Berth::Oci {
struct RegistryOptions;
}

namespace Berth::OpenShift {

/// What ClusterRegistry::saveLogin() did.
struct SavedLogin
{
    QString host;
    QString username; ///< as the API names the login's user
    QList<Workstation::StoredCredential> stored; ///< one per file, in order
    bool checked = false;
    Error check; ///< the registry's answer to the login; none: it takes it
};

/// What ClusterRegistry::checkWithClients() ran.
struct ClientChecks
{
    QString image; ///< what skopeo inspect read; empty: none
    QString noImage; ///< why no image was read
    QList<Workstation::ClientCheck> checks;
};

/// The cluster's own registry as a workstation reaches it, and the one rule of which hosts get
/// the cluster's token. The GUI and berthctl both ask it; nothing else decides that.
/// Replies finish exactly once, on this object's thread.
class ClusterRegistry final : public QObject
{
    Q_OBJECT
public:
    /// `token` is the login's (the kubeconfig's), given to the cluster's registry hosts only.
    ClusterRegistry(Kube::KubeClient *client, QByteArray token, QObject *parent = nullptr);

    /// Every host[:port] the registry may answer on, best first: the registry's routes and
    /// `images.config` external hostnames, then (for a user who may read neither, as
    /// `oc registry login` does) the `publicDockerImageRepository` of an ImageStream in
    /// `project` or `openshift`, and the in-cluster service name last. Read once; reload()
    /// reads them again (after the registry's configuration changed).
    ValueReply<QStringList> *candidates(const QString &project);
    void reload();

    /// The first candidate that answers `/v2/`, in order (a 401 or an untrusted certificate
    /// is an answer; a name that does not resolve or a refused connection is not); the last
    /// candidate's error when none does.
    ValueReply<QString> *reachable(const QString &project, const Oci::RegistryOptions &tls);

    /// Whether `host` is the cluster's registry (known after candidates() finished).
    bool isClusterHost(const QString &host) const;
    /// Gives `options` the cluster's token when `host` is the cluster's registry and no
    /// credentials were given; any other host keeps what the user or auth.json gives it.
    /// True when the token was given.
    bool useToken(const QString &host, Oci::RegistryOptions *options) const;

    /// What `oc registry login` stores for `host`: `username` (the login's user) and the
    /// login's token. Refused for a host that is not the cluster's registry (known after
    /// candidates()) and for a login without a token.
    Result<Workstation::Credential> loginCredential(const QString &host,
                                                    const QString &username) const;

    /// loginCredential() for `host` once the candidates of `project` are read, with the user
    /// as the API names it (SelfSubjectReview), not the kubeconfig's entry.
    ValueReply<Workstation::Credential> *tokenLogin(const QString &project, const QString &host);

    /// What `oc registry login` does: the login's user, as the API names it (not the
    /// kubeconfig's entry), and its token stored for `host` in each of `files` (auth.json or
    /// config.json, through AuthFile::store()); then, when `check` is set, tried on the
    /// registry's /v2/ with the trust podman and skopeo use (certs.d). An empty `host` is the
    /// first reachable candidate of `project`. A store that fails finishes with its error and
    /// what was stored before it.
    ValueReply<SavedLogin> *saveLogin(const QString &project, const QString &host,
                                      const QStringList &files, bool check);

    /// Workstation::checkWithClients() on `host` with `image`, else with the newest tag of
    /// `project` (ImageStreamInfo::newestTag()); when the project has none, or may not be
    /// listed, only the saved logins are checked, and noImage says why.
    ValueReply<ClientChecks> *checkWithClients(const QString &project, const QString &host,
                                               const QString &image, const QString &authFile);

    /// The OpenShift registry answers 401 both to a bad token and to a denied access review.
    /// When `error` is such a 401 and the API still accepts the token, finishes with an error
    /// that says which permission on `repository` ("project/name") is missing and which role
    /// grants it; else with `error` unchanged.
    ValueReply<Error> *explain(const Error &error, const QString &repository, bool push);

private:
    struct Gathered;
    void publishedIn(QStringList projects, Reply *reply, std::shared_ptr<Gathered> gathered,
                     std::function<void()> done);
    void probe(QStringList hosts, const Error &last, ValueReply<QString> *reply,
               const Oci::RegistryOptions &tls, QNetworkAccessManager *nam);

    Kube::KubeClient *m_client;
    QByteArray m_token;
    std::optional<QStringList> m_candidates;
    QString m_candidatesProject;
};

} // namespace Berth::OpenShift
