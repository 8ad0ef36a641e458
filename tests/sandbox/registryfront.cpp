// SPDX-License-Identifier: Apache-2.0
#include "registryfront.h"

#include "apiserver.h"
#include "common/process.h"
#include "objectstore.h"
#include "operatorsimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static const QString imageStreams = u"imagestreams.image.openshift.io"_s;
static const QString imageStreamTagsKey = u"imagestreamtags.image.openshift.io"_s;

RegistryFront::RegistryFront(ApiServer *api, ObjectStore *store,
                             const OperatorSimulator *operatorSimulator, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_operator(operatorSimulator)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RegistryFront::~RegistryFront()
{
    if (m_backend.state() != QProcess::NotRunning) {
        m_backend.terminate();
        if (!m_backend.waitForFinished(5000))
            m_backend.kill();
        m_backend.waitForFinished(2000);
    }
}

bool RegistryFront::startBackend(const QString &dockerRegistry, const QString &storageDir)
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_backendPort = probe.serverPort();
    }
    QDir().mkpath(storageDir);
    const QString configPath = storageDir + u"/config.yml"_s;
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write "_s + configPath;
        return false;
    }
    config.write("version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n "
                 " filesystem:\n    rootdirectory: "
                 + QFile::encodeName(storageDir + u"/data"_s)
                 + "\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:"
                 + QByteArray::number(m_backendPort) + "\n");
    config.close();
    m_backend.setProcessChannelMode(QProcess::MergedChannels);
    // The registry goes with the sandbox however the sandbox ends (a crash, kill -9): the kernel
    // sends it SIGTERM when its parent dies.
    endWithThisProcess(&m_backend);
    m_backend.start(dockerRegistry, {u"serve"_s, configPath});
    if (!m_backend.waitForStarted(5000)) {
        m_error = u"cannot start %1: %2"_s.arg(dockerRegistry, m_backend.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_backendPort);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = u"docker-registry did not start: "_s + QString::fromUtf8(m_backend.readAll());
    return false;
}

static QByteArray errors(const char *code, const QString &message, const QJsonValue &detail = {})
{
    QJsonObject e {{u"code"_s, QString::fromLatin1(code)}, {u"message"_s, message}};
    if (!detail.isUndefined())
        e.insert(u"detail"_s, detail);
    return QJsonDocument(QJsonObject {{u"errors"_s, QJsonArray {e}}})
        .toJson(QJsonDocument::Compact);
}

QStringList RegistryFront::imageStreamTags(const QString &ns, const QString &name) const
{
    QStringList out;
    const auto stream = m_store->get(imageStreams, ns, name);
    if (!stream)
        return out;
    for (const QJsonValue &t : stream->value("status"_L1).toObject().value("tags"_L1).toArray())
        out.append(t.toObject().value("tag"_L1).toString());
    return out;
}

bool RegistryFront::digestTagged(const QString &ns, const QString &name,
                                 const QString &digest) const
{
    const auto stream = m_store->get(imageStreams, ns, name);
    if (!stream)
        return false;
    for (const QJsonValue &t : stream->value("status"_L1).toObject().value("tags"_L1).toArray()) {
        const QJsonArray items = t.toObject().value("items"_L1).toArray();
        if (!items.isEmpty() && items.first().toObject().value("image"_L1).toString() == digest)
            return true;
    }
    return false;
}

void RegistryFront::recordTag(const QString &ns, const QString &name, const QString &tag,
                              const QString &digest, const QString &mediaType)
{
    // What openshift/image-registry does on a push: the ImageStream (created if needed) gets
    // the tag in its status, pointing at the image by digest.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString reference
        = u"image-registry.openshift-image-registry.svc:5000/%1/%2@%3"_s.arg(ns, name, digest);
    QJsonObject stream
        = m_store->get(imageStreams, ns, name)
              .value_or(QJsonObject {
                  {u"apiVersion"_s, u"image.openshift.io/v1"_s},
                  {u"kind"_s, u"ImageStream"_s},
                  {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, ns}}},
                  {u"spec"_s,
                   QJsonObject {{u"lookupPolicy"_s, QJsonObject {{u"local"_s, false}}}}}});
    QJsonObject status = stream.value("status"_L1).toObject();
    status.insert(u"dockerImageRepository"_s,
                  u"image-registry.openshift-image-registry.svc:5000/%1/%2"_s.arg(ns, name));
    // Where a workstation pushes it: the registry's first external name, once it has one (as
    // openshift-apiserver fills it, and `oc registry login` reads it).
    const QJsonArray external = m_store->get(u"images.config.openshift.io"_s, {}, u"cluster"_s)
                                    .value_or(QJsonObject())
                                    .value("status"_L1)
                                    .toObject()
                                    .value("externalRegistryHostnames"_L1)
                                    .toArray();
    if (!external.isEmpty())
        status.insert(u"publicDockerImageRepository"_s,
                      u"%1/%2/%3"_s.arg(external.first().toString(), ns, name));
    QJsonArray tags;
    for (const QJsonValue &t : status.value("tags"_L1).toArray()) {
        if (t.toObject().value("tag"_L1).toString() != tag)
            tags.append(t);
    }
    tags.append(QJsonObject {{u"tag"_s, tag},
                             {u"items"_s,
                              QJsonArray {QJsonObject {{u"created"_s, now},
                                                       {u"dockerImageReference"_s, reference},
                                                       {u"image"_s, digest},
                                                       {u"generation"_s, 1}}}}});
    status.insert(u"tags"_s, tags);
    stream.insert(u"status"_s, status);
    m_store->put(imageStreams, stream);
    m_store->put(imageStreamTagsKey,
                 {{u"apiVersion"_s, u"image.openshift.io/v1"_s},
                  {u"kind"_s, u"ImageStreamTag"_s},
                  {u"metadata"_s,
                   QJsonObject {{u"name"_s, QString(name + u':' + tag)}, {u"namespace"_s, ns}}},
                  {u"tag"_s, QJsonObject {{u"name"_s, tag}}},
                  {u"image"_s,
                   QJsonObject {{u"metadata"_s, QJsonObject {{u"name"_s, digest}}},
                                {u"dockerImageReference"_s, reference},
                                {u"dockerImageManifestMediaType"_s, mediaType}}},
                  {u"generation"_s, 1}});
    Q_EMIT mutated();
}

void RegistryFront::proxy(const ServerRequest &request, ResponseWriter *writer,
                          std::function<void(int, const QByteArray &)> after)
{
    QNetworkRequest req(
        QUrl(u"http://127.0.0.1:%1"_s.arg(m_backendPort) + QString::fromLatin1(request.target)));
    for (const char *h : {"content-type", "accept", "range", "content-range"}) {
        if (!request.header(h).isEmpty())
            req.setRawHeader(h, request.header(h));
    }
    QNetworkReply *reply = request.method == "GET" ? m_nam.get(req)
        : request.method == "HEAD"                 ? m_nam.head(req)
                                   : m_nam.sendCustomRequest(req, request.method, request.body);
    QPointer<ResponseWriter> guard(writer);
    const bool head = request.method == "HEAD";
    connect(reply, &QNetworkReply::finished, this, [reply, guard, head, after] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (after)
            after(status, body);
        if (!guard)
            return;
        if (status == 0)
            return guard->send(502, {{"Content-Type", "application/json"}},
                               errors("UNAVAILABLE", u"the registry backend did not answer"_s));
        HeaderList headers;
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            const QByteArray lower = name.toLower();
            if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding"
                || lower == "date")
                continue;
            QByteArray v = value;
            // The backend's absolute Locations become paths on the front.
            if (lower == "location" && v.startsWith("http://127.0.0.1:"))
                v = v.mid(v.indexOf('/', 7));
            headers.append({name, v});
        }
        if (head) {
            const QByteArray length = reply->rawHeader("Content-Length");
            guard->send(status, headers, QByteArray(length.toLongLong(), '\0'), true);
            return;
        }
        guard->send(status, headers, body);
    });
}

void RegistryFront::handle(const ServerRequest &request, ResponseWriter *writer)
{
    if (!m_operator->registryAvailable() || m_backend.state() != QProcess::Running) {
        static const QByteArray page
            = "<html><head><title>Application is not available</title></head><body><h1>Application "
              "is not available</h1>"
              "<p>The application is currently not serving requests at this endpoint. It may not "
              "have been started or is "
              "still starting.</p></body></html>\n";
        return writer->send(503, {{"Content-Type", "text/html"}, {"Cache-Control", "private"}},
                            page);
    }
    const HeaderList json {{"Content-Type", "application/json"},
                           {"Docker-Distribution-Api-Version", "registry/2.0"}};
    const QString host = QString::fromLatin1(request.header("host"));
    const std::optional<Identity> who = m_api->authenticate(request.header("authorization"));

    if (request.path == u"/openshift/token") {
        if (request.method != "GET")
            return writer->send(405, json, errors("UNSUPPORTED", u"GET only"_s));
        if (request.header("authorization").isEmpty())
            return writer->send(200, json, R"({"token":"anonymous","access_token":"anonymous"})");
        if (!who)
            return writer->send(401,
                                {{"Content-Type", "application/json"},
                                 {"WWW-Authenticate", "Basic realm=openshift"}},
                                errors("UNAUTHORIZED", u"authentication required"_s));
        const QByteArray auth = request.header("authorization");
        QByteArray token
            = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray::fromBase64(auth.mid(6));
        if (!auth.startsWith("Bearer "))
            token = token.mid(token.indexOf(':') + 1);
        return writer->send(
            200, json,
            QJsonDocument(QJsonObject {{u"token"_s, QString::fromUtf8(token)},
                                       {u"access_token"_s, QString::fromUtf8(token)}})
                .toJson(QJsonDocument::Compact));
    }
    if (!request.path.startsWith(u"/v2/"_s))
        return writer->send(404, json, errors("NOT_FOUND", u"not found"_s));
    if (!who) {
        // No or an unknown token: the challenge of openshift/image-registry.
        if (request.header("authorization").isEmpty())
            return writer->send(
                401,
                {{"Content-Type", "application/json"},
                 {"WWW-Authenticate",
                  "Bearer realm=\"https://" + host.toLatin1() + "/openshift/token\""}},
                errors("UNAUTHORIZED", u"authentication required"_s));
        return writer->send(
            401,
            {{"Content-Type", "application/json"}, {"WWW-Authenticate", "Basic realm=openshift"}},
            errors("UNAUTHORIZED", u"authentication required"_s));
    }
    const auto denied = [&] {
        writer->send(
            401,
            {{"Content-Type", "application/json"}, {"WWW-Authenticate", "Basic realm=openshift"}},
            errors("UNAUTHORIZED", u"authentication required"_s));
    };
    if (request.path == u"/v2/")
        return proxy(request, writer);
    if (request.path == u"/v2/_catalog") {
        if (!m_api->authorizer().allowed(
                *who, {u"list"_s, u"image.openshift.io"_s, u"imagestreams"_s, {}, {}, {}}))
            return denied();
        return proxy(request, writer);
    }
    // /v2/<project>/<name>/(manifests|blobs|tags)/...
    static const QRegularExpression route(
        u"^/v2/([^/]+)/([^/]+)/(manifests|blobs|tags)(?:/(.*))?\\z"_s);
    const QRegularExpressionMatch m = route.match(request.path);
    if (!m.hasMatch())
        return writer->send(404, json,
                            errors("NAME_INVALID", u"repository names must be <project>/<name>"_s));
    const QString ns = m.captured(1), name = m.captured(2), kind = m.captured(3),
                  rest = m.captured(4);
    const bool read = request.method == "GET" || request.method == "HEAD";
    const bool deletion = request.method == "DELETE" && !rest.startsWith(u"uploads/"_s);
    const Attributes layers {read ? u"get"_s : u"update"_s,
                             u"image.openshift.io"_s,
                             u"imagestreams"_s,
                             u"layers"_s,
                             ns,
                             name};
    if (deletion) {
        if (!m_api->authorizer().allowed(
                *who, {u"delete"_s, u"image.openshift.io"_s, u"images"_s, {}, {}, {}}))
            return denied();
    } else if (!m_api->authorizer().allowed(*who, layers)) {
        return denied();
    }
    if (!m_store->get(u"namespaces"_s, {}, ns))
        return writer->send(404, json,
                            errors("NAME_UNKNOWN", u"repository name not known to registry"_s,
                                   QJsonObject {{u"name"_s, QString(ns + u'/' + name)}}));

    if (kind == u"tags" && rest == u"list") {
        // Tags come from the ImageStream, not from the storage.
        const QStringList tags = imageStreamTags(ns, name);
        if (tags.isEmpty() && !m_store->get(imageStreams, ns, name))
            return writer->send(404, json,
                                errors("NAME_UNKNOWN", u"repository name not known to registry"_s,
                                       QJsonObject {{u"name"_s, QString(ns + u'/' + name)}}));
        return writer->send(
            200, json,
            QJsonDocument(QJsonObject {{u"name"_s, QString(ns + u'/' + name)},
                                       {u"tags"_s, QJsonArray::fromStringList(tags)}})
                .toJson(QJsonDocument::Compact));
    }
    if (kind == u"manifests" && request.method == "DELETE") {
        if (!rest.startsWith(u"sha256:"_s))
            return writer->send(202, json, {}); // Untag is a no-op on OpenShift: nothing changes
        if (digestTagged(ns, name, rest))
            return writer->send(405, json,
                                errors("UNSUPPORTED", u"The operation is unsupported."_s));
        return proxy(request, writer);
    }
    if (kind == u"manifests" && request.method == "PUT") {
        // A push by tag without the right to create the ImageStream is refused, as on OpenShift.
        if (!m_store->get(imageStreams, ns, name)
            && !m_api->authorizer().allowed(
                *who, {u"create"_s, u"image.openshift.io"_s, u"imagestreams"_s, {}, ns, {}}))
            return denied();
        const QString contentType = QString::fromLatin1(request.header("content-type"));
        const QString digest
            = u"sha256:"_s
            + QString::fromLatin1(
                  QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
        const QString reference = rest;
        return proxy(
            request, writer,
            [this, ns, name, reference, digest, contentType](int status, const QByteArray &) {
                if (status == 201 && !reference.startsWith(u"sha256:"_s))
                    recordTag(ns, name, reference, digest, contentType);
            });
    }
    proxy(request, writer);
}

} // namespace Berth::Sandbox
