// SPDX-License-Identifier: Apache-2.0
#include "clusterregistry.h"

#include "common/logging.h"
#include "kube/kubeclient.h"
#include "kube/userinfo.h"
#include "oci/registrytransport.h"
#include "openshift/imagestreams.h"
#include "openshift/registryconfig.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
/// What the files of a login took, up to the first that failed.
struct StoredFiles
{
    QList<Workstation::StoredCredential> stored;
    Error error;
};
} // namespace

/// The candidates being gathered, in the order they are best tried.
struct ClusterRegistry::Gathered
{
    QStringList routes;
    QStringList external;
    QStringList published; ///< from ImageStreams, when the user may read neither of the above
    QString internal;
    QStringList all() const
    {
        QStringList out;
        for (const QStringList *list : {&routes, &external, &published}) {
            for (const QString &host : *list) {
                if (!host.isEmpty() && !out.contains(host))
                    out.append(host);
            }
        }
        if (!internal.isEmpty() && !out.contains(internal))
            out.append(internal);
        return out;
    }
};

ClusterRegistry::ClusterRegistry(Kube::KubeClient *client, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_token(std::move(token))
{ }

void ClusterRegistry::reload()
{
    m_candidates.reset();
}

ValueReply<QStringList> *ClusterRegistry::candidates(const QString &project)
{
    auto *reply = new ValueReply<QStringList>(this);
    if (m_candidates) {
        reply->finishWith(*m_candidates);
        return reply;
    }
    auto gathered = std::make_shared<Gathered>();
    auto done = [this, reply, gathered] {
        m_candidates = gathered->all();
        reply->finishWith(*m_candidates);
    };
    auto published = [this, reply, gathered, done, project] {
        QStringList projects {project, u"openshift"_s};
        projects.removeAll(QString());
        publishedIn(projects, reply, gathered, done);
    };
    auto *config = reply->follow(m_client->get(Kube::Resources::imageConfigs(), {}, u"cluster"_s));
    connect(config, &Reply::finished, reply, [this, config, reply, gathered, done, published] {
        if (reply->error())
            return; // aborted
        if (!config->error()) {
            const QJsonObject status = config->value().value("status"_L1).toObject();
            for (const QJsonValue &h : status.value("externalRegistryHostnames"_L1).toArray())
                gathered->external.append(h.toString());
            gathered->internal = status.value("internalRegistryHostname"_L1).toString();
        }
        auto *routes
            = reply->follow(m_client->list(Kube::Resources::routes(), registryNamespace()));
        connect(routes, &Reply::finished, reply, [reply, routes, gathered, done, published] {
            if (reply->error())
                return;
            for (const QJsonValue &r : routes->value())
                gathered->routes.append(
                    r.toObject().value("spec"_L1).toObject().value("host"_L1).toString());
            if (gathered->routes.isEmpty() && gathered->external.isEmpty())
                return published();
            done();
        });
    });
    return reply;
}

void ClusterRegistry::publishedIn(QStringList projects, Reply *reply,
                                  std::shared_ptr<Gathered> gathered, std::function<void()> done)
{
    // ImageStreams say where their images are pushed (publicDockerImageRepository, once the
    // registry has an external name): the user's project first, then `openshift`.
    if (projects.isEmpty())
        return done();
    auto *streams
        = reply->follow(m_client->list(Kube::Resources::imageStreams(), projects.takeFirst()));
    connect(streams, &Reply::finished, reply, [this, streams, reply, gathered, done, projects] {
        if (reply->error())
            return;
        for (const QJsonValue &s : streams->value()) {
            const QString repository = s.toObject()
                                           .value("status"_L1)
                                           .toObject()
                                           .value("publicDockerImageRepository"_L1)
                                           .toString();
            if (!repository.isEmpty()) {
                gathered->published.append(repository.section(u'/', 0, 0));
                return done();
            }
        }
        publishedIn(projects, reply, gathered, done);
    });
}

ValueReply<QString> *ClusterRegistry::reachable(const QString &project,
                                                const Oci::RegistryOptions &tls)
{
    auto *reply = new ValueReply<QString>(this);
    auto *listed = reply->follow(candidates(project));
    connect(listed, &Reply::finished, reply, [this, listed, reply, tls] {
        if (reply->error())
            return;
        if (listed->error())
            return reply->finish(listed->error());
        probe(listed->value(), {}, reply, tls, new QNetworkAccessManager(reply));
    });
    return reply;
}

void ClusterRegistry::probe(QStringList hosts, const Error &last, ValueReply<QString> *reply,
                            const Oci::RegistryOptions &tls, QNetworkAccessManager *nam)
{
    if (hosts.isEmpty())
        return reply->finish(
            last ? last
                 : Error(Error::Kind::NotFound, Tr::tr("the cluster names no registry host")));
    const QString host = hosts.takeFirst();
    Oci::RegistryOptions options = tls;
    useToken(host, &options);
    auto *transport = new Oci::RegistryTransport(host, options, nam, reply);
    Reply *ping = reply->follow(transport->ping());
    connect(ping, &Reply::finished, reply, [this, reply, ping, transport, host, hosts, tls, nam] {
        transport->deleteLater();
        if (reply->error())
            return; // aborted: no other host gets the token
        // Any answer of a registry will do: a 401 is an answer too, and so is a certificate
        // not trusted yet (that host is the registry; trusting it is the next step).
        const Error::Kind kind = ping->error().kind();
        if (!ping->error() || kind == Error::Kind::Unauthorized || kind == Error::Kind::Forbidden
            || kind == Error::Kind::Tls)
            return reply->finishWith(host);
        qCInfo(lcOci) << "the registry does not answer on" << host << ping->error().detail();
        probe(hosts, ping->error(), reply, tls, nam);
    });
}

bool ClusterRegistry::isClusterHost(const QString &host) const
{
    return m_candidates && m_candidates->contains(host);
}

bool ClusterRegistry::useToken(const QString &host, Oci::RegistryOptions *options) const
{
    if (options->credential || !options->bearerToken.isEmpty() || !isClusterHost(host))
        return false;
    options->bearerToken = m_token;
    return true;
}

Result<Workstation::Credential> ClusterRegistry::loginCredential(const QString &host,
                                                                 const QString &username) const
{
    if (m_token.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("this login has no token to store (it uses a client certificate); log "
                            "in with a token: berthctl login --token"));
    if (!isClusterHost(host))
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("%1 is not this cluster's registry; Berth gives the cluster's token to "
                            "its registry only (%2)")
                         .arg(host, m_candidates ? m_candidates->join(u", "_s) : QString()));
    Workstation::Credential credential;
    credential.username = username;
    credential.password = QString::fromUtf8(m_token);
    return credential;
}

ValueReply<Workstation::Credential> *ClusterRegistry::tokenLogin(const QString &project,
                                                                 const QString &host)
{
    auto *reply = new ValueReply<Workstation::Credential>(this);
    reply->chain(candidates(project), [this, reply, host] {
        auto *user = Kube::fetchUserInfo(m_client);
        reply->chain(user, [this, reply, host, user] {
            const Result<Workstation::Credential> credential
                = loginCredential(host, user->value().username);
            if (!credential)
                return reply->finish(credential.error());
            reply->finishWith(*credential);
        });
    });
    return reply;
}

ValueReply<SavedLogin> *ClusterRegistry::saveLogin(const QString &project, const QString &host,
                                                   const QStringList &files, bool check)
{
    auto *reply = new ValueReply<SavedLogin>(this);
    auto saved = std::make_shared<SavedLogin>();
    auto store = [this, reply, saved, files, check, project] {
        auto *login = tokenLogin(project, saved->host);
        reply->chain(login, [reply, saved, files, check, login] {
            const Workstation::Credential credential = login->value();
            saved->username = credential.username;
            // Off the GUI thread: a credential helper may take its time (a keyring to unlock),
            // and the window must not wait for it. A login given up meanwhile (another login
            // opened, the page closed) writes no further file.
            auto givenUp = std::make_shared<std::atomic_bool>(false);
            connect(reply, &QObject::destroyed, [givenUp] { *givenUp = true; });
            reply->setAbortHandler([givenUp] { *givenUp = true; });
            QtConcurrent::run(Workstation::AuthFile::pool(),
                              [files, host = saved->host, credential, givenUp] {
                                  StoredFiles done;
                                  for (const QString &file : files) {
                                      if (*givenUp) {
                                          done.error = Error::cancelled();
                                          break;
                                      }
                                      const Result<Workstation::StoredCredential> stored
                                          = Workstation::AuthFile::store(file, host, credential);
                                      if (!stored) {
                                          done.error = stored.error();
                                          break;
                                      }
                                      done.stored.append(*stored);
                                  }
                                  return done;
                              })
                .then(reply, [reply, saved, check, credential](const StoredFiles &done) {
                    saved->stored = done.stored;
                    if (done.error)
                        return reply->finishWith(*saved, done.error);
                    if (!check)
                        return reply->finishWith(*saved);
                    Oci::RegistryOptions options;
                    options.credential = credential;
                    Reply *access = reply->follow(Oci::checkAccess(saved->host, options, reply));
                    connect(access, &Reply::finished, reply, [reply, saved, access] {
                        saved->checked = true;
                        saved->check = access->error();
                        reply->finishWith(*saved);
                    });
                });
        });
    };
    saved->host = host;
    if (!host.isEmpty()) {
        store();
        return reply;
    }
    auto *reached = reply->follow(reachable(project, Oci::RegistryOptions {}));
    connect(reached, &Reply::finished, reply, [reply, saved, reached, store] {
        if (reached->error())
            return reply->finish(reached->error().about(Tr::tr("the cluster's registry")));
        saved->host = reached->value();
        store();
    });
    return reply;
}

ValueReply<ClientChecks> *ClusterRegistry::checkWithClients(const QString &project,
                                                            const QString &host,
                                                            const QString &image,
                                                            const QString &authFile)
{
    auto *reply = new ValueReply<ClientChecks>(this);
    auto found = std::make_shared<ClientChecks>();
    found->image = image;
    auto run = [reply, found, host, authFile] {
        auto *checks = Workstation::checkWithClients(host, found->image, authFile, reply);
        reply->chain(checks, [reply, found, checks] {
            found->checks = checks->value();
            reply->finishWith(*found);
        });
    };
    if (!image.isEmpty()) {
        run();
        return reply;
    }
    auto *streams = new ImageStreams(m_client, reply);
    auto *listed = reply->follow(streams->list(project));
    connect(listed, &Reply::finished, reply, [reply, found, listed, project, run] {
        if (listed->error().kind() == Error::Kind::Cancelled)
            return;
        if (listed->error())
            found->noImage = listed->error().message();
        else if (found->image = ImageStreamInfo::newestTag(listed->value()); found->image.isEmpty())
            found->noImage = Tr::tr("project %1 has no image yet").arg(project);
        run();
    });
    return reply;
}

ValueReply<Error> *ClusterRegistry::explain(const Error &error, const QString &repository,
                                            bool push)
{
    auto *reply = new ValueReply<Error>(this);
    if (error.kind() != Error::Kind::Unauthorized || !repository.contains(u'/')) {
        reply->finishWith(error);
        return reply;
    }
    auto *user = reply->follow(Kube::fetchUserInfo(m_client));
    connect(user, &Reply::finished, reply, [this, user, reply, error, repository, push] {
        if (reply->error())
            return;
        if (user->error()) // the API refuses the token too: it is the token
            return reply->finishWith(error);
        const QString project = repository.section(u'/', 0, 0);
        const QString verb = push ? u"update"_s : u"get"_s;
        const QJsonObject review {{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                                  {u"kind"_s, u"SelfSubjectAccessReview"_s},
                                  {u"spec"_s,
                                   QJsonObject {{u"resourceAttributes"_s,
                                                 QJsonObject {{u"namespace"_s, project},
                                                              {u"verb"_s, verb},
                                                              {u"group"_s, u"image.openshift.io"_s},
                                                              {u"resource"_s, u"imagestreams"_s},
                                                              {u"subresource"_s, u"layers"_s}}}}}};
        auto *access = reply->follow(m_client->postPath(
            u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s, review));
        const QString name = user->value().username;
        connect(
            access, &Reply::finished, reply,
            [access, reply, error, repository, project, verb, name, push] {
                if (access->error()
                    || access->value().value("status"_L1).toObject().value("allowed"_L1).toBool())
                    return reply->finishWith(error);
                const QString role = push ? u"registry-editor"_s : u"registry-viewer"_s;
                reply->finishWith(
                    Error(Error::Kind::Forbidden,
                          (push ? Tr::tr("%1 may not push to %2: that needs %3 on "
                                         "imagestreams/layers in project %4, which the %5 role "
                                         "grants (oc policy add-role-to-user %5 %1 -n %4)")
                                : Tr::tr("%1 may not pull from %2: that needs %3 on "
                                         "imagestreams/layers in project %4, which the %5 role "
                                         "grants (oc policy add-role-to-user %5 %1 -n %4)"))
                              .arg(name, repository, verb, project, role)));
            });
    });
    return reply;
}

} // namespace Berth::OpenShift
