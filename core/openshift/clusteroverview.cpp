// SPDX-License-Identifier: Apache-2.0
#include "clusteroverview.h"

#include "kube/kubeclient.h"
#include "kube/userinfo.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

QList<Condition> Condition::fromStatus(const QJsonObject &status)
{
    QList<Condition> out;
    for (const QJsonValue &v : status.value("conditions"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        out.append(
            {c.value("type"_L1).toString(), c.value("status"_L1).toString(),
             c.value("reason"_L1).toString(), c.value("message"_L1).toString(),
             QDateTime::fromString(c.value("lastTransitionTime"_L1).toString(), Qt::ISODate)});
    }
    return out;
}

ClusterOverview::ClusterOverview(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString ClusterOverview::defaultStorageClass(const QJsonArray &storageClasses)
{
    for (const QJsonValue &v : storageClasses) {
        const QJsonObject meta = v.toObject().value("metadata"_L1).toObject();
        const QJsonObject annotations = meta.value("annotations"_L1).toObject();
        if (annotations.value("storageclass.kubernetes.io/is-default-class"_L1).toString()
            == u"true")
            return meta.value("name"_L1).toString();
    }
    return {};
}

ValueReply<ClusterOverviewData> *ClusterOverview::fetch()
{
    auto *reply = new ValueReply<ClusterOverviewData>(this);
    auto data = std::make_shared<ClusterOverviewData>();
    data->server = m_client->server();
    auto pending = std::make_shared<int>(5);
    auto fatal = std::make_shared<Error>();
    auto done = [reply, data, pending, fatal] {
        if (--*pending > 0)
            return;
        if (*fatal)
            reply->finish(*fatal);
        else
            reply->finishWith(*data);
    };

    auto *user = reply->follow(Kube::fetchUserInfo(m_client));
    connect(user, &Reply::finished, reply, [user, data, fatal, done] {
        if (user->error())
            *fatal = user->error();
        else {
            data->user = user->value().username;
            data->groups = user->value().groups;
        }
        done();
    });

    auto *version = reply->follow(m_client->getPath(u"/version"_s));
    connect(version, &Reply::finished, reply, [version, data, done] {
        if (!version->error())
            data->kubernetesVersion = version->value().value("gitVersion"_L1).toString();
        done();
    });

    auto *clusterVersion
        = reply->follow(m_client->get(Kube::Resources::clusterVersions(), {}, u"version"_s));
    connect(clusterVersion, &Reply::finished, reply, [clusterVersion, data, done] {
        if (!clusterVersion->error()) {
            const QJsonObject status = clusterVersion->value().value("status"_L1).toObject();
            data->openshiftVersion
                = status.value("desired"_L1).toObject().value("version"_L1).toString();
        }
        done();
    });

    auto *registry
        = reply->follow(m_client->get(Kube::Resources::registryConfigs(), {}, u"cluster"_s));
    connect(registry, &Reply::finished, reply, [registry, data, done] {
        if (registry->error()) {
            data->registryProblem = registry->error().message();
        } else {
            const QJsonObject config = registry->value();
            const QJsonObject spec = config.value("spec"_L1).toObject();
            data->registryManagementState = spec.value("managementState"_L1).toString();
            const QJsonObject storage = spec.value("storage"_L1).toObject();
            if (storage.contains("pvc"_L1)) {
                const QString claim
                    = storage.value("pvc"_L1).toObject().value("claim"_L1).toString();
                data->registryStorage = claim.isEmpty() ? u"pvc"_s : u"pvc (%1)"_s.arg(claim);
            } else if (!storage.isEmpty()) {
                QStringList kinds = storage.keys();
                kinds.removeAll(u"managementState"_s);
                data->registryStorage = kinds.join(u", "_s);
            }
            data->registryConditions = Condition::fromStatus(config.value("status"_L1).toObject());
        }
        done();
    });

    auto *classes = reply->follow(m_client->list(Kube::Resources::storageClasses()));
    connect(classes, &Reply::finished, reply, [classes, data, done] {
        if (!classes->error()) {
            data->defaultStorageClass = defaultStorageClass(classes->value());
            for (const QJsonValue &v : classes->value())
                data->storageClasses.append(
                    v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString());
        }
        done();
    });
    return reply;
}

} // namespace Berth::OpenShift
