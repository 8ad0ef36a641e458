// SPDX-License-Identifier: Apache-2.0
#include "imagestreams.h"

#include "kube/kubeclient.h"
#include "kube/userinfo.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

static Kube::ResourceType imageStreamTags()
{
    Kube::ResourceType t = Kube::Resources::imageStreams();
    t.resource = u"imagestreamtags"_s;
    t.kind = u"ImageStreamTag"_s;
    return t;
}

ImageStreams::ImageStreams(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QDateTime ImageStreamInfo::lastPush() const
{
    QDateTime out;
    for (const TagInfo &t : tags)
        out = qMax(out, t.created);
    return out;
}

QString ImageStreamInfo::newestTag(const QList<ImageStreamInfo> &streams)
{
    QString newest;
    QDateTime created;
    for (const ImageStreamInfo &stream : streams) {
        for (const TagInfo &t : stream.tags) {
            if (t.digest.isEmpty() || (!newest.isEmpty() && t.created <= created))
                continue;
            newest = stream.project + u'/' + stream.name + u':' + t.tag;
            created = t.created;
        }
    }
    return newest;
}

ValueReply<QList<ImageStreamInfo>> *ImageStreams::list(const QString &project)
{
    auto *reply = new ValueReply<QList<ImageStreamInfo>>(this);
    auto *list = reply->follow(m_client->list(Kube::Resources::imageStreams(), project));
    connect(list, &Reply::finished, reply, [list, reply, project] {
        if (list->error())
            return reply->finish(list->error());
        QList<ImageStreamInfo> out;
        for (const QJsonValue &v : list->value()) {
            const QJsonObject o = v.toObject();
            ImageStreamInfo info {
                project, o.value("metadata"_L1).toObject().value("name"_L1).toString(), {}};
            for (const QJsonValue &t : o.value("status"_L1).toObject().value("tags"_L1).toArray()) {
                const QJsonObject item
                    = t.toObject().value("items"_L1).toArray().first().toObject();
                info.tags.append(
                    {t.toObject().value("tag"_L1).toString(), item.value("image"_L1).toString(),
                     QDateTime::fromString(item.value("created"_L1).toString(), Qt::ISODate)});
            }
            out.append(info);
        }
        reply->finishWith(out);
    });
    return reply;
}

ValueReply<QStringList> *ImageStreams::projects()
{
    auto *reply = new ValueReply<QStringList>(this);
    auto *list = reply->follow(m_client->list(Kube::Resources::projects()));
    connect(list, &Reply::finished, reply, [list, reply] {
        if (list->error())
            return reply->finish(list->error());
        QStringList out;
        for (const QJsonValue &v : list->value())
            out.append(v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString());
        reply->finishWith(out);
    });
    return reply;
}

ValueReply<QStringList> *ImageStreams::repositories(const QString &project)
{
    auto *reply = new ValueReply<QStringList>(this);
    auto *list = reply->follow(m_client->list(Kube::Resources::imageStreams(), project));
    connect(list, &Reply::finished, reply, [list, reply, project] {
        if (list->error())
            return reply->finish(list->error());
        QStringList out;
        for (const QJsonValue &v : list->value())
            out.append(project + u'/'
                       + v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString());
        reply->finishWith(out);
    });
    return reply;
}

Command ImageStreams::untagCommand(const QString &project, const QString &name, const QString &tag)
{
    return Command({u"oc"_s, u"tag"_s, u"-d"_s, name + u':' + tag, u"-n"_s, project});
}

Command ImageStreams::showTagCommand(const QString &project, const QString &name,
                                     const QString &tag)
{
    return Command({u"oc"_s, u"get"_s, u"imagestreamtag"_s, name + u':' + tag, u"-n"_s, project,
                    u"-o"_s, u"yaml"_s});
}

Reply *ImageStreams::untag(const QString &project, const QString &name, const QString &tag)
{
    auto *reply = new Reply(this);
    auto *removal = reply->follow(m_client->remove(imageStreamTags(), project, name + u':' + tag));
    connect(removal, &Reply::finished, reply, [this, removal, reply, project] {
        if (removal->error().kind() != Error::Kind::Forbidden)
            return reply->finish(removal->error());
        // Refused: which role would allow it, for whom (the name as the API knows it).
        auto *user = reply->follow(Kube::fetchUserInfo(m_client));
        connect(user, &Reply::finished, reply, [user, reply, project, error = removal->error()] {
            Error refused = error;
            const QString name = user->error() ? u"USER"_s : user->value().username;
            refused.setHint(Tr::tr("Removing a tag needs delete on imagestreamtags in project %1, "
                                   "which the registry-editor role grants (oc policy "
                                   "add-role-to-user registry-editor %2 -n %1).")
                                .arg(project, name));
            reply->finish(refused);
        });
    });
    return reply;
}

} // namespace Berth::OpenShift
