// SPDX-License-Identifier: Apache-2.0
#include "userinfo.h"

#include "kubeclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

static QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

ValueReply<UserInfo> *fetchUserInfo(KubeClient *client)
{
    auto *reply = new ValueReply<UserInfo>(client);
    const QJsonObject review {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s},
                              {u"kind"_s, u"SelfSubjectReview"_s}};
    auto *ssr = reply->follow(
        client->postPath(u"/apis/authentication.k8s.io/v1/selfsubjectreviews"_s, review));
    QObject::connect(ssr, &Reply::finished, reply, [client, reply, ssr] {
        if (reply->error())
            return; // aborted: nothing more is sent
        if (ssr->error().kind() == Error::Kind::Unauthorized
            || ssr->error().kind() == Error::Kind::Network
            || ssr->error().kind() == Error::Kind::Tls
            || ssr->error().kind() == Error::Kind::Timeout)
            return reply->finish(ssr->error());
        if (!ssr->error()) {
            const QJsonObject info
                = ssr->value().value("status"_L1).toObject().value("userInfo"_L1).toObject();
            const UserInfo user {info.value("username"_L1).toString(),
                                 strings(info.value("groups"_L1))};
            if (!user.username.isEmpty())
                return reply->finishWith(user);
        }
        auto *tilde = reply->follow(client->getPath(u"/apis/user.openshift.io/v1/users/~"_s));
        QObject::connect(tilde, &Reply::finished, reply, [reply, tilde] {
            if (reply->error())
                return;
            if (tilde->error())
                return reply->finish(tilde->error());
            reply->finishWith(
                {tilde->value().value("metadata"_L1).toObject().value("name"_L1).toString(),
                 strings(tilde->value().value("groups"_L1))});
        });
    });
    return reply;
}

} // namespace Berth::Kube
