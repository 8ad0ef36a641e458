// SPDX-License-Identifier: Apache-2.0
#include "openapiv2.h"

#include "resourcecatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

namespace {

struct PathEntry
{
    QString path;
    const ApiResource *resource;
};

QList<PathEntry> paths(const ResourceCatalog &catalog)
{
    QList<PathEntry> out;
    for (const ApiResource &r : catalog.resources()) {
        if (r.review)
            continue;
        QString base = r.groupVersionPath();
        if (r.namespaced)
            base += u"/namespaces/{namespace}"_s;
        out.append({base + u'/' + r.plural + u"/{name}"_s, &r});
    }
    return out;
}

QString gvkYaml(const ApiResource &r)
{
    return u"group: \"%1\"\nkind: %2\nversion: %3\n"_s.arg(r.group, r.kind, r.version);
}

// Protobuf wire format: a field key, then a varint or a length-delimited payload.
void varint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}

void field(QByteArray &out, int number, const QByteArray &payload)
{
    varint(out, quint64(number) << 3 | 2);
    varint(out, quint64(payload.size()));
    out += payload;
}

void field(QByteArray &out, int number, const QString &text)
{
    field(out, number, text.toUtf8());
}

QByteArray queryParameter(const QString &name)
{
    // ParametersItem{parameter=1: Parameter{non_body_parameter=2: NonBodyParameter{
    //   query_parameter_sub_schema=3: {in=2, name=4, type=6}}}}
    QByteArray sub;
    field(sub, 2, u"query"_s);
    field(sub, 4, name);
    field(sub, 6, u"string"_s);
    QByteArray nonBody;
    field(nonBody, 3, sub);
    QByteArray parameter;
    field(parameter, 2, nonBody);
    QByteArray item;
    field(item, 1, parameter);
    return item;
}

} // namespace

QJsonObject openApiV2Json(const ResourceCatalog &catalog)
{
    QJsonObject jsonPaths;
    const QJsonArray parameters {
        QJsonObject {{u"name"_s, u"dryRun"_s}, {u"in"_s, u"query"_s}, {u"type"_s, u"string"_s}},
        QJsonObject {
            {u"name"_s, u"fieldValidation"_s}, {u"in"_s, u"query"_s}, {u"type"_s, u"string"_s}}};
    for (const PathEntry &p : paths(catalog)) {
        const QJsonObject gvk {{u"group"_s, p.resource->group},
                               {u"kind"_s, p.resource->kind},
                               {u"version"_s, p.resource->version}};
        const QJsonObject op {{u"parameters"_s, parameters},
                              {u"x-kubernetes-group-version-kind"_s, gvk}};
        jsonPaths.insert(p.path, QJsonObject {{u"patch"_s, op}, {u"put"_s, op}});
    }
    return {{u"swagger"_s, u"2.0"_s},
            {u"info"_s, QJsonObject {{u"title"_s, u"Kubernetes"_s}, {u"version"_s, u"v1.31.6"_s}}},
            {u"paths"_s, jsonPaths},
            {u"definitions"_s, QJsonObject()}};
}

QByteArray openApiV2Protobuf(const ResourceCatalog &catalog)
{
    QByteArray pathsMessage;
    for (const PathEntry &p : paths(catalog)) {
        // Operation{parameters=8 (repeated), vendor_extension=13: NamedAny{name=1, value=2:
        // Any{yaml=2}}}
        QByteArray anyValue;
        field(anyValue, 2, gvkYaml(*p.resource));
        QByteArray extension;
        field(extension, 1, u"x-kubernetes-group-version-kind"_s);
        field(extension, 2, anyValue);
        QByteArray operation;
        field(operation, 8, queryParameter(u"dryRun"_s));
        field(operation, 8, queryParameter(u"fieldValidation"_s));
        field(operation, 13, extension);
        QByteArray pathItem; // PathItem{put=3, patch=8}
        field(pathItem, 3, operation);
        field(pathItem, 8, operation);
        QByteArray named; // NamedPathItem{name=1, value=2}
        field(named, 1, p.path);
        field(named, 2, pathItem);
        field(pathsMessage, 2, named); // Paths{path=2}
    }
    QByteArray info;
    field(info, 1, u"Kubernetes"_s);
    field(info, 2, u"v1.31.6"_s);
    QByteArray document; // Document{swagger=1, info=2, paths=8}
    field(document, 1, u"2.0"_s);
    field(document, 2, info);
    field(document, 8, pathsMessage);
    return document;
}

} // namespace Berth::Sandbox
