// SPDX-License-Identifier: Apache-2.0
#include "kubeclient.h"

#include "common/logging.h"
#include "common/redaction.h"

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

ValueReply<QJsonObject> *KubeClient::create(const ResourceType &type, const QString &ns,
                                            const QJsonObject &object, const WriteOptions &options)
{
    return sendJson("POST", type.path(ns), writeQuery(options),
                    QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json",
                    &type);
}

ValueReply<QJsonObject> *KubeClient::replace(const ResourceType &type, const QString &ns,
                                             const QJsonObject &object, const WriteOptions &options)
{
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    return sendJson("PUT", type.path(ns, name), writeQuery(options),
                    QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json",
                    &type);
}

ValueReply<QJsonObject> *KubeClient::patch(const ResourceType &type, const QString &ns,
                                           const QString &name, PatchType patchType,
                                           const QByteArray &patch, const WriteOptions &options)
{
    if (patchType == PatchType::Strategic && !type.builtIn) {
        // A real server answers 415 for custom resources; say why before sending.
        auto *reply = new ValueReply<QJsonObject>(this);
        reply->finish(
            Error(Error::Kind::InvalidInput,
                  Tr::tr("strategic merge patch is not supported for %1; use a merge patch")
                      .arg(type.qualifiedName())));
        return reply;
    }
    return sendJson("PATCH", type.path(ns, name), writeQuery(options), patch,
                    contentType(patchType), &type);
}

ValueReply<QJsonObject> *KubeClient::remove(const ResourceType &type, const QString &ns,
                                            const QString &name, const WriteOptions &options,
                                            const Preconditions &preconditions)
{
    QUrlQuery q;
    if (options.dryRun)
        q.addQueryItem(u"dryRun"_s, u"All"_s);
    if (preconditions.isEmpty())
        return sendJson("DELETE", type.path(ns, name), q, {}, {}, &type);
    QJsonObject conditions;
    if (!preconditions.uid.isEmpty())
        conditions.insert(u"uid"_s, preconditions.uid);
    if (!preconditions.resourceVersion.isEmpty())
        conditions.insert(u"resourceVersion"_s, preconditions.resourceVersion);
    const QJsonObject body {{u"kind"_s, u"DeleteOptions"_s},
                            {u"apiVersion"_s, u"v1"_s},
                            {u"preconditions"_s, conditions}};
    return sendJson("DELETE", type.path(ns, name), q,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", &type);
}

void KubeClient::listPage(ValueReply<QJsonArray> *reply, const ResourceType &type,
                          const QString &ns, const ListOptions &options,
                          const QString &continueToken, QJsonArray items, bool restarted)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"500"_s);
    if (!continueToken.isEmpty())
        q.addQueryItem(u"continue"_s, continueToken);
    addSelectors(q, options);
    ValueReply<QJsonObject> *page = sendJson("GET", type.path(ns), q, {}, {}, &type);
    reply->setAbortHandler([page = QPointer<ValueReply<QJsonObject>>(page)] {
        if (page)
            page->abort();
    });
    connect(page, &Reply::finished, reply, [=, this]() mutable {
        if (page->error()) {
            // The continue token expired (410): start over once, as client-go's pager does.
            if (page->error().httpStatus() == 410 && !continueToken.isEmpty() && !restarted) {
                listPage(reply, type, ns, options, {}, {}, true);
                return;
            }
            reply->finish(page->error());
            return;
        }
        const QJsonObject list = page->value();
        const QJsonArray pageItems = list.value("items"_L1).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        const QString next = list.value("metadata"_L1).toObject().value("continue"_L1).toString();
        if (next.isEmpty()) {
            reply->finishWith(items);
            return;
        }
        listPage(reply, type, ns, options, next, items, restarted);
    });
}

ValueReply<QJsonArray> *KubeClient::list(const ResourceType &type, const QString &ns,
                                         const ListOptions &options)
{
    auto *reply = new ValueReply<QJsonArray>(this);
    listPage(reply, type, ns, options, {}, {}, false);
    return reply;
}

namespace {
/// Keeps one watch stream open, resuming and relisting as needed.
class Watcher final : public QObject
{
public:
    Watcher(KubeClient *client, WatchReply *reply, ResourceType type, QString ns,
            QString resourceVersion, ListOptions options)
        : QObject(reply)
        , m_client(client)
        , m_reply(reply)
        , m_type(std::move(type))
        , m_ns(std::move(ns))
        , m_resourceVersion(std::move(resourceVersion))
        , m_options(std::move(options))
    {
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
            if (type != u"BOOKMARK")
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
                Error::fromStatus(status, m_stream->readAll(), redacted(m_stream->url())));
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
        auto *list = m_client->getPath(m_type.path(m_ns));
        connect(list, &Reply::finished, this, [this, list] {
            if (list->error()) {
                m_reply->finish(list->error());
                return;
            }
            const QJsonArray items = list->value().value("items"_L1).toArray();
            for (const QJsonValue &item : items)
                Q_EMIT m_reply->event(u"ADDED"_s, item.toObject());
            m_resourceVersion = list->value()
                                    .value("metadata"_L1)
                                    .toObject()
                                    .value("resourceVersion"_L1)
                                    .toString();
            start();
        });
    }

    KubeClient *m_client;
    WatchReply *m_reply;
    ResourceType m_type;
    QString m_ns;
    QString m_resourceVersion;
    ListOptions m_options;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_buffer;
    bool m_stopped = false;
    bool m_gone = false;
};
} // namespace

WatchReply *KubeClient::watch(const ResourceType &type, const QString &ns,
                              const QString &resourceVersion, const ListOptions &options)
{
    auto *reply = new WatchReply(this);
    auto *watcher = new Watcher(this, reply, type, ns, resourceVersion, options);
    QMetaObject::invokeMethod(
        watcher, [watcher] { watcher->start(); }, Qt::QueuedConnection);
    return reply;
}

} // namespace Berth::Kube
