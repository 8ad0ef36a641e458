// SPDX-License-Identifier: Apache-2.0
#include "apiserver.h"

#include "jsonpatch.h"
#include "objectstore.h"
#include "openapiv2.h"
#include "protobufdecoder.h"
#include "resourcecatalog.h"
#include "schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static std::optional<QString> decodeBody(const ServerRequest &request, QJsonObject *out);

static QString qualified(const ApiResource &r);

ApiServer::ApiServer(ObjectStore *store, const ResourceCatalog *catalog,
                     QHash<QString, Identity> tokens, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_tokens(std::move(tokens))
    , m_authorizer(store)
{
    const Admission binding
        = [this](const Identity &who, const Target &t, QJsonObject &object,
                 const std::optional<QJsonObject> &) { return admitBinding(who, t, object); };
    m_admission.insert(u"rolebindings.rbac.authorization.k8s.io"_s, binding);
    m_admission.insert(u"clusterrolebindings.rbac.authorization.k8s.io"_s, binding);
    m_admission.insert(u"persistentvolumeclaims"_s,
                       [this](const Identity &, const Target &, QJsonObject &object,
                              const std::optional<QJsonObject> &previous) {
                           admitClaim(object, previous);
                           return std::optional<Reply>();
                       });
}

void ApiServer::admitClaim(QJsonObject &claim, const std::optional<QJsonObject> &previous) const
{
    QJsonObject spec = claim.value("spec"_L1).toObject();
    if (previous || spec.contains("storageClassName"_L1))
        return;
    const QString chosen = m_store->defaultStorageClass();
    if (chosen.isEmpty())
        return;
    spec.insert(u"storageClassName"_s, chosen);
    claim.insert(u"spec"_s, spec);
}

std::optional<ApiServer::Reply> ApiServer::admitBinding(const Identity &who, const Target &t,
                                                        const QJsonObject &binding) const
{
    const QJsonObject ref = binding.value("roleRef"_L1).toObject();
    const QStringList missing = m_authorizer.notHeld(who, ref.value("kind"_L1).toString(),
                                                     ref.value("name"_L1).toString(), t.ns);
    if (missing.isEmpty())
        return std::nullopt;
    QStringList groups;
    for (const QString &g : who.groups)
        groups.append(u'"' + g + u'"');
    const QString name = ObjectStore::metaString(binding, "name");
    return status(
        403, u"Forbidden"_s,
        u"%1 \"%2\" is forbidden: user \"%3\" (groups=[%4]) is attempting to grant RBAC permissions not currently held:\n%5"_s
            .arg(qualified(*t.resource), name, who.name, groups.join(u' '), missing.join(u'\n')),
        {{u"name"_s, name},
         {u"group"_s, u"rbac.authorization.k8s.io"_s},
         {u"kind"_s, t.resource->plural}});
}

std::optional<Identity> ApiServer::authenticate(const QByteArray &header) const
{
    QByteArray token;
    if (header.startsWith("Bearer "))
        token = header.mid(7).trimmed();
    else if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        token = decoded.mid(decoded.indexOf(':') + 1);
    }
    const auto it = m_tokens.constFind(QString::fromUtf8(token));
    if (token.isEmpty() || it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

ApiServer::Reply ApiServer::status(int code, const QString &reason, const QString &message,
                                   const QJsonObject &details)
{
    QJsonObject body {
        {u"kind"_s, u"Status"_s},       {u"apiVersion"_s, u"v1"_s},
        {u"metadata"_s, QJsonObject()}, {u"status"_s, code < 400 ? u"Success"_s : u"Failure"_s},
        {u"message"_s, message},        {u"reason"_s, reason}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    body.insert(u"code"_s, code);
    return {code, body, {}};
}

static QString qualified(const ApiResource &r)
{
    return r.group.isEmpty() ? r.plural : r.plural + u'.' + r.group;
}

ApiServer::Reply ApiServer::notFound(const ApiResource &r, const QString &name)
{
    QJsonObject details {{u"name"_s, name}, {u"kind"_s, r.plural}};
    if (!r.group.isEmpty())
        details.insert(u"group"_s, r.group);
    return status(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(qualified(r), name), details);
}

ApiServer::Reply ApiServer::forbidden(const Identity &who, const Attributes &what) const
{
    const QString resource
        = what.subresource.isEmpty() ? what.resource : what.resource + u'/' + what.subresource;
    const QString subject
        = what.group.isEmpty() ? what.resource : what.resource + u'.' + what.group;
    const QString object = what.name.isEmpty() ? subject : u"%1 \"%2\""_s.arg(subject, what.name);
    const QString scope
        = what.ns.isEmpty() ? u"at the cluster scope"_s : u"in the namespace \"%1\""_s.arg(what.ns);
    QJsonObject details {{u"kind"_s, what.resource}};
    if (!what.name.isEmpty())
        details.insert(u"name"_s, what.name);
    if (!what.group.isEmpty())
        details.insert(u"group"_s, what.group);
    return status(
        403, u"Forbidden"_s,
        u"%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\" %6"_s.arg(
            object, who.name, what.verb, resource, what.group, scope),
        details);
}

void ApiServer::respond(ResponseWriter *writer, const Reply &reply, bool head) const
{
    HeaderList headers {{"Content-Type", "application/json"},
                        {"Cache-Control", "no-cache, private"},
                        {"Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    for (const QString &w : reply.warnings)
        headers.append({"Warning", "299 - \"" + w.toUtf8().replace('"', "\\\"") + '"'});
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    writer->send(reply.status, headers, body, head);
}

bool ApiServer::routeDiscovery(const ServerRequest &request, ResponseWriter *writer)
{
    const QString &p = request.path;
    QJsonObject body;
    if (p == u"/api" || p == u"/api/")
        body = m_catalog->apiVersions();
    else if (p == u"/apis" || p == u"/apis/")
        body = m_catalog->groupList();
    else if (p == u"/api/v1")
        body = m_catalog->resourceList({}, u"v1"_s);
    else if (p == u"/" || p.isEmpty())
        body = {
            {u"paths"_s,
             QJsonArray {u"/api"_s, u"/apis"_s, u"/healthz"_s, u"/openapi/v3"_s, u"/version"_s}}};
    else if (p == u"/openapi/v2") {
        if (request.header("accept").contains("protobuf")) {
            writer->send(200, {{"Content-Type", "application/octet-stream"}},
                         request.method == "HEAD" ? QByteArray() : openApiV2Protobuf(*m_catalog));
            return true;
        }
        body = openApiV2Json(*m_catalog);
    } else if (p == u"/openapi/v3")
        body = m_catalog->openApiV3Root();
    else if (p.startsWith(u"/openapi/v3/"_s)) {
        const QStringList s = p.mid(12).split(u'/');
        if (s.size() == 2 && s[0] == u"api")
            body = m_catalog->openApiV3Document({}, s[1]);
        else if (s.size() == 3 && s[0] == u"apis")
            body = m_catalog->openApiV3Document(s[1], s[2]);
    } else if (p.startsWith(u"/apis/"_s)) {
        const QStringList s = p.mid(6).split(u'/', Qt::SkipEmptyParts);
        if (s.size() == 1)
            body = m_catalog->group(s[0]);
        else if (s.size() == 2)
            body = m_catalog->resourceList(s[0], s[1]);
        else
            return false;
        if (body.isEmpty()) {
            respond(
                writer,
                status(404, u"NotFound"_s, u"the server could not find the requested resource"_s));
            return true;
        }
    } else {
        return false;
    }
    if (body.isEmpty()) {
        respond(writer,
                status(404, u"NotFound"_s, u"the server could not find the requested resource"_s));
        return true;
    }
    respond(writer, {200, body, {}}, request.method == "HEAD");
    return true;
}

std::optional<ApiServer::Target> ApiServer::parseResourcePath(const QString &path) const
{
    QStringList s = path.split(u'/', Qt::SkipEmptyParts);
    QString group, version;
    if (s.size() >= 3 && s[0] == u"api") {
        version = s[1];
        s = s.mid(2);
    } else if (s.size() >= 4 && s[0] == u"apis") {
        group = s[1];
        version = s[2];
        s = s.mid(3);
    } else {
        return std::nullopt;
    }
    Target t;
    if (s.size() >= 3 && s[0] == u"namespaces") {
        const ApiResource *r = m_catalog->find(group, version, s[2]);
        if (r && r->namespaced) {
            t.resource = r;
            t.ns = s[1];
            t.name = s.value(3);
            t.subresource = s.value(4);
            return s.size() <= 5 ? std::optional(t) : std::nullopt;
        }
    }
    t.resource = m_catalog->find(group, version, s[0]);
    if (!t.resource)
        return std::nullopt;
    t.name = s.value(1);
    t.subresource = s.value(2);
    return s.size() <= 3 ? std::optional(t) : std::nullopt;
}

// A get's or a list's reply as the Table that `kubectl get` asked for.
static ApiServer::Reply printed(const ApiResource &r, const std::optional<TableRequest> &table,
                                ApiServer::Reply reply)
{
    if (!table || reply.status != 200)
        return reply;
    const bool isList = reply.body.value("kind"_L1).toString().endsWith(u"List");
    QList<QJsonObject> objects;
    for (const QJsonValue &item : reply.body.value("items"_L1).toArray())
        objects.append(item.toObject());
    if (!isList)
        objects.append(reply.body);
    const QJsonObject meta = isList
        ? reply.body.value("metadata"_L1).toObject()
        : QJsonObject {
            {u"resourceVersion"_s, ObjectStore::metaString(reply.body, "resourceVersion")}};
    reply.body = toTable(r, *table, objects, meta, QDateTime::currentDateTimeUtc());
    return reply;
}

void ApiServer::handle(const ServerRequest &request, ResponseWriter *writer)
{
    const QString &p = request.path;
    if (p == u"/version" || p == u"/healthz" || p == u"/readyz" || p == u"/livez") {
        if (p == u"/version")
            respond(writer,
                    {200,
                     QJsonObject {{u"major"_s, u"1"_s},
                                  {u"minor"_s, u"31"_s},
                                  {u"gitVersion"_s, u"v1.31.6"_s},
                                  {u"platform"_s, u"linux/amd64"_s},
                                  {u"goVersion"_s, u"go1.22.12"_s},
                                  {u"compiler"_s, u"gc"_s}},
                     {}});
        else
            writer->send(200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ok");
        return;
    }
    std::optional<Identity> who = authenticate(request.header("authorization"));
    if (!who) {
        respond(writer, status(401, u"Unauthorized"_s, u"Unauthorized"_s),
                request.method == "HEAD");
        return;
    }
    // `kubectl --as`: allowed to those who may impersonate users (cluster admins here).
    if (const QByteArray as = request.header("impersonate-user"); !as.isEmpty()) {
        const QString name = QString::fromUtf8(as);
        const Attributes impersonate {u"impersonate"_s, {}, u"users"_s, {}, {}, name};
        if (!m_authorizer.allowed(*who, impersonate)) {
            respond(writer, forbidden(*who, impersonate));
            return;
        }
        Identity as_ {name, {u"system:authenticated"_s}};
        for (const Identity &known : std::as_const(m_tokens)) {
            if (known.name == name)
                as_ = known;
        }
        who = as_;
    }
    if ((request.method == "GET" || request.method == "HEAD") && routeDiscovery(request, writer))
        return;

    const auto target = parseResourcePath(p);
    if (!target) {
        respond(writer,
                status(404, u"NotFound"_s, u"the server could not find the requested resource"_s));
        return;
    }
    const Target &t = *target;
    const ApiResource &r = *t.resource;
    const bool isWatch = request.query.queryItemValue(u"watch"_s) == u"1"
        || request.query.queryItemValue(u"watch"_s) == u"true";

    QString verb;
    if (request.method == "GET" || request.method == "HEAD")
        verb = !t.name.isEmpty() ? u"get"_s : (isWatch ? u"watch"_s : u"list"_s);
    else if (request.method == "POST")
        verb = u"create"_s;
    else if (request.method == "PUT")
        verb = u"update"_s;
    else if (request.method == "PATCH")
        verb = u"patch"_s;
    else if (request.method == "DELETE")
        verb = t.name.isEmpty() ? u"deletecollection"_s : u"delete"_s;
    if (verb.isEmpty() || !r.verbs.contains(verb) || (verb == u"create" && !t.name.isEmpty())) {
        respond(writer,
                status(405, u"MethodNotAllowed"_s,
                       u"the server does not allow this method on the requested resource"_s));
        return;
    }

    // `kubectl get` asks for rows to print (get, list and watch only, as the apiserver does).
    bool invalidInclude = false;
    const std::optional<TableRequest> table = verb == u"get" || verb == u"list" || verb == u"watch"
        ? TableRequest::from(request.header("accept"),
                             request.query.queryItemValue(u"includeObject"_s), &invalidInclude)
        : std::nullopt;
    if (invalidInclude) {
        respond(writer,
                status(400, u"BadRequest"_s,
                       u"includeObject must be one of None, Metadata or Object, not \"%1\""_s.arg(
                           request.query.queryItemValue(u"includeObject"_s))));
        return;
    }

    if (r.review) {
        QJsonObject body;
        if (const auto problem = decodeBody(request, &body)) {
            respond(writer, status(400, u"BadRequest"_s, *problem));
            return;
        }
        respond(writer, review(*who, t, body));
        return;
    }
    if (r.plural == u"projects" && r.group == u"project.openshift.io") {
        respond(writer,
                verb == u"get" || verb == u"list"
                    ? printed(r, table, projects(*who, t))
                    : status(405, u"MethodNotAllowed"_s,
                             u"use a ProjectRequest to create a project"_s));
        return;
    }
    if (r.plural == u"users" && t.name == u"~" && verb == u"get") {
        const auto stored = m_store->get(r.key(), {}, who->name);
        QJsonObject user
            = stored.value_or(QJsonObject {{u"apiVersion"_s, u"user.openshift.io/v1"_s},
                                           {u"kind"_s, u"User"_s},
                                           {u"metadata"_s, QJsonObject {{u"name"_s, who->name}}}});
        user.insert(u"groups"_s, QJsonArray::fromStringList(who->groups));
        respond(writer, {200, user, {}});
        return;
    }

    const Attributes attrs {
        verb, r.group, r.plural, t.subresource, r.namespaced ? t.ns : QString(), t.name};
    if (!m_authorizer.allowed(*who, attrs)) {
        respond(writer, forbidden(*who, attrs), request.method == "HEAD");
        return;
    }

    if (verb == u"watch")
        return watch(*who, t, request.query, table, writer);
    Reply reply;
    if (verb == u"get")
        reply = printed(r, table, get(*who, t));
    else if (verb == u"list")
        reply = printed(r, table, list(*who, t, request.query));
    else if (verb == u"create")
        reply = create(*who, t, request);
    else if (verb == u"update")
        reply = update(*who, t, request);
    else if (verb == u"patch")
        reply = patch(*who, t, request);
    else if (verb == u"delete")
        reply = remove(*who, t, request);
    else
        reply = status(405, u"MethodNotAllowed"_s,
                       u"deletecollection is not supported by the sandbox"_s);
    respond(writer, reply, request.method == "HEAD");
}

std::optional<QJsonObject> ApiServer::stored(const Target &t) const
{
    return m_store->get(t.resource->key(), t.resource->namespaced ? t.ns : QString(), t.name);
}

ApiServer::Reply ApiServer::get(const Identity &, const Target &t)
{
    const auto object = stored(t);
    if (!object)
        return notFound(*t.resource, t.name);
    return {200, *object, {}};
}

static bool labelsMatch(const QJsonObject &object, const QString &selector)
{
    const QJsonObject labels = object.value("metadata"_L1).toObject().value("labels"_L1).toObject();
    for (const QString &term : selector.split(u',', Qt::SkipEmptyParts)) {
        const QString t = term.trimmed();
        if (t.contains(u"!="_s)) {
            const QStringList kv = t.split(u"!="_s);
            if (labels.value(kv[0].trimmed()).toString() == kv.value(1).trimmed())
                return false;
        } else if (t.contains(u'=')) {
            const QStringList kv = t.split(u'=', Qt::SkipEmptyParts);
            if (labels.value(kv[0].trimmed()).toString() != kv.value(1).trimmed())
                return false;
        } else if (t.startsWith(u'!')) {
            if (labels.contains(t.mid(1)))
                return false;
        } else if (!labels.contains(t)) {
            return false;
        }
    }
    return true;
}

static bool fieldsMatch(const QJsonObject &object, const QString &selector)
{
    for (const QString &term : selector.split(u',', Qt::SkipEmptyParts)) {
        const bool negate = term.contains(u"!="_s);
        const QStringList kv = term.split(QRegularExpression(u"!=|=="_s.append(u"|="_s)));
        const QString field = kv.value(0).trimmed();
        QString value;
        if (field == u"metadata.name")
            value = ObjectStore::metaString(object, "name");
        else if (field == u"metadata.namespace")
            value = ObjectStore::metaString(object, "namespace");
        else if (field == u"type")
            value = object.value("type"_L1).toString();
        else if (field.startsWith(u"involvedObject."_s)) // an Event's, as the apiserver has it
            value = object.value("involvedObject"_L1).toObject().value(field.mid(15)).toString();
        if ((value == kv.value(1).trimmed()) == negate)
            return false;
    }
    return true;
}

ApiServer::Reply ApiServer::list(const Identity &, const Target &t, const QUrlQuery &query)
{
    const ApiResource &r = *t.resource;
    QList<QJsonObject> items = m_store->list(r.key(), r.namespaced ? t.ns : QString());
    const QString labelSelector = query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded);
    const QString fieldSelector = query.queryItemValue(u"fieldSelector"_s, QUrl::FullyDecoded);
    QJsonArray array;
    for (const QJsonObject &o : std::as_const(items)) {
        if ((labelSelector.isEmpty() || labelsMatch(o, labelSelector))
            && (fieldSelector.isEmpty() || fieldsMatch(o, fieldSelector)))
            array.append(o);
    }
    // Paging: `continue` is the offset, tied to the resourceVersion of the first page.
    const int limit = query.queryItemValue(u"limit"_s).toInt();
    QJsonObject meta {{u"resourceVersion"_s, QString::number(m_store->resourceVersion())}};
    qsizetype offset = 0;
    const QString cont = query.queryItemValue(u"continue"_s, QUrl::FullyDecoded);
    if (!cont.isEmpty()) {
        const QJsonObject token
            = QJsonDocument::fromJson(QByteArray::fromBase64(cont.toLatin1())).object();
        offset = token.value("offset"_L1).toInteger();
        // An old token expires as etcd compaction would: 410 Gone.
        if (m_store->resourceVersion() - token.value("rv"_L1).toInteger() > 500)
            return status(
                410, u"Expired"_s,
                u"The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter."_s);
    }
    if (limit > 0) {
        QJsonArray page;
        for (qsizetype i = offset; i < array.size() && page.size() < limit; ++i)
            page.append(array.at(i));
        if (offset + limit < array.size()) {
            const QJsonObject token {{u"offset"_s, offset + limit},
                                     {u"rv"_s, m_store->resourceVersion()}};
            meta.insert(u"continue"_s,
                        QString::fromLatin1(
                            QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64()));
            meta.insert(u"remainingItemCount"_s, array.size() - offset - limit);
        }
        array = page;
    }
    return {200,
            QJsonObject {{u"kind"_s, QString(r.kind + u"List"_s)},
                         {u"apiVersion"_s, r.apiVersion()},
                         {u"metadata"_s, meta},
                         {u"items"_s, array}},
            {}};
}

static const QRegularExpression &subdomain()
{
    static const QRegularExpression re(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\z"_s);
    return re;
}

static QString nameProblem(const ApiResource &r, const QString &name)
{
    if (r.group == u"rbac.authorization.k8s.io" || r.group == u"user.openshift.io"
        || r.plural == u"imagestreamtags") {
        if (name == u"." || name == u".." || name.contains(u'/') || name.contains(u'%'))
            return u"may not contain '/' or '%'"_s;
        return {};
    }
    if (r.plural == u"namespaces") {
        static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z"_s);
        if (name.size() > 63 || !label.match(name).hasMatch())
            return u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"_s;
        return {};
    }
    if (name.size() > 253 || !subdomain().match(name).hasMatch())
        return u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s;
    return {};
}

static ApiServer::Reply invalid(const ApiResource &r, const QString &name,
                                const QList<StatusCause> &causes);

/// As the apiserver decodes a body into typed objects and encodes them again, the empty
/// strings of omitempty fields are gone: kubectl create rolebinding sends `generateName: ""` and
/// a user subject's `namespace: ""`, which the real server never stores.
static void dropEmptyOptionalStrings(const ApiResource &r, QJsonObject &object)
{
    QJsonObject meta = object.value("metadata"_L1).toObject();
    for (const QString &key : meta.keys()) {
        if (meta.value(key).isString() && meta.value(key).toString().isEmpty())
            meta.remove(key); // every string of ObjectMeta is omitempty
    }
    object.insert(u"metadata"_s, meta);
    if (r.group != u"rbac.authorization.k8s.io" || !object.contains("subjects"_L1))
        return;
    QJsonArray subjects = object.value("subjects"_L1).toArray();
    for (auto it = subjects.begin(); it != subjects.end(); ++it) {
        QJsonObject subject = it->toObject();
        for (const char *key : {"apiGroup", "namespace"}) {
            if (subject.value(QLatin1StringView(key)) == QJsonValue(u""_s))
                subject.remove(QLatin1StringView(key));
        }
        *it = subject;
    }
    object.insert(u"subjects"_s, subjects);
}

ApiServer::Reply ApiServer::store(const Identity &who, const Target &t, QJsonObject object,
                                  const QUrlQuery &query, bool created,
                                  const std::optional<QJsonObject> &previous)
{
    const ApiResource &r = *t.resource;
    dropEmptyOptionalStrings(r, object);
    if (const auto admit = m_admission.constFind(r.key()); admit != m_admission.cend()) {
        if (std::optional<Reply> refused = (*admit)(who, t, object, previous))
            return *refused;
    }
    const QString name = ObjectStore::metaString(object, "name");
    QList<StatusCause> causes;
    if (const QString problem = nameProblem(r, name); !problem.isEmpty())
        causes.append({u"FieldValueInvalid"_s, u"Invalid value: \"%1\": %2"_s.arg(name, problem),
                       u"metadata.name"_s});
    QStringList warnings;
    if (!r.schema.isEmpty()) {
        const SchemaValidator::Outcome outcome = SchemaValidator::validate(r.schema, object);
        // Validation ratcheting (Kubernetes 1.30+): an invalid value that the write does not
        // change is tolerated. Approximated per top-level section (spec, status).
        for (const StatusCause &c : outcome.causes) {
            const QString section = c.field.section(u'.', 0, 0).section(u'[', 0, 0);
            if (previous && previous->value(section) == object.value(section))
                continue;
            causes.append(c);
        }
        const QString mode = query.queryItemValue(u"fieldValidation"_s);
        if (!outcome.unknownFields.isEmpty()) {
            if (mode == u"Strict") {
                QStringList parts;
                for (const QString &f : outcome.unknownFields)
                    parts.append(u"unknown field \"%1\""_s.arg(f));
                return status(
                    400, u"BadRequest"_s,
                    u"%1 in version \"%2\" cannot be handled as a %1: strict decoding error: %3"_s
                        .arg(r.kind, r.version, parts.join(u", "_s)));
            }
            if (mode != u"Ignore") {
                for (const QString &f : outcome.unknownFields)
                    warnings.append(u"unknown field \"%1\""_s.arg(f));
            }
        }
        object = outcome.pruned;
    }
    // Objects are capped at 1 MiB, as ConfigMap and Secret validation (and etcd) cap them.
    if (QJsonDocument(object).toJson(QJsonDocument::Compact).size() > 1024 * 1024)
        causes.append(
            {u"FieldValueTooLong"_s, u"Too long: must have at most 1048576 bytes"_s, u"[]"_s});
    if (!causes.isEmpty())
        return invalid(r, name, causes);

    QJsonObject meta = object.value("metadata"_L1).toObject();
    if (previous) {
        const QJsonObject old = previous->value("metadata"_L1).toObject();
        meta.insert(u"uid"_s, old.value("uid"_L1));
        meta.insert(u"creationTimestamp"_s, old.value("creationTimestamp"_L1));
        qint64 generation = old.value("generation"_L1).toInteger(1);
        if (object.value("spec"_L1) != previous->value("spec"_L1))
            ++generation;
        meta.insert(u"generation"_s, generation);
    } else {
        meta.insert(u"generation"_s, 1);
    }
    meta.remove(u"resourceVersion"_s);
    object.insert(u"metadata"_s, meta);

    if (query.queryItemValue(u"dryRun"_s) == u"All") {
        if (!previous) {
            meta.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            meta.insert(u"creationTimestamp"_s,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        } else {
            meta.insert(u"resourceVersion"_s,
                        previous->value("metadata"_L1).toObject().value("resourceVersion"_L1));
        }
        object.insert(u"metadata"_s, meta);
        return {created ? 201 : 200, object, warnings};
    }
    const QJsonObject stored = m_store->put(r.key(), object);
    Q_EMIT mutated();
    return {created ? 201 : 200, stored, warnings};
}

static ApiServer::Reply invalid(const ApiResource &r, const QString &name,
                                const QList<StatusCause> &causes)
{
    QJsonArray jsonCauses;
    QStringList parts;
    for (const StatusCause &c : causes) {
        jsonCauses.append(QJsonObject {
            {u"reason"_s, c.reason}, {u"message"_s, c.message}, {u"field"_s, c.field}});
        parts.append(c.field + u": "_s + c.message);
    }
    const QString kind = r.group.isEmpty() || !r.custom ? r.kind : r.kind + u'.' + r.group;
    const QString list
        = parts.size() == 1 ? parts.constFirst() : u"["_s + parts.join(u", "_s) + u"]"_s;
    QJsonObject details {{u"name"_s, name}, {u"kind"_s, r.kind}, {u"causes"_s, jsonCauses}};
    if (!r.group.isEmpty())
        details.insert(u"group"_s, r.group);
    QJsonObject body {{u"kind"_s, u"Status"_s},
                      {u"apiVersion"_s, u"v1"_s},
                      {u"metadata"_s, QJsonObject()},
                      {u"status"_s, u"Failure"_s},
                      {u"message"_s, u"%1 \"%2\" is invalid: %3"_s.arg(kind, name, list)},
                      {u"reason"_s, u"Invalid"_s},
                      {u"details"_s, details},
                      {u"code"_s, 422}};
    return {422, body, {}};
}

static std::optional<QString> decodeBody(const ServerRequest &request, QJsonObject *out)
{
    if (request.header("content-type").startsWith("application/vnd.kubernetes.protobuf")) {
        const auto object = decodeKubernetesProtobuf(request.body);
        if (!object)
            return u"the sandbox cannot decode this protobuf body; send application/json"_s;
        *out = *object;
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (!doc.isObject())
        return u"couldn't get version/kind; json parse error: "_s + error.errorString();
    *out = doc.object();
    return std::nullopt;
}

ApiServer::Reply ApiServer::create(const Identity &who, const Target &t,
                                   const ServerRequest &request)
{
    const ApiResource &r = *t.resource;
    QJsonObject object;
    if (const auto problem = decodeBody(request, &object))
        return status(400, u"BadRequest"_s, *problem);
    const QString apiVersion = object.value("apiVersion"_L1).toString(r.apiVersion());
    if (apiVersion != r.apiVersion() || object.value("kind"_L1).toString(r.kind) != r.kind)
        return status(
            400, u"BadRequest"_s,
            u"the API version in the data (%1) does not match the expected API version (%2)"_s.arg(
                apiVersion, r.apiVersion()));
    object.insert(u"apiVersion"_s, r.apiVersion());
    object.insert(u"kind"_s, r.kind);
    QJsonObject meta = object.value("metadata"_L1).toObject();
    if (r.namespaced) {
        const QString ns = meta.value("namespace"_L1).toString();
        if (!ns.isEmpty() && ns != t.ns)
            return status(
                400, u"BadRequest"_s,
                u"the namespace of the provided object does not match the namespace sent on the request"_s);
        meta.insert(u"namespace"_s, t.ns);
        if (!m_store->get(u"namespaces"_s, {}, t.ns))
            return status(404, u"NotFound"_s, u"namespaces \"%1\" not found"_s.arg(t.ns),
                          {{u"name"_s, t.ns}, {u"kind"_s, u"namespaces"_s}});
    }
    QString name = meta.value("name"_L1).toString();
    if (name.isEmpty() && !meta.value("generateName"_L1).toString().isEmpty()) {
        static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
        name = meta.value("generateName"_L1).toString();
        for (int i = 0; i < 5; ++i)
            name += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        meta.insert(u"name"_s, name);
    }
    if (name.isEmpty())
        return invalid(
            r, name,
            {{u"FieldValueRequired"_s, u"Required value: name or generateName is required"_s,
              u"metadata.name"_s}});
    meta.remove(u"uid"_s);
    meta.remove(u"creationTimestamp"_s);
    object.insert(u"metadata"_s, meta);
    if (m_store->get(r.key(), r.namespaced ? t.ns : QString(), name)) {
        QJsonObject details {{u"name"_s, name}, {u"kind"_s, r.plural}};
        if (!r.group.isEmpty())
            details.insert(u"group"_s, r.group);
        return status(409, u"AlreadyExists"_s,
                      u"%1 \"%2\" already exists"_s.arg(qualified(r), name), details);
    }
    return store(who, t, object, request.query, true, std::nullopt);
}

static ApiServer::Reply conflict(
    const ApiResource &r, const QString &name,
    const QString &why
    = u"the object has been modified; please apply your changes to the latest version and try again"_s)
{
    QJsonObject details {{u"name"_s, name}, {u"kind"_s, r.plural}};
    if (!r.group.isEmpty())
        details.insert(u"group"_s, r.group);
    QJsonObject body {
        {u"kind"_s, u"Status"_s},
        {u"apiVersion"_s, u"v1"_s},
        {u"metadata"_s, QJsonObject()},
        {u"status"_s, u"Failure"_s},
        {u"message"_s,
         u"Operation cannot be fulfilled on %1 \"%2\": %3"_s.arg(qualified(r), name, why)},
        {u"reason"_s, u"Conflict"_s},
        {u"details"_s, details},
        {u"code"_s, 409}};
    return {409, body, {}};
}

/// Main-resource writes keep status; /status writes change only status.
static QJsonObject mergeStatus(const ApiResource &r, const QString &subresource,
                               const QJsonObject &current, QJsonObject next)
{
    if (subresource == u"status") {
        QJsonObject out = current;
        out.insert(u"status"_s, next.value("status"_L1));
        QJsonObject meta = out.value("metadata"_L1).toObject();
        meta.insert(u"resourceVersion"_s,
                    next.value("metadata"_L1).toObject().value("resourceVersion"_L1));
        out.insert(u"metadata"_s, meta);
        return out;
    }
    if (r.hasStatus) {
        if (current.contains("status"_L1))
            next.insert(u"status"_s, current.value("status"_L1));
        else
            next.remove(u"status"_s);
    }
    return next;
}

ApiServer::Reply ApiServer::update(const Identity &who, const Target &t,
                                   const ServerRequest &request)
{
    const ApiResource &r = *t.resource;
    const auto current = stored(t);
    if (!current)
        return notFound(r, t.name);
    QJsonObject object;
    if (const auto problem = decodeBody(request, &object))
        return status(400, u"BadRequest"_s, *problem);
    if (ObjectStore::metaString(object, "name") != t.name)
        return status(400, u"BadRequest"_s,
                      u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                          ObjectStore::metaString(object, "name"), t.name));
    const QString rv = ObjectStore::metaString(object, "resourceVersion");
    if (rv.isEmpty())
        return invalid(
            r, t.name,
            {{u"FieldValueInvalid"_s, u"Invalid value: 0x0: must be specified for an update"_s,
              u"metadata.resourceVersion"_s}});
    if (rv != ObjectStore::metaString(*current, "resourceVersion"))
        return conflict(r, t.name);
    object.insert(u"apiVersion"_s, r.apiVersion());
    object.insert(u"kind"_s, r.kind);
    QJsonObject meta = object.value("metadata"_L1).toObject();
    if (r.namespaced)
        meta.insert(u"namespace"_s, t.ns);
    object.insert(u"metadata"_s, meta);
    return store(who, t, mergeStatus(r, t.subresource, *current, object), request.query, false,
                 current);
}

ApiServer::Reply ApiServer::patch(const Identity &who, const Target &t,
                                  const ServerRequest &request)
{
    const ApiResource &r = *t.resource;
    const auto current = stored(t);
    if (!current)
        return notFound(r, t.name);
    const QByteArray type = request.header("content-type").split(';').value(0).trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    QJsonValue patched;
    if (type == "application/merge-patch+json" && doc.isObject()) {
        patched = applyMergePatch(*current, doc.object());
    } else if (type == "application/json-patch+json" && doc.isArray()) {
        auto result = applyJsonPatch(*current, doc.array());
        if (!result)
            return status(422, u"Invalid"_s, result.error().detail());
        patched = *result;
    } else if (type == "application/strategic-merge-patch+json" && !r.custom && doc.isObject()) {
        patched = applyStrategicMergePatch(*current, doc.object());
    } else if (type == "application/merge-patch+json" || type == "application/json-patch+json"
               || (type == "application/strategic-merge-patch+json" && !r.custom)) {
        return status(400, u"BadRequest"_s,
                      u"error decoding patch: the patch is not valid JSON of the right shape"_s);
    } else {
        return status(
            415, u"UnsupportedMediaType"_s,
            u"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"_s);
    }
    QJsonObject object = patched.toObject();
    const QString rv = ObjectStore::metaString(object, "resourceVersion");
    if (!rv.isEmpty() && rv != ObjectStore::metaString(*current, "resourceVersion"))
        return conflict(r, t.name);
    if (ObjectStore::metaString(object, "name") != t.name
        || (r.namespaced && ObjectStore::metaString(object, "namespace") != t.ns))
        return status(400, u"BadRequest"_s,
                      u"metadata.name and metadata.namespace cannot be changed by a patch"_s);
    object.insert(u"apiVersion"_s, r.apiVersion());
    object.insert(u"kind"_s, r.kind);
    return store(who, t, mergeStatus(r, t.subresource, *current, object), request.query, false,
                 current);
}

ApiServer::Reply ApiServer::remove(const Identity &, const Target &t, const ServerRequest &request)
{
    const ApiResource &r = *t.resource;
    const QUrlQuery &query = request.query;
    const auto current = stored(t);
    if (!current)
        return notFound(r, t.name);
    // DeleteOptions.preconditions, checked as the apiserver's store checks them.
    if (!request.body.isEmpty()) {
        const QJsonDocument options = QJsonDocument::fromJson(request.body);
        if (!options.isObject())
            return status(400, u"BadRequest"_s, u"the body is not DeleteOptions JSON"_s);
        const QJsonObject pre = options.object().value("preconditions"_L1).toObject();
        const QString uid = pre.value("uid"_L1).toString();
        const QString rv = pre.value("resourceVersion"_L1).toString();
        const QString currentUid = ObjectStore::metaString(*current, "uid");
        const QString currentRv = ObjectStore::metaString(*current, "resourceVersion");
        if (!uid.isEmpty() && uid != currentUid)
            return conflict(
                r, t.name,
                u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(
                    uid, currentUid));
        if (!rv.isEmpty() && rv != currentRv)
            return conflict(
                r, t.name,
                u"Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in object meta: %2"_s
                    .arg(rv, currentRv));
    }
    QJsonObject details {{u"name"_s, t.name},
                         {u"kind"_s, r.plural},
                         {u"uid"_s, current->value("metadata"_L1).toObject().value("uid"_L1)}};
    if (!r.group.isEmpty())
        details.insert(u"group"_s, r.group);
    if (query.queryItemValue(u"dryRun"_s) != u"All") {
        m_store->remove(r.key(), r.namespaced ? t.ns : QString(), t.name);
        if (r.plural == u"imagestreamtags") {
            // Deleting NAME:TAG untags the ImageStream, as `oc tag -d` relies on.
            const QString streamName = t.name.section(u':', 0, 0), tag = t.name.section(u':', 1);
            if (auto stream
                = m_store->get(u"imagestreams.image.openshift.io"_s, t.ns, streamName)) {
                QJsonObject status = stream->value("status"_L1).toObject();
                QJsonArray tags;
                for (const QJsonValue &v : status.value("tags"_L1).toArray()) {
                    if (v.toObject().value("tag"_L1).toString() != tag)
                        tags.append(v);
                }
                status.insert(u"tags"_s, tags);
                stream->insert(u"status"_s, status);
                m_store->put(u"imagestreams.image.openshift.io"_s, *stream);
            }
        }
        if (r.plural == u"namespaces" && r.group.isEmpty()) {
            for (const ApiResource &other : m_catalog->resources()) {
                if (!other.namespaced)
                    continue;
                for (const QJsonObject &o : m_store->list(other.key(), t.name))
                    m_store->remove(other.key(), t.name, ObjectStore::metaString(o, "name"));
            }
        }
        Q_EMIT mutated();
    }
    Reply reply = status(200, {}, {}, details);
    reply.body.remove(u"message"_s);
    reply.body.remove(u"reason"_s);
    return reply;
}

void ApiServer::watch(const Identity &, const Target &t, const QUrlQuery &query,
                      const std::optional<TableRequest> &table, ResponseWriter *writer)
{
    const ApiResource r = *t.resource;
    const QString ns = r.namespaced ? t.ns : QString();
    const QString labelSelector = query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded);
    const QString fieldSelector = query.queryItemValue(u"fieldSelector"_s, QUrl::FullyDecoded);
    const QString rvText = query.queryItemValue(u"resourceVersion"_s);
    auto matches = [=](const WatchEvent &e) {
        if (e.key != r.key())
            return false;
        if (!ns.isEmpty() && ObjectStore::metaString(e.object, "namespace") != ns)
            return false;
        return (labelSelector.isEmpty() || labelsMatch(e.object, labelSelector))
            && (fieldSelector.isEmpty() || fieldsMatch(e.object, fieldSelector));
    };
    // As Tables, each event carries a one-row Table; only the first has the column definitions.
    auto headersSent = std::make_shared<bool>(false);
    auto line
        = [r, table, headersSent](const QString &type, const QJsonObject &object) -> QByteArray {
        QJsonObject printed = object;
        if (table && type != u"ERROR") {
            printed
                = toTable(r, *table, {object}, {}, QDateTime::currentDateTimeUtc(), !*headersSent);
            *headersSent = true;
        }
        return QJsonDocument(QJsonObject {{u"type"_s, type}, {u"object"_s, printed}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    };
    writer->beginStream(
        200, {{"Content-Type", "application/json"}, {"Cache-Control", "no-cache, private"}});
    if (rvText.isEmpty() || rvText == u"0") {
        for (const QJsonObject &o : m_store->list(r.key(), ns)) {
            if (matches({0, r.key(), u"ADDED"_s, o}))
                writer->writeChunk(line(u"ADDED"_s, o));
        }
    } else {
        const auto events = m_store->eventsSince(rvText.toLongLong());
        if (!events) {
            const Reply gone = status(
                410, u"Expired"_s,
                u"too old resource version: %1 (%2)"_s.arg(rvText).arg(m_store->resourceVersion()));
            writer->writeChunk(line(u"ERROR"_s, gone.body));
            writer->endStream();
            return;
        }
        for (const WatchEvent &e : *events) {
            if (matches(e))
                writer->writeChunk(line(e.type, e.object));
        }
    }
    QPointer<ResponseWriter> guard(writer);
    connect(m_store, &ObjectStore::changed, writer, [guard, matches, line](const WatchEvent &e) {
        if (guard && matches(e))
            guard->writeChunk(line(e.type, e.object));
    });
    const int timeout = query.queryItemValue(u"timeoutSeconds"_s).toInt();
    if (timeout > 0)
        QTimer::singleShot(timeout * 1000, writer, [guard] {
            if (guard)
                guard->endStream();
        });
}

ApiServer::Reply ApiServer::review(const Identity &who, const Target &t, const QJsonObject &body)
{
    const ApiResource &r = *t.resource;
    QJsonObject out = body;
    out.insert(u"apiVersion"_s, r.apiVersion());
    out.insert(u"kind"_s, r.kind);
    out.insert(u"metadata"_s, QJsonObject {{u"creationTimestamp"_s, QJsonValue::Null}});
    if (r.plural == u"selfsubjectreviews") {
        out.insert(
            u"status"_s,
            QJsonObject {{u"userInfo"_s,
                          QJsonObject {{u"username"_s, who.name},
                                       {u"groups"_s, QJsonArray::fromStringList(who.groups)}}}});
        return {201, out, {}};
    }
    const QJsonObject spec = body.value("spec"_L1).toObject();
    if (r.plural == u"selfsubjectaccessreviews") {
        const QJsonObject a = spec.value("resourceAttributes"_L1).toObject();
        bool allowed = true; // non-resource URLs (discovery, /version) are open to every user here
        if (!a.isEmpty()) {
            allowed = m_authorizer.allowed(
                who,
                {a.value("verb"_L1).toString(), a.value("group"_L1).toString(),
                 a.value("resource"_L1).toString(), a.value("subresource"_L1).toString(),
                 a.value("namespace"_L1).toString(), a.value("name"_L1).toString()});
        }
        QJsonObject st {{u"allowed"_s, allowed}};
        if (allowed)
            st.insert(u"reason"_s, u"RBAC: allowed by the sandbox's role bindings"_s);
        out.insert(u"status"_s, st);
        return {201, out, {}};
    }
    // SelfSubjectRulesReview
    QJsonArray resourceRules;
    for (const QJsonValue &rule :
         m_authorizer.rulesFor(who, spec.value("namespace"_L1).toString())) {
        QJsonObject o = rule.toObject();
        o.remove(u"nonResourceURLs"_s);
        if (o.contains("resources"_L1))
            resourceRules.append(o);
    }
    out.insert(
        u"status"_s,
        QJsonObject {{u"resourceRules"_s, resourceRules},
                     {u"nonResourceRules"_s,
                      QJsonArray {QJsonObject {{u"verbs"_s, QJsonArray {u"get"_s}},
                                               {u"nonResourceURLs"_s,
                                                QJsonArray {u"/api"_s, u"/api/*"_s, u"/apis"_s,
                                                            u"/apis/*"_s, u"/version"_s}}}}},
                     {u"incomplete"_s, false}});
    return {201, out, {}};
}

QList<QJsonObject> ApiServer::visibleProjects(const Identity &who) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &ns : m_store->list(u"namespaces"_s)) {
        const QString name = ObjectStore::metaString(ns, "name");
        if (!m_authorizer.allowed(who, {u"get"_s, {}, u"namespaces"_s, {}, {}, name})
            && !m_authorizer.isMember(who, name))
            continue;
        QJsonObject project {
            {u"kind"_s, u"Project"_s},
            {u"apiVersion"_s, u"project.openshift.io/v1"_s},
            {u"metadata"_s, ns.value("metadata"_L1)},
            {u"spec"_s, QJsonObject {{u"finalizers"_s, QJsonArray {u"kubernetes"_s}}}},
            {u"status"_s, QJsonObject {{u"phase"_s, u"Active"_s}}}};
        out.append(project);
    }
    return out;
}

ApiServer::Reply ApiServer::projects(const Identity &who, const Target &t)
{
    const QList<QJsonObject> visible = visibleProjects(who);
    if (!t.name.isEmpty()) {
        for (const QJsonObject &p : visible) {
            if (ObjectStore::metaString(p, "name") == t.name)
                return {200, p, {}};
        }
        return forbidden(who, {u"get"_s, u"project.openshift.io"_s, u"projects"_s, {}, {}, t.name});
    }
    QJsonArray items;
    for (const QJsonObject &p : visible)
        items.append(p);
    return {200,
            QJsonObject {
                {u"kind"_s, u"ProjectList"_s},
                {u"apiVersion"_s, u"project.openshift.io/v1"_s},
                {u"metadata"_s,
                 QJsonObject {{u"resourceVersion"_s, QString::number(m_store->resourceVersion())}}},
                {u"items"_s, items}},
            {}};
}

} // namespace Berth::Sandbox
