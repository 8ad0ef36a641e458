// SPDX-License-Identifier: Apache-2.0
#include "kubeclient.h"

#include "common/logging.h"
#include "common/redaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Kube {

KubeClient::KubeClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

QByteArray KubeClient::contentType(PatchType type)
{
    switch (type) {
    case PatchType::Merge:
        return "application/merge-patch+json";
    case PatchType::Json:
        return "application/json-patch+json";
    case PatchType::Strategic:
        return "application/strategic-merge-patch+json";
    }
    return {};
}

QUrl KubeClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_server;
    QString base = u.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

static void addSelectors(QUrlQuery &q, const ListOptions &options)
{
    if (!options.labelSelector.isEmpty())
        q.addQueryItem(u"labelSelector"_s, options.labelSelector);
    if (!options.fieldSelector.isEmpty())
        q.addQueryItem(u"fieldSelector"_s, options.fieldSelector);
}

static QUrlQuery writeQuery(const WriteOptions &options)
{
    QUrlQuery q;
    if (options.dryRun)
        q.addQueryItem(u"dryRun"_s, u"All"_s);
    if (!options.fieldManager.isEmpty())
        q.addQueryItem(u"fieldManager"_s, options.fieldManager);
    if (!options.fieldValidation.isEmpty())
        q.addQueryItem(u"fieldValidation"_s, options.fieldValidation);
    return q;
}

void KubeClient::surfaceWarnings(const HttpResponse &response)
{
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Warning", Qt::CaseInsensitive) != 0)
            continue;
        // RFC 7234 warning: `299 - "text"`.
        QString text = QString::fromUtf8(value);
        const qsizetype quote = text.indexOf(u'"');
        if (quote >= 0 && text.endsWith(u'"'))
            text = text.mid(quote + 1, text.size() - quote - 2).replace(u"\\\""_s, u"\""_s);
        Q_EMIT warning(text);
    }
}

void KubeClient::finishWithStatus(ValueReply<QJsonObject> *reply, const HttpResponse &response,
                                  const QUrl &url, const ResourceType *type)
{
    surfaceWarnings(response);
    if (response.status >= 200 && response.status < 300) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        if (!response.body.isEmpty() && !doc.isObject()) {
            reply->finish(
                Error(Error::Kind::Parse, parseError.errorString(), {}, response.status, url));
            return;
        }
        reply->finishWith(doc.object());
        return;
    }
    Error error = Error::fromStatus(response.status, response.body, url);
    if (response.status == 401)
        Q_EMIT sessionExpired();
    // A 404 in an OpenShift group may mean the group itself is missing: ask discovery.
    if (response.status == 404 && type && type->isOpenShift()) {
        HttpReply *discovery = m_http->send({"GET", this->url(type->groupVersionPath()), {}, {}});
        connect(discovery, &Reply::finished, reply, [reply, discovery, error, type = *type] {
            if (!discovery->error() && discovery->response().status == 404) {
                Error notOpenShift(Error::Kind::NotOpenShift,
                                   Tr::tr("the API group %1 is not served").arg(type.group),
                                   u"NotFound"_s, 404, error.url());
                reply->finish(notOpenShift);
                return;
            }
            reply->finish(error);
        });
        return;
    }
    reply->finish(error);
}

ValueReply<QJsonObject> *KubeClient::sendJson(const QByteArray &method, const QString &path,
                                              const QUrlQuery &query, const QByteArray &body,
                                              const QByteArray &contentType,
                                              const ResourceType *type)
{
    auto *reply = new ValueReply<QJsonObject>(this);
    HttpRequest request {method, url(path, query), {}, body};
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    HttpReply *http = m_http->send(request);
    reply->setAbortHandler([http = QPointer<HttpReply>(http)] {
        if (http)
            http->abort();
    });
    const std::optional<ResourceType> typeCopy = type ? std::optional(*type) : std::nullopt;
    connect(http, &Reply::finished, reply, [this, reply, http, request, typeCopy] {
        if (http->error()) {
            reply->finish(http->error());
            return;
        }
        finishWithStatus(reply, http->response(), redacted(request.url),
                         typeCopy ? &*typeCopy : nullptr);
    });
    return reply;
}

ValueReply<QJsonObject> *KubeClient::get(const ResourceType &type, const QString &ns,
                                         const QString &name)
{
    return sendJson("GET", type.path(ns, name), {}, {}, {}, &type);
}

ValueReply<QJsonObject> *KubeClient::getPath(const QString &path)
{
    return sendJson("GET", path, {}, {}, {}, nullptr);
}

ValueReply<QJsonObject> *KubeClient::postPath(const QString &path, const QJsonObject &body)
{
    return sendJson("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json", nullptr);
}

WriteRequest KubeClient::createRequest(const ResourceType &type, const QString &ns,
                                       const QJsonObject &object, const WriteOptions &options)
{
    return {"POST", type.path(ns), writeQuery(options), "application/json",
            QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

WriteRequest KubeClient::replaceRequest(const ResourceType &type, const QString &ns,
                                        const QJsonObject &object, const WriteOptions &options)
{
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    return {"PUT", type.path(ns, name), writeQuery(options), "application/json",
            QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

WriteRequest KubeClient::patchRequest(const ResourceType &type, const QString &ns,
                                      const QString &name, PatchType patchType,
                                      const QByteArray &patch, const WriteOptions &options)
{
    return {"PATCH", type.path(ns, name), writeQuery(options), contentType(patchType), patch};
}

WriteRequest KubeClient::removeRequest(const ResourceType &type, const QString &ns,
                                       const QString &name, const WriteOptions &options,
                                       const Preconditions &preconditions)
{
    // A delete writes no fields: fieldManager and fieldValidation are for what a write stores.
    QUrlQuery q;
    if (options.dryRun)
        q.addQueryItem(u"dryRun"_s, u"All"_s);
    if (preconditions.isEmpty())
        return {"DELETE", type.path(ns, name), q, {}, {}};
    QJsonObject conditions;
    if (!preconditions.uid.isEmpty())
        conditions.insert(u"uid"_s, preconditions.uid);
    if (!preconditions.resourceVersion.isEmpty())
        conditions.insert(u"resourceVersion"_s, preconditions.resourceVersion);
    const QJsonObject body {{u"kind"_s, u"DeleteOptions"_s},
                            {u"apiVersion"_s, u"v1"_s},
                            {u"preconditions"_s, conditions}};
    return {"DELETE", type.path(ns, name), q, "application/json",
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

ValueReply<QJsonObject> *KubeClient::write(const ResourceType &type, const WriteRequest &request)
{
    if (request.contentType == contentType(PatchType::Strategic) && !type.builtIn) {
        // A real server answers 415 for custom resources; say why before sending.
        auto *reply = new ValueReply<QJsonObject>(this);
        reply->finish(
            Error(Error::Kind::InvalidInput,
                  Tr::tr("strategic merge patch is not supported for %1; use a merge patch")
                      .arg(type.qualifiedName())));
        return reply;
    }
    return sendJson(request.method, request.path, request.query, request.body, request.contentType,
                    &type);
}

ValueReply<QJsonObject> *KubeClient::create(const ResourceType &type, const QString &ns,
                                            const QJsonObject &object, const WriteOptions &options)
{
    return write(type, createRequest(type, ns, object, options));
}

ValueReply<QJsonObject> *KubeClient::replace(const ResourceType &type, const QString &ns,
                                             const QJsonObject &object, const WriteOptions &options)
{
    return write(type, replaceRequest(type, ns, object, options));
}

ValueReply<QJsonObject> *KubeClient::patch(const ResourceType &type, const QString &ns,
                                           const QString &name, PatchType patchType,
                                           const QByteArray &patch, const WriteOptions &options)
{
    return write(type, patchRequest(type, ns, name, patchType, patch, options));
}

ValueReply<QJsonObject> *KubeClient::remove(const ResourceType &type, const QString &ns,
                                            const QString &name, const WriteOptions &options,
                                            const Preconditions &preconditions)
{
    return write(type, removeRequest(type, ns, name, options, preconditions));
}

QString WriteRequest::text() const
{
    QString out = QString::fromLatin1(method) + u' ' + path;
    if (!query.isEmpty())
        out += u'?' + query.toString(QUrl::PrettyDecoded);
    if (contentType.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return out + u"\nContent-Type: "_s + QString::fromLatin1(contentType) + u"\n\n"_s
        + QString::fromUtf8(doc.isNull() ? body : doc.toJson(QJsonDocument::Indented));
}

void KubeClient::listPage(ValueReply<QJsonObject> *reply, const ResourceType &type,
                          const QString &ns, const ListOptions &options,
                          const QString &continueToken, QJsonObject list, bool restarted)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"500"_s);
    if (!continueToken.isEmpty())
        q.addQueryItem(u"continue"_s, continueToken);
    addSelectors(q, options);
    ValueReply<QJsonObject> *page = reply->follow(sendJson("GET", type.path(ns), q, {}, {}, &type));
    connect(page, &Reply::finished, reply, [=, this]() mutable {
        if (reply->error())
            return; // aborted
        if (page->error()) {
            // The continue token expired (410): start over once, as client-go's pager does.
            if (page->error().httpStatus() == 410 && !continueToken.isEmpty() && !restarted) {
                listPage(reply, type, ns, options, {}, {}, true);
                return;
            }
            reply->finish(page->error());
            return;
        }
        const QJsonObject pageObject = page->value();
        const QJsonObject meta = pageObject.value("metadata"_L1).toObject();
        QJsonArray items = list.value("items"_L1).toArray();
        for (const QJsonValue &item : pageObject.value("items"_L1).toArray())
            items.append(item);
        if (continueToken.isEmpty()) // the first page: its version is the snapshot's
            list.insert(u"metadata"_s,
                        QJsonObject {{u"resourceVersion"_s, meta.value("resourceVersion"_L1)}});
        list.insert(u"items"_s, items);
        const QString next = meta.value("continue"_L1).toString();
        if (next.isEmpty()) {
            reply->finishWith(list);
            return;
        }
        listPage(reply, type, ns, options, next, list, restarted);
    });
}

ValueReply<QJsonObject> *KubeClient::listObject(const ResourceType &type, const QString &ns,
                                                const ListOptions &options)
{
    auto *reply = new ValueReply<QJsonObject>(this);
    listPage(reply, type, ns, options, {}, {}, false);
    return reply;
}

ValueReply<QJsonArray> *KubeClient::list(const ResourceType &type, const QString &ns,
                                         const ListOptions &options)
{
    auto *reply = new ValueReply<QJsonArray>(this);
    auto *all = listObject(type, ns, options);
    reply->chain(all,
                 [reply, all] { reply->finishWith(all->value().value("items"_L1).toArray()); });
    return reply;
}

namespace {
/// Keeps one watch stream open, resuming and relisting as needed.
class Watcher final : public QObject
{
public:
    Watcher(KubeClient *client, WatchReply *reply, ResourceType type, QString ns,
            QString resourceVersion, ListOptions options, const QJsonArray &known)
        : QObject(reply)
        , m_client(client)
        , m_reply(reply)
        , m_type(std::move(type))
        , m_ns(std::move(ns))
        , m_resourceVersion(std::move(resourceVersion))
        , m_options(std::move(options))
    {
        for (const QJsonValue &item : known) {
            const QJsonObject object = item.toObject();
            m_known.insert(keyOf(object), metaValue(object, "resourceVersion"_L1));
        }
        reply->setAbortHandler([this] {
            m_stopped = true;
            if (m_stream)
                m_stream->abort();
        });
    }

    void start()
    {
        if (m_stopped)
            return;
        QUrlQuery q;
        q.addQueryItem(u"watch"_s, u"1"_s);
        q.addQueryItem(u"allowWatchBookmarks"_s, u"true"_s);
        if (!m_resourceVersion.isEmpty())
            q.addQueryItem(u"resourceVersion"_s, m_resourceVersion);
        addSelectors(q, m_options);
        m_buffer.clear();
        m_stream
            = m_client->http()->openStream({"GET", m_client->url(m_type.path(m_ns), q), {}, {}, 0});
        connect(m_stream, &QIODevice::readyRead, this, [this] { read(); });
        connect(m_stream, &QNetworkReply::finished, this, [this] { streamEnded(); });
    }

private:
    void read()
    {
        while (!m_stopped && m_stream->bytesAvailable() > 0)
            readSome();
    }

    void readSome()
    {
        // One event is one object (1 MiB at most on a server) and its envelope: a line that
        // grows past this without ending is refused, not held.
        constexpr qint64 maxEvent = 16 * 1024 * 1024;
        m_buffer += m_stream->read(maxEvent + 1 - m_buffer.size());
        if (m_buffer.size() > maxEvent && !m_buffer.contains('\n')) {
            m_stopped = true;
            m_stream->abort();
            m_reply->finish(Error(Error::Kind::Parse,
                                  Tr::tr("a watch event of %1 is larger than %2 bytes; refused")
                                      .arg(redacted(m_stream->url()).toString())
                                      .arg(maxEvent)));
            return;
        }
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const QString type = event.value("type"_L1).toString();
            const QJsonObject object = event.value("object"_L1).toObject();
            if (type == u"ERROR") {
                // 410 Gone: our resourceVersion is too old. Relist, then watch from there.
                if (object.value("code"_L1).toInt() == 410)
                    m_gone = true;
                continue;
            }
            const QString rv
                = object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
            if (!rv.isEmpty())
                m_resourceVersion = rv;
            if (type == u"BOOKMARK")
                continue;
            // Only names and versions are kept (not objects): enough to tell what vanished.
            if (type == u"DELETED")
                m_known.remove(keyOf(object));
            else
                m_known.insert(keyOf(object), rv);
            Q_EMIT m_reply->event(type, object);
        }
    }

    void streamEnded()
    {
        const int status
            = m_stream ? m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        if (m_stopped)
            return;
        if (status == 401 || status == 403) {
            m_reply->finish(
                Error::fromStatus(status, m_stream->read(64 * 1024), redacted(m_stream->url())));
            return;
        }
        if (status == 410 || m_gone) {
            m_gone = false;
            relist();
            return;
        }
        // Lost connection or a server-side timeout: resume from the last version after a pause.
        QTimer::singleShot(status == 0 ? 1000 : 0, this, [this] { start(); });
    }

    void relist()
    {
        auto *list = m_reply->follow(m_client->listObject(m_type, m_ns, m_options));
        connect(list, &Reply::finished, this, [this, list] {
            if (m_stopped)
                return;
            if (list->error()) {
                m_reply->finish(list->error());
                return;
            }
            // Report the difference between what this watch said before and what is there
            // now, as an informer's resync does.
            QHash<QString, QString> now;
            for (const QJsonValue &item : list->value().value("items"_L1).toArray()) {
                const QJsonObject object = item.toObject();
                const QString key = keyOf(object);
                const QString rv = metaValue(object, "resourceVersion"_L1);
                now.insert(key, rv);
                const auto known = m_known.constFind(key);
                if (known == m_known.cend())
                    Q_EMIT m_reply->event(u"ADDED"_s, object);
                else if (*known != rv)
                    Q_EMIT m_reply->event(u"MODIFIED"_s, object);
            }
            for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
                if (!now.contains(it.key()))
                    Q_EMIT m_reply->event(u"DELETED"_s, deletedObject(it.key()));
            }
            m_known = now;
            m_resourceVersion = list->value()
                                    .value("metadata"_L1)
                                    .toObject()
                                    .value("resourceVersion"_L1)
                                    .toString();
            start();
        });
    }

    static QString metaValue(const QJsonObject &object, QLatin1StringView key)
    {
        return object.value("metadata"_L1).toObject().value(key).toString();
    }
    /// "namespace/name": what identifies an object of one resource.
    static QString keyOf(const QJsonObject &object)
    {
        return metaValue(object, "namespace"_L1) + u'/' + metaValue(object, "name"_L1);
    }
    /// What a DELETED event carries for an object that vanished between two streams: its name
    /// and namespace, which is all that identifies it (the watch keeps no whole objects).
    static QJsonObject deletedObject(const QString &key)
    {
        QJsonObject meta {{u"name"_s, key.section(u'/', 1)}};
        if (!key.section(u'/', 0, 0).isEmpty())
            meta.insert(u"namespace"_s, key.section(u'/', 0, 0));
        return {{u"metadata"_s, meta}};
    }

    KubeClient *m_client;
    WatchReply *m_reply;
    ResourceType m_type;
    QString m_ns;
    QString m_resourceVersion;
    ListOptions m_options;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_buffer;
    QHash<QString, QString> m_known; ///< key -> resourceVersion of what was reported
    bool m_stopped = false;
    bool m_gone = false;
};
} // namespace

WatchReply *KubeClient::watch(const ResourceType &type, const QString &ns,
                              const QString &resourceVersion, const ListOptions &options,
                              const QJsonArray &known)
{
    auto *reply = new WatchReply(this);
    auto *watcher = new Watcher(this, reply, type, ns, resourceVersion, options, known);
    QMetaObject::invokeMethod(
        watcher, [watcher] { watcher->start(); }, Qt::QueuedConnection);
    return reply;
}

ListWatchReply *KubeClient::listAndWatch(const ResourceType &type, const QString &ns,
                                         const ListOptions &options)
{
    auto *reply = new ListWatchReply(this);
    ValueReply<QJsonObject> *list = listObject(type, ns, options);
    reply->chain(list, [this, reply, list, type, ns, options] {
        const QJsonObject object = list->value();
        reply->setListed(object);
        WatchReply *changes = reply->follow(watch(
            type, ns, object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString(),
            options, object.value("items"_L1).toArray()));
        connect(changes, &WatchReply::event, reply, &WatchReply::event);
        connect(changes, &Reply::finished, reply,
                [reply, changes] { reply->finish(changes->error()); });
    });
    return reply;
}

} // namespace Berth::Kube
