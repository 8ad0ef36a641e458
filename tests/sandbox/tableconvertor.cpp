// SPDX-License-Identifier: Apache-2.0
#include "tableconvertor.h"

#include "resourcecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

namespace {

struct Column
{
    QString name;
    QString type = u"string"_s;
    int priority = 0; ///< 0: shown; 1: with `-o wide` only
    QString description {};
};

struct Printer
{
    QList<Column> columns;
    std::function<QJsonArray(const QJsonObject &, const QDateTime &)> cells;
};

QString meta(const QJsonObject &o, const char *field)
{
    return o.value("metadata"_L1).toObject().value(QLatin1StringView(field)).toString();
}

QJsonValue at(const QJsonObject &o, std::initializer_list<const char *> path)
{
    QJsonValue v = o;
    for (const char *key : path)
        v = v.toObject().value(QLatin1StringView(key));
    return v;
}

QString orNone(const QString &s)
{
    return s.isEmpty() ? u"<none>"_s : s;
}

QString age(const QJsonObject &o, const QDateTime &now)
{
    const QDateTime created = QDateTime::fromString(meta(o, "creationTimestamp"), Qt::ISODate);
    return created.isValid() ? humanDuration(created.secsTo(now)) : u"<unknown>"_s;
}

QString joined(const QJsonArray &values, const char *field, QStringView separator = u",")
{
    QStringList out;
    for (const QJsonValue &v : values)
        out.append(field ? v.toObject().value(QLatin1StringView(field)).toString() : v.toString());
    return out.join(separator);
}

QString labels(const QJsonObject &map)
{
    QStringList out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.append(it.key() + u'=' + it.value().toString());
    return out.join(u',');
}

QString accessModes(const QJsonArray &modes)
{
    static const QHash<QString, QString> shortName {{u"ReadWriteOnce"_s, u"RWO"_s},
                                                    {u"ReadOnlyMany"_s, u"ROX"_s},
                                                    {u"ReadWriteMany"_s, u"RWX"_s},
                                                    {u"ReadWriteOncePod"_s, u"RWOP"_s}};
    QStringList out;
    for (const QJsonValue &m : modes)
        out.append(shortName.value(m.toString(), m.toString()));
    return out.join(u',');
}

QString podStatus(const QJsonObject &pod)
{
    if (!meta(pod, "deletionTimestamp").isEmpty())
        return u"Terminating"_s;
    const QJsonObject status = pod.value("status"_L1).toObject();
    QString reason = status.value("reason"_L1).toString();
    if (reason.isEmpty())
        reason = status.value("phase"_L1).toString();
    for (const QJsonValue &c : status.value("containerStatuses"_L1).toArray()) {
        const QJsonObject state = c.toObject().value("state"_L1).toObject();
        for (const char *kind : {"waiting", "terminated"}) {
            const QString why
                = state.value(QLatin1StringView(kind)).toObject().value("reason"_L1).toString();
            if (!why.isEmpty())
                reason = why;
        }
    }
    return reason;
}

QJsonArray bindingCells(const QJsonObject &b, const QDateTime &now)
{
    QStringList users, groups, serviceAccounts;
    for (const QJsonValue &v : b.value("subjects"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        const QString kind = s.value("kind"_L1).toString();
        const QString name = s.value("name"_L1).toString();
        if (kind == u"User")
            users.append(name);
        else if (kind == u"Group")
            groups.append(name);
        else if (kind == u"ServiceAccount")
            serviceAccounts.append(s.value("namespace"_L1).toString() + u'/' + name);
    }
    const QJsonObject role = b.value("roleRef"_L1).toObject();
    return {meta(b, "name"),
            QString(role.value("kind"_L1).toString() + u'/' + role.value("name"_L1).toString()),
            age(b, now),
            users.join(u", "),
            groups.join(u", "),
            serviceAccounts.join(u", ")};
}

// Column sets and cells of kube-apiserver's printers (pkg/printers/internalversion) and of
// openshift-apiserver's for the kinds the sandbox serves as built-in types.
const QHash<QString, Printer> &printers()
{
    static const Column name {u"Name"_s, u"string"_s, 0,
                              u"Name must be unique within a namespace."_s};
    static const Column ageColumn {u"Age"_s, u"string"_s, 0,
                                   u"CreationTimestamp is when the object was created."_s};
    const Printer binding {{name,
                            {u"Role"_s},
                            ageColumn,
                            {u"Users"_s, u"string"_s, 1},
                            {u"Groups"_s, u"string"_s, 1},
                            {u"ServiceAccounts"_s, u"string"_s, 1}},
                           bindingCells};
    const Printer createdAt {{name, {u"Created At"_s, u"date"_s}},
                             [](const QJsonObject &o, const QDateTime &) -> QJsonArray {
                                 return {meta(o, "name"), meta(o, "creationTimestamp")};
                             }};
    static const QHash<QString, Printer> table {
        {u"storageclasses.storage.k8s.io"_s,
         {{name,
           {u"Provisioner"_s},
           {u"ReclaimPolicy"_s},
           {u"VolumeBindingMode"_s},
           {u"AllowVolumeExpansion"_s},
           ageColumn},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              const QJsonObject notes
                  = o.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
              const bool isDefault
                  = notes.value("storageclass.kubernetes.io/is-default-class"_L1) == u"true"_s
                  || notes.value("storageclass.beta.kubernetes.io/is-default-class"_L1)
                      == u"true"_s;
              return {QString(meta(o, "name") + (isDefault ? u" (default)"_s : QString())),
                      o.value("provisioner"_L1).toString(),
                      o.value("reclaimPolicy"_L1).toString(u"Delete"_s),
                      o.value("volumeBindingMode"_L1).toString(u"Immediate"_s),
                      o.value("allowVolumeExpansion"_L1).toBool(),
                      age(o, now)};
          }}},
        {u"persistentvolumeclaims"_s,
         {{name,
           {u"Status"_s},
           {u"Volume"_s},
           {u"Capacity"_s},
           {u"Access Modes"_s},
           {u"StorageClass"_s},
           {u"VolumeAttributesClass"_s},
           ageColumn,
           {u"VolumeMode"_s, u"string"_s, 1}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              const QString volume = at(o, {"spec", "volumeName"}).toString();
              const bool bound = !volume.isEmpty();
              const QString attributes = at(o, {"spec", "volumeAttributesClassName"}).toString();
              return {meta(o, "name"),
                      meta(o, "deletionTimestamp").isEmpty() ? at(o, {"status", "phase"}).toString()
                                                             : u"Terminating"_s,
                      volume,
                      bound ? at(o, {"status", "capacity", "storage"}).toString() : QString(),
                      bound ? accessModes(at(o, {"status", "accessModes"}).toArray()) : QString(),
                      at(o, {"spec", "storageClassName"}).toString(),
                      attributes.isEmpty() ? u"<unset>"_s : attributes,
                      age(o, now),
                      at(o, {"spec", "volumeMode"}).toString(u"<unset>"_s)};
          }}},
        {u"pods"_s,
         {{name,
           {u"Ready"_s},
           {u"Status"_s},
           {u"Restarts"_s},
           ageColumn,
           {u"IP"_s, u"string"_s, 1},
           {u"Node"_s, u"string"_s, 1},
           {u"Nominated Node"_s, u"string"_s, 1},
           {u"Readiness Gates"_s, u"string"_s, 1}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              int ready = 0;
              qint64 restarts = 0;
              for (const QJsonValue &c : at(o, {"status", "containerStatuses"}).toArray()) {
                  ready += c.toObject().value("ready"_L1).toBool() ? 1 : 0;
                  restarts += c.toObject().value("restartCount"_L1).toInteger();
              }
              return {meta(o, "name"),
                      u"%1/%2"_s.arg(ready).arg(at(o, {"spec", "containers"}).toArray().size()),
                      podStatus(o),
                      QString::number(restarts),
                      age(o, now),
                      orNone(at(o, {"status", "podIP"}).toString()),
                      orNone(at(o, {"spec", "nodeName"}).toString()),
                      orNone(at(o, {"status", "nominatedNodeName"}).toString()),
                      u"<none>"_s};
          }}},
        {u"deployments.apps"_s,
         {{name,
           {u"Ready"_s},
           {u"Up-to-date"_s, u"integer"_s},
           {u"Available"_s, u"integer"_s},
           ageColumn,
           {u"Containers"_s, u"string"_s, 1},
           {u"Images"_s, u"string"_s, 1},
           {u"Selector"_s, u"string"_s, 1}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              const QJsonArray containers
                  = at(o, {"spec", "template", "spec", "containers"}).toArray();
              return {meta(o, "name"),
                      u"%1/%2"_s.arg(at(o, {"status", "readyReplicas"}).toInteger())
                          .arg(at(o, {"spec", "replicas"}).toInteger(1)),
                      at(o, {"status", "updatedReplicas"}).toInteger(),
                      at(o, {"status", "availableReplicas"}).toInteger(),
                      age(o, now),
                      joined(containers, "name"),
                      joined(containers, "image"),
                      labels(at(o, {"spec", "selector", "matchLabels"}).toObject())};
          }}},
        {u"services"_s,
         {{name,
           {u"Type"_s},
           {u"Cluster-IP"_s},
           {u"External-IP"_s},
           {u"Port(s)"_s},
           ageColumn,
           {u"Selector"_s, u"string"_s, 1}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              QStringList ports;
              for (const QJsonValue &v : at(o, {"spec", "ports"}).toArray()) {
                  const QJsonObject p = v.toObject();
                  const qint64 node = p.value("nodePort"_L1).toInteger();
                  ports.append(QString::number(p.value("port"_L1).toInteger())
                               + (node ? u':' + QString::number(node) : QString()) + u'/'
                               + p.value("protocol"_L1).toString(u"TCP"_s));
              }
              return {meta(o, "name"),
                      at(o, {"spec", "type"}).toString(u"ClusterIP"_s),
                      orNone(at(o, {"spec", "clusterIP"}).toString()),
                      orNone(joined(at(o, {"spec", "externalIPs"}).toArray(), nullptr)),
                      orNone(ports.join(u',')),
                      age(o, now),
                      orNone(labels(at(o, {"spec", "selector"}).toObject()))};
          }}},
        {u"namespaces"_s,
         {{name, {u"Status"_s}, ageColumn},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              return {meta(o, "name"), at(o, {"status", "phase"}).toString(u"Active"_s),
                      age(o, now)};
          }}},
        {u"configmaps"_s,
         {{name, {u"Data"_s, u"integer"_s}, ageColumn},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              return {meta(o, "name"),
                      o.value("data"_L1).toObject().size()
                          + o.value("binaryData"_L1).toObject().size(),
                      age(o, now)};
          }}},
        {u"secrets"_s,
         {{name, {u"Type"_s}, {u"Data"_s, u"integer"_s}, ageColumn},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              return {meta(o, "name"), o.value("type"_L1).toString(u"Opaque"_s),
                      o.value("data"_L1).toObject().size(), age(o, now)};
          }}},
        {u"serviceaccounts"_s,
         {{name, {u"Secrets"_s, u"integer"_s}, ageColumn},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              return {meta(o, "name"), o.value("secrets"_L1).toArray().size(), age(o, now)};
          }}},
        {u"events"_s,
         {{{u"Last Seen"_s},
           {u"Type"_s},
           {u"Reason"_s},
           {u"Object"_s},
           {u"Subobject"_s, u"string"_s, 1},
           {u"Source"_s, u"string"_s, 1},
           {u"Message"_s},
           {u"First Seen"_s, u"string"_s, 1},
           {u"Count"_s, u"string"_s, 1},
           {u"Name"_s, u"string"_s, 1}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              auto since = [&](const char *field) {
                  const QDateTime t = QDateTime::fromString(
                      o.value(QLatin1StringView(field)).toString(), Qt::ISODate);
                  return t.isValid() ? humanDuration(t.secsTo(now)) : u"<unknown>"_s;
              };
              const QJsonObject involved = o.value("involvedObject"_L1).toObject();
              return {since("lastTimestamp"),
                      o.value("type"_L1).toString(),
                      o.value("reason"_L1).toString(),
                      QString(involved.value("kind"_L1).toString().toLower() + u'/'
                              + involved.value("name"_L1).toString()),
                      involved.value("fieldPath"_L1).toString(),
                      at(o, {"source", "component"}).toString(),
                      o.value("message"_L1).toString(),
                      since("firstTimestamp"),
                      QString::number(o.value("count"_L1).toInteger(1)),
                      meta(o, "name")};
          }}},
        {u"roles.rbac.authorization.k8s.io"_s, createdAt},
        {u"clusterroles.rbac.authorization.k8s.io"_s, createdAt},
        {u"rolebindings.rbac.authorization.k8s.io"_s, binding},
        {u"clusterrolebindings.rbac.authorization.k8s.io"_s, binding},
        {u"projects.project.openshift.io"_s,
         {{name, {u"Display Name"_s}, {u"Status"_s}},
          [](const QJsonObject &o, const QDateTime &) -> QJsonArray {
              return {meta(o, "name"),
                      at(o, {"metadata", "annotations", "openshift.io/display-name"}).toString(),
                      at(o, {"status", "phase"}).toString(u"Active"_s)};
          }}},
        {u"routes.route.openshift.io"_s,
         {{name,
           {u"Host/Port"_s},
           {u"Path"_s},
           {u"Services"_s},
           {u"Port"_s},
           {u"Termination"_s},
           {u"Wildcard"_s}},
          [](const QJsonObject &o, const QDateTime &) -> QJsonArray {
              // A route no router admitted shows the router's reason instead of its host.
              QString host = at(o, {"spec", "host"}).toString();
              for (const QJsonValue &i : at(o, {"status", "ingress"}).toArray()) {
                  for (const QJsonValue &c : i.toObject().value("conditions"_L1).toArray()) {
                      const QJsonObject condition = c.toObject();
                      if (condition.value("type"_L1) == u"Admitted"_s
                          && condition.value("status"_L1) == u"False"_s)
                          host = condition.value("reason"_L1).toString();
                  }
              }
              const QJsonValue port = at(o, {"spec", "port", "targetPort"});
              QString termination = at(o, {"spec", "tls", "termination"}).toString();
              if (const QString insecure
                  = at(o, {"spec", "tls", "insecureEdgeTerminationPolicy"}).toString();
                  !insecure.isEmpty())
                  termination += u'/' + insecure;
              return {meta(o, "name"),
                      host,
                      at(o, {"spec", "path"}).toString(),
                      at(o, {"spec", "to", "name"}).toString(),
                      port.isDouble() ? QString::number(port.toInteger())
                                      : port.toString(u"<all>"_s),
                      termination,
                      at(o, {"spec", "wildcardPolicy"}).toString(u"None"_s)};
          }}},
        {u"imagestreams.image.openshift.io"_s,
         {{name, {u"Image Repository"_s}, {u"Tags"_s}, {u"Updated"_s}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              QString repository = at(o, {"status", "publicDockerImageRepository"}).toString();
              if (repository.isEmpty())
                  repository = at(o, {"status", "dockerImageRepository"}).toString();
              QDateTime updated;
              for (const QJsonValue &tag : at(o, {"status", "tags"}).toArray()) {
                  const QJsonArray items = tag.toObject().value("items"_L1).toArray();
                  const QDateTime created = QDateTime::fromString(
                      items.first().toObject().value("created"_L1).toString(), Qt::ISODate);
                  if (created.isValid() && (!updated.isValid() || created > updated))
                      updated = created;
              }
              return {meta(o, "name"), repository,
                      joined(at(o, {"status", "tags"}).toArray(), "tag"),
                      updated.isValid() ? QString(humanDuration(updated.secsTo(now)) + u" ago"_s)
                                        : QString()};
          }}},
        {u"imagestreamtags.image.openshift.io"_s,
         {{name, {u"Image Reference"_s}, {u"Updated"_s}},
          [](const QJsonObject &o, const QDateTime &now) -> QJsonArray {
              return {meta(o, "name"), at(o, {"image", "dockerImageReference"}).toString(),
                      QString(age(o, now) + u" ago"_s)};
          }}},
        {u"users.user.openshift.io"_s,
         {{name, {u"UID"_s}, {u"Full Name"_s}, {u"Identities"_s}},
          [](const QJsonObject &o, const QDateTime &) -> QJsonArray {
              return {meta(o, "name"), meta(o, "uid"), o.value("fullName"_L1).toString(),
                      joined(o.value("identities"_L1).toArray(), nullptr, u", ")};
          }}},
        {u"groups.user.openshift.io"_s,
         {{name, {u"Users"_s}},
          [](const QJsonObject &o, const QDateTime &) -> QJsonArray {
              return {meta(o, "name"), joined(o.value("users"_L1).toArray(), nullptr, u", ")};
          }}},
    };
    return table;
}

// The JSONPath of additionalPrinterColumns, as far as CRDs use it: `.a.b`, `[N]`, `[*]` and
// `[?(@.field=="value")]`.
QList<QJsonValue> select(const QList<QJsonValue> &from, QStringView path)
{
    QList<QJsonValue> current = from;
    qsizetype i = 0;
    while (i < path.size() && !current.isEmpty()) {
        QList<QJsonValue> next;
        if (path[i] == u'.') {
            qsizetype end = i + 1;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            const QString key = path.mid(i + 1, end - i - 1).toString();
            for (const QJsonValue &v : std::as_const(current)) {
                if (v.toObject().contains(key))
                    next.append(v.toObject().value(key));
            }
            i = end;
        } else if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return {};
            const QStringView inside = path.mid(i + 1, close - i - 1);
            for (const QJsonValue &v : std::as_const(current)) {
                const QJsonArray array = v.toArray();
                if (inside == u"*") {
                    for (const QJsonValue &e : array)
                        next.append(e);
                } else if (inside.startsWith(u"?(@") && inside.endsWith(u')')) {
                    const QStringView test = inside.mid(3, inside.size() - 4);
                    const qsizetype eq = test.indexOf(u"==");
                    if (eq < 0)
                        return {};
                    QStringView wanted = test.mid(eq + 2).trimmed();
                    if (wanted.size() >= 2)
                        wanted = wanted.mid(1, wanted.size() - 2); // the quotes
                    for (const QJsonValue &e : array) {
                        const QList<QJsonValue> field = select({e}, test.left(eq).trimmed());
                        if (!field.isEmpty() && field.first().toString() == wanted)
                            next.append(e);
                    }
                } else {
                    bool ok = false;
                    const int index = inside.toInt(&ok);
                    if (ok && index >= 0 && index < array.size())
                        next.append(array.at(index));
                }
            }
            i = close + 1;
        } else {
            return {};
        }
        current = next;
    }
    return current;
}

QJsonValue customCell(const QJsonObject &column, const QJsonObject &o, const QDateTime &now)
{
    QStringView path = column.value("jsonPath"_L1).toString();
    if (path.startsWith(u'{') && path.endsWith(u'}'))
        path = path.mid(1, path.size() - 2);
    const QString pathText = path.toString();
    const QList<QJsonValue> found = select({o}, pathText);
    if (found.isEmpty())
        return QJsonValue::Null; // kubectl prints <none>
    const QString type = column.value("type"_L1).toString();
    const QJsonValue v = found.first();
    if (type == u"date") {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        return t.isValid() ? humanDuration(t.secsTo(now)) : u"<invalid>"_s;
    }
    if (type == u"integer")
        return v.toInteger();
    if (type == u"number")
        return v.toDouble();
    if (type == u"boolean")
        return v.toBool();
    QStringList texts;
    for (const QJsonValue &each : found) {
        texts.append(
            each.isString() ? each.toString()
                : each.isDouble()
                ? QString::number(each.toDouble())
                : QString::fromUtf8(
                    QJsonDocument::fromVariant(each.toVariant()).toJson(QJsonDocument::Compact)));
    }
    return texts.join(u' ');
}

// A CRD's printer: Name, then its additionalPrinterColumns, or Age when it declares none (the
// default apiextensions-apiserver gives a version without columns).
Printer customPrinter(const ApiResource &r)
{
    QJsonArray declared = r.printerColumns;
    if (declared.isEmpty())
        declared.append(QJsonObject {{u"name"_s, u"Age"_s},
                                     {u"type"_s, u"date"_s},
                                     {u"jsonPath"_s, u".metadata.creationTimestamp"_s}});
    Printer p;
    p.columns.append({u"Name"_s, u"string"_s, 0, u"Name must be unique within a namespace."_s});
    for (const QJsonValue &c : std::as_const(declared))
        p.columns.append({c[u"name"_s].toString(), c[u"type"_s].toString(),
                          int(c[u"priority"_s].toInteger()), c[u"description"_s].toString()});
    p.cells = [declared](const QJsonObject &o, const QDateTime &now) {
        QJsonArray cells {meta(o, "name")};
        for (const QJsonValue &c : declared)
            cells.append(customCell(c.toObject(), o, now));
        return cells;
    };
    return p;
}

} // namespace

std::optional<TableRequest> TableRequest::from(const QByteArray &accept,
                                               const QString &includeObject, bool *invalidInclude)
{
    *invalidInclude = false;
    std::optional<TableRequest> wanted;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        QHash<QByteArray, QByteArray> params;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const qsizetype eq = parts[i].indexOf('=');
            if (eq > 0)
                params.insert(parts[i].left(eq).trimmed(), parts[i].mid(eq + 1).trimmed());
        }
        if (type != "application/json" && type != "application/*" && type != "*/*")
            continue; // protobuf, yaml: the sandbox serves JSON only
        if (!params.contains("as"))
            return std::nullopt; // plain JSON comes first
        const QByteArray version = params.value("v");
        if (params.value("as") == "Table" && params.value("g") == "meta.k8s.io"
            && (version == "v1" || version == "v1beta1")) {
            wanted = TableRequest {u"meta.k8s.io/"_s + QString::fromLatin1(version)};
            break;
        }
    }
    if (!wanted)
        return std::nullopt;
    if (includeObject == u"None")
        wanted->include = Include::None;
    else if (includeObject == u"Object")
        wanted->include = Include::Object;
    else if (!includeObject.isEmpty() && includeObject != u"Metadata")
        *invalidInclude = true;
    return wanted;
}

QJsonObject toTable(const ApiResource &r, const TableRequest &request,
                    const QList<QJsonObject> &objects, const QJsonObject &listMetadata,
                    const QDateTime &now, bool headers)
{
    // Routes come with a CRD in the fixtures, but openshift-apiserver prints them as its own.
    const Printer printer = printers().value(r.key(), customPrinter(r));
    QJsonArray rows;
    for (const QJsonObject &o : objects) {
        QJsonObject row {{u"cells"_s, printer.cells(o, now)}};
        if (request.include == TableRequest::Include::Object)
            row.insert(u"object"_s, o);
        else if (request.include == TableRequest::Include::Metadata)
            row.insert(u"object"_s,
                       QJsonObject {{u"kind"_s, u"PartialObjectMetadata"_s},
                                    {u"apiVersion"_s, request.apiVersion},
                                    {u"metadata"_s, o.value("metadata"_L1)}});
        rows.append(row);
    }
    QJsonObject table {{u"kind"_s, u"Table"_s},
                       {u"apiVersion"_s, request.apiVersion},
                       {u"metadata"_s, listMetadata},
                       {u"rows"_s, rows}};
    if (headers) {
        QJsonArray columns;
        for (const Column &c : printer.columns) {
            columns.append(QJsonObject {{u"name"_s, c.name},
                                        {u"type"_s, c.type},
                                        {u"format"_s, c.name == u"Name" ? u"name"_s : QString()},
                                        {u"description"_s, c.description},
                                        {u"priority"_s, c.priority}});
        }
        table.insert(u"columnDefinitions"_s, columns);
    }
    return table;
}

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 120)
        return u"%1s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return seconds % 60 ? u"%1m%2s"_s.arg(minutes).arg(seconds % 60) : u"%1m"_s.arg(minutes);
    if (minutes < 180)
        return u"%1m"_s.arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return minutes % 60 ? u"%1h%2m"_s.arg(hours).arg(minutes % 60) : u"%1h"_s.arg(hours);
    if (hours < 48)
        return u"%1h"_s.arg(hours);
    if (hours < 24 * 8)
        return hours % 24 ? u"%1d%2h"_s.arg(hours / 24).arg(hours % 24) : u"%1d"_s.arg(hours / 24);
    if (hours < 24 * 365 * 2)
        return u"%1d"_s.arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 days = (hours / 24) % 365;
        return days ? u"%1y%2d"_s.arg(hours / 24 / 365).arg(days) : u"%1y"_s.arg(hours / 24 / 365);
    }
    return u"%1y"_s.arg(hours / 24 / 365);
}

} // namespace Berth::Sandbox
