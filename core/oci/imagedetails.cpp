// SPDX-License-Identifier: Apache-2.0
#include "imagedetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

/// The keys of a Docker "set" ({"8080/tcp": {}}), sorted.
QStringList keys(const QJsonValue &value)
{
    QStringList out = value.toObject().keys();
    out.sort();
    return out;
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue timestampJson(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toString(time.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

/// Checks the tags of one digest, a few HEADs at a time, for tagsOfDigest().
class TagScan final : public QObject
{
public:
    TagScan(RegistryClient *client, ValueReply<TagsOfDigest> *reply, QString repository,
            Digest digest, QStringList tags, bool complete)
        : QObject(reply)
        , m_client(client)
        , m_reply(reply)
        , m_repository(std::move(repository))
        , m_digest(std::move(digest))
        , m_tags(std::move(tags))
        , m_matches(m_tags.size(), false)
        , m_complete(complete)
    { }

    void next()
    {
        while (m_running < s_parallel && m_next < m_tags.size()) {
            const qsizetype i = m_next++;
            ++m_running;
            auto *head = m_reply->follow(m_client->headManifest(m_repository, m_tags.at(i)));
            m_heads.append(head);
            connect(head, &Reply::finished, this, [this, head, i] {
                --m_running;
                if (m_reply->isFinished() || m_failed)
                    return;
                // A tag deleted since the list is not one of them; any other error is the scan's,
                // and the HEADs still running stop.
                if (head->error() && head->error().httpStatus() != 404) {
                    m_failed = true;
                    m_reply->finish(head->error());
                    for (const QPointer<Reply> &other : std::as_const(m_heads)) {
                        if (other && other != head)
                            other->abort();
                    }
                    return;
                }
                m_matches[i] = !head->error() && head->value().digest == m_digest;
                if (m_next < m_tags.size())
                    return next();
                if (m_running == 0)
                    done();
            });
        }
        if (m_tags.isEmpty())
            done();
    }

private:
    void done()
    {
        TagsOfDigest found;
        found.complete = m_complete;
        for (qsizetype i = 0; i < m_tags.size(); ++i) {
            if (m_matches.at(i))
                found.tags.append(m_tags.at(i));
        }
        m_reply->finishWith(found);
    }

    static constexpr int s_parallel = 4;
    RegistryClient *m_client;
    ValueReply<TagsOfDigest> *m_reply;
    QString m_repository;
    Digest m_digest;
    QStringList m_tags;
    QList<bool> m_matches;
    bool m_complete;
    QList<QPointer<Reply>> m_heads;
    qsizetype m_next = 0;
    int m_running = 0;
    bool m_failed = false;
};

} // namespace

Result<ImageConfig> ImageConfig::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error(Error::Kind::Parse,
                     Tr::tr("the image config is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = document.object();
    const QJsonObject run = o.value("config"_L1).toObject();
    ImageConfig config;
    config.created = timestamp(o.value("created"_L1));
    config.author = o.value("author"_L1).toString();
    config.dockerVersion = o.value("docker_version"_L1).toString();
    config.architecture = o.value("architecture"_L1).toString();
    config.os = o.value("os"_L1).toString();
    config.variant = o.value("variant"_L1).toString();
    config.entrypoint = strings(run.value("Entrypoint"_L1));
    config.cmd = strings(run.value("Cmd"_L1));
    config.env = strings(run.value("Env"_L1));
    config.user = run.value("User"_L1).toString();
    config.workingDir = run.value("WorkingDir"_L1).toString();
    config.exposedPorts = keys(run.value("ExposedPorts"_L1));
    config.volumes = keys(run.value("Volumes"_L1));
    const QJsonObject labels = run.value("Labels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it->isString())
            config.labels.insert(it.key(), it->toString());
    }
    for (const QJsonValue &v : o.value("history"_L1).toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject step = v.toObject();
        config.history.append(
            {timestamp(step.value("created"_L1)), step.value("created_by"_L1).toString(),
             step.value("comment"_L1).toString(), step.value("empty_layer"_L1).toBool()});
    }
    return config;
}

QJsonObject ImageDetails::toJson() const
{
    QJsonObject out {{u"Name"_s, QString(registry + u'/' + repository)},
                     {u"Digest"_s, manifest.digest.toString()},
                     {u"MediaType"_s, manifest.mediaType},
                     {u"RepoTags"_s, QJsonArray::fromStringList(tags)}};
    if (manifest.isIndex) {
        QJsonArray platforms;
        for (const Descriptor &d : manifest.manifests)
            platforms.append(QJsonObject {{u"Platform"_s, d.platform.toString()},
                                          {u"Digest"_s, d.digest.toString()},
                                          {u"Size"_s, d.size}});
        out.insert(u"Manifests"_s, platforms);
        return out;
    }
    QJsonArray layers, layersData;
    for (const Descriptor &l : manifest.layers) {
        layers.append(l.digest.toString());
        layersData.append(QJsonObject {{u"MIMEType"_s, l.mediaType},
                                       {u"Digest"_s, l.digest.toString()},
                                       {u"Size"_s, l.size},
                                       {u"Annotations"_s, l.annotations}});
    }
    out.insert(u"Layers"_s, layers);
    out.insert(u"LayersData"_s, layersData);
    out.insert(u"Size"_s, manifest.layersSize());
    if (!configError.isEmpty())
        out.insert(u"ConfigError"_s, configError);
    if (!config)
        return out;
    QJsonObject labels;
    for (auto it = config->labels.cbegin(); it != config->labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray history;
    for (const ImageConfig::Step &step : config->history)
        history.append(QJsonObject {{u"Created"_s, timestampJson(step.created)},
                                    {u"CreatedBy"_s, step.createdBy},
                                    {u"Comment"_s, step.comment},
                                    {u"EmptyLayer"_s, step.emptyLayer}});
    out.insert(u"Created"_s, timestampJson(config->created));
    out.insert(u"DockerVersion"_s, config->dockerVersion);
    out.insert(u"Author"_s, config->author);
    out.insert(u"Architecture"_s, config->architecture);
    out.insert(u"Os"_s, config->os);
    out.insert(u"Variant"_s, config->variant);
    out.insert(u"Labels"_s, labels);
    out.insert(u"Env"_s, QJsonArray::fromStringList(config->env));
    out.insert(u"Entrypoint"_s, QJsonArray::fromStringList(config->entrypoint));
    out.insert(u"Cmd"_s, QJsonArray::fromStringList(config->cmd));
    out.insert(u"User"_s, config->user);
    out.insert(u"WorkingDir"_s, config->workingDir);
    out.insert(u"ExposedPorts"_s, QJsonArray::fromStringList(config->exposedPorts));
    out.insert(u"Volumes"_s, QJsonArray::fromStringList(config->volumes));
    out.insert(u"History"_s, history);
    return out;
}

ValueReply<ImageDetails> *inspectImage(RegistryClient *client, const QString &registry,
                                       const QString &repository, const QString &reference,
                                       bool listTags)
{
    auto *reply = new ValueReply<ImageDetails>(client);
    auto details = std::make_shared<ImageDetails>();
    details->registry = registry;
    details->repository = repository;
    details->reference = reference;
    auto finish = [client, reply, details, repository, listTags] {
        if (!listTags)
            return reply->finishWith(*details);
        auto *tags = reply->follow(client->tags(repository));
        QObject::connect(tags, &Reply::finished, reply, [reply, tags, details] {
            // A registry may allow a pull and refuse the list: the details stand without it.
            if (!tags->error())
                details->tags = tags->value();
            reply->finishWith(*details);
        });
    };
    auto *manifest = client->manifest(repository, reference);
    reply->chain(manifest, [client, reply, manifest, details, repository, finish] {
        details->manifest = manifest->value();
        const Descriptor &config = details->manifest.config;
        // An artifact's config (a Helm chart's, the empty one) is no image config.
        if (config.mediaType != QLatin1String(MediaType::OciConfig)
            && config.mediaType != QLatin1String(MediaType::DockerConfig))
            return finish();
        auto *blob = reply->follow(client->smallBlob(repository, config));
        QObject::connect(blob, &Reply::finished, reply, [reply, blob, details, finish] {
            if (reply->isFinished())
                return;
            Result<ImageConfig> parsed = blob->error() ? Result<ImageConfig>(blob->error())
                                                       : ImageConfig::parse(blob->value());
            if (parsed)
                details->config = *parsed;
            else
                details->configError = parsed.error().message();
            finish();
        });
    });
    return reply;
}

ValueReply<TagsOfDigest> *tagsOfDigest(RegistryClient *client, const QString &repository,
                                       const Digest &digest, qsizetype maxChecked)
{
    auto *reply = new ValueReply<TagsOfDigest>(client);
    auto *tags = client->tags(repository);
    reply->chain(tags, [client, reply, tags, repository, digest, maxChecked] {
        const QStringList all = tags->value();
        auto *scan = new TagScan(client, reply, repository, digest, all.mid(0, maxChecked),
                                 all.size() <= maxChecked);
        scan->next();
    });
    return reply;
}

QString DeletedImage::tagsInWords() const
{
    if (!tags)
        //: The tags that go with a deleted digest, when listing them failed.
        return Tr::tr("not known (%1)").arg(tagsError.message());
    if (tags->tags.isEmpty())
        //: The tags that go with a deleted digest: there are none.
        return Tr::tr("none", "no tags");
    if (tags->complete)
        return tags->tags.join(u", "_s);
    //: %1: tags; %2: how many tags were checked.
    return Tr::tr("%1, and perhaps others: only the first %2 tags were checked")
        .arg(tags->tags.join(u", "_s))
        .arg(maxTagsChecked);
}

ValueReply<DeletedImage> *planImageDeletion(RegistryClient *client, const QString &repository,
                                            const QString &reference)
{
    auto *reply = new ValueReply<DeletedImage>(client);
    auto *head = client->headManifest(repository, reference);
    reply->chain(head, [client, reply, head, repository] {
        DeletedImage planned;
        planned.digest = head->value().digest;
        auto *tags = reply->follow(tagsOfDigest(client, repository, planned.digest));
        QObject::connect(tags, &Reply::finished, reply, [reply, tags, planned]() mutable {
            if (reply->isFinished())
                return;
            if (tags->error())
                planned.tagsError = tags->error();
            else
                planned.tags = tags->value();
            reply->finishWith(planned);
        });
    });
    return reply;
}

ValueReply<DeletedImage> *deleteImage(RegistryClient *client, const QString &repository,
                                      const DeletedImage &planned)
{
    auto *reply = new ValueReply<DeletedImage>(client);
    auto *removal = reply->follow(client->deleteManifest(repository, planned.digest));
    QObject::connect(removal, &Reply::finished, reply, [reply, removal, planned] {
        Error error = removal->error();
        if (error.httpStatus() == 405)
            error.setHint(Tr::tr("This registry does not allow deleting manifests "
                                 "(REGISTRY_STORAGE_DELETE_ENABLED=true enables it)."));
        if (error)
            return reply->finish(error);
        reply->finishWith(planned);
    });
    return reply;
}

ValueReply<DeletedImage> *deleteImage(RegistryClient *client, const QString &repository,
                                      const QString &reference)
{
    auto *reply = new ValueReply<DeletedImage>(client);
    auto *planned = planImageDeletion(client, repository, reference);
    reply->chain(planned, [client, reply, planned, repository] {
        auto *removal = deleteImage(client, repository, planned->value());
        reply->chain(removal, [reply, removal] { reply->finishWith(removal->value()); });
    });
    return reply;
}

} // namespace Berth::Oci
