// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "httpclient.h"
#include "resourcetype.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Berth::Kube {

enum class PatchType { Merge, Json, Strategic };

/// Query options of a write.
struct WriteOptions
{
    bool dryRun = false; ///< `dryRun=All`: admission and validation run, nothing is stored
    QString fieldManager = QStringLiteral("berth");
    QString fieldValidation = QStringLiteral("Strict"); ///< Strict, Warn or Ignore
};

/// What a delete requires of the object: it is still the one with this uid and, when set, this
/// resourceVersion (else 409 Conflict). Sent as DeleteOptions.preconditions.
struct Preconditions
{
    QString uid;
    QString resourceVersion;
    bool isEmpty() const { return uid.isEmpty() && resourceVersion.isEmpty(); }
};

/// One write as it goes on the wire, made by KubeClient's request builders: what write() sends,
/// and what the Review pane shows.
struct WriteRequest
{
    QByteArray method;
    QString path; ///< the API path
    QUrlQuery query;
    QByteArray contentType; ///< empty when there is no body
    QByteArray body;

    /// "METHOD PATH?QUERY", then the Content-Type and the body (JSON indented) when it has one.
    QString text() const;
};

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
};

/// The verbs of the Kubernetes REST API on top of HttpClient: URLs, paging, watches, dry
/// runs, and Status bodies turned into Error. Lives on the GUI (or CLI) thread.
class KubeClient final : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(HttpClient *http, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    HttpClient *http() const { return m_http; }

    ValueReply<QJsonObject> *get(const ResourceType &type, const QString &ns, const QString &name);
    /// All items, fetched 500 at a time with `continue`; restarts once when a page expires (410).
    ValueReply<QJsonArray> *list(const ResourceType &type, const QString &ns = {},
                                 const ListOptions &options = {});
    /// The same as one List object: `items`, and the `metadata.resourceVersion` of the first
    /// page, to watch from.
    ValueReply<QJsonObject> *listObject(const ResourceType &type, const QString &ns = {},
                                        const ListOptions &options = {});
    ValueReply<QJsonObject> *create(const ResourceType &type, const QString &ns,
                                    const QJsonObject &object, const WriteOptions &options = {});
    /// PUT with the object's resourceVersion: 409 Conflict when someone changed it since.
    ValueReply<QJsonObject> *replace(const ResourceType &type, const QString &ns,
                                     const QJsonObject &object, const WriteOptions &options = {});
    ValueReply<QJsonObject> *patch(const ResourceType &type, const QString &ns, const QString &name,
                                   PatchType patchType, const QByteArray &patch,
                                   const WriteOptions &options = {});
    ValueReply<QJsonObject> *remove(const ResourceType &type, const QString &ns,
                                    const QString &name, const WriteOptions &options = {},
                                    const Preconditions &preconditions = {});
    /// Sends `request`, made by one of the builders below for an object of `type`. A strategic
    /// merge patch of a custom resource is refused before it is sent, as a server would (415).
    ValueReply<QJsonObject> *write(const ResourceType &type, const WriteRequest &request);

    /// The requests that create(), replace(), patch() and remove() send.
    static WriteRequest createRequest(const ResourceType &type, const QString &ns,
                                      const QJsonObject &object, const WriteOptions &options = {});
    static WriteRequest replaceRequest(const ResourceType &type, const QString &ns,
                                       const QJsonObject &object, const WriteOptions &options = {});
    static WriteRequest patchRequest(const ResourceType &type, const QString &ns,
                                     const QString &name, PatchType patchType,
                                     const QByteArray &patch, const WriteOptions &options = {});
    /// Non-empty `preconditions` go in a DeleteOptions body.
    static WriteRequest removeRequest(const ResourceType &type, const QString &ns,
                                      const QString &name, const WriteOptions &options = {},
                                      const Preconditions &preconditions = {});
    /// Emits events from `resourceVersion` on (empty: ADDED for what exists, then changes);
    /// reconnects from the last one seen. On 410 Gone it lists again with the same selectors and
    /// emits what changed meanwhile: ADDED, MODIFIED, and DELETED (with name and namespace) for
    /// the objects it had reported, or was given as `known`, that are gone. Runs until aborted.
    /// `known`: the objects the caller already holds (the items of the list it watches on
    /// from), so that a relist reports those that vanished too.
    WatchReply *watch(const ResourceType &type, const QString &ns, const QString &resourceVersion,
                      const ListOptions &options = {}, const QJsonArray &known = {});
    /// What a page shows live: the List of `type` (as listObject()), then a watch from its
    /// version that knows its objects (as watch()). Aborting it stops either.
    ListWatchReply *listAndWatch(const ResourceType &type, const QString &ns = {},
                                 const ListOptions &options = {});

    /// A raw GET or POST of an API path (discovery, reviews, /version).
    ValueReply<QJsonObject> *getPath(const QString &path);
    ValueReply<QJsonObject> *postPath(const QString &path, const QJsonObject &body);

    static QByteArray contentType(PatchType type);
    /// The server URL with `path` (an API path) and `query`.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

Q_SIGNALS:
    /// The server sent a `Warning` header.
    void warning(const QString &text);
    /// A request was refused with 401: the token is invalid or expired.
    void sessionExpired();

private:
    ValueReply<QJsonObject> *sendJson(const QByteArray &method, const QString &path,
                                      const QUrlQuery &query, const QByteArray &body,
                                      const QByteArray &contentType, const ResourceType *type);
    void finishWithStatus(ValueReply<QJsonObject> *reply, const HttpResponse &response,
                          const QUrl &url, const ResourceType *type);
    void listPage(ValueReply<QJsonObject> *reply, const ResourceType &type, const QString &ns,
                  const ListOptions &options, const QString &continueToken, QJsonObject list,
                  bool restarted);
    void surfaceWarnings(const HttpResponse &response);

    HttpClient *m_http;
    QUrl m_server;
};

} // namespace Berth::Kube
