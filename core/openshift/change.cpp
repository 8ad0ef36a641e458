// SPDX-License-Identifier: Apache-2.0
#include "change.h"

#include "common/error.h"
#include "common/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
QJsonObject withResourceVersion(QJsonObject object, const QString &resourceVersion)
{
    QJsonObject meta = object.value("metadata"_L1).toObject();
    meta.insert(u"resourceVersion"_s, resourceVersion);
    object.insert(u"metadata"_s, meta);
    return object;
}

QString metaString(const QJsonObject &object, QLatin1StringView key)
{
    return object.value("metadata"_L1).toObject().value(key).toString();
}

/// `oc VERB TYPE NAME [-n NS]`, the start of every command of an inverse.
Command ocCommand(const QString &verb, const Change &change)
{
    Command command({u"oc"_s, verb, change.type.qualifiedName(), change.name});
    if (change.type.namespaced)
        command << u"-n"_s << change.ns;
    return command;
}
} // namespace

static QByteArray guardedPatch(const Change &change, const QString &guard)
{
    if (guard.isEmpty())
        return change.patch;
    const QJsonDocument doc = QJsonDocument::fromJson(change.patch);
    if (change.patchType == Kube::PatchType::Json && doc.isArray()) {
        // RFC 6902 "add" replaces a member that exists: the patched object then carries the
        // version, and the server refuses it (409) when the stored one differs.
        QJsonArray ops = doc.array();
        ops.append(QJsonObject {
            {u"op"_s, u"add"_s}, {u"path"_s, u"/metadata/resourceVersion"_s}, {u"value"_s, guard}});
        return QJsonDocument(ops).toJson(QJsonDocument::Compact);
    }
    if (doc.isObject())
        return QJsonDocument(withResourceVersion(doc.object(), guard))
            .toJson(QJsonDocument::Compact);
    return change.patch; // not JSON: the server says why
}

Kube::WriteRequest Change::request(const QString &guardVersion,
                                   const Kube::WriteOptions &options) const
{
    using Kube::KubeClient;
    switch (write) {
    case Write::Patch:
        return KubeClient::patchRequest(type, ns, name, patchType,
                                        guardedPatch(*this, guardVersion), options);
    case Write::Create:
        return KubeClient::createRequest(type, ns, object, options);
    case Write::Replace:
        return KubeClient::replaceRequest(
            type, ns, guardVersion.isEmpty() ? object : withResourceVersion(object, guardVersion),
            options);
    case Write::Delete: {
        Kube::Preconditions conditions = preconditions;
        if (!guardVersion.isEmpty())
            conditions.resourceVersion = guardVersion;
        return KubeClient::removeRequest(type, ns, name, options, conditions);
    }
    }
    Q_UNREACHABLE();
    return {};
}

ValueReply<QJsonObject> *Change::send(Kube::KubeClient *client, const QString &guardVersion,
                                      bool dryRun) const
{
    Kube::WriteOptions options;
    options.dryRun = dryRun;
    return client->write(type, request(guardVersion, options));
}

QJsonObject Change::withoutBookkeeping(const QJsonObject &object)
{
    if (object.isEmpty())
        return object;
    QJsonObject out = object;
    QJsonObject meta = out.value("metadata"_L1).toObject();
    for (const auto key : {"managedFields"_L1, "resourceVersion"_L1, "generation"_L1, "uid"_L1,
                           "creationTimestamp"_L1, "selfLink"_L1})
        meta.remove(key);
    out.insert(u"metadata"_s, meta);
    return out;
}

QJsonObject Change::mergePatch(const QJsonObject &from, const QJsonObject &to)
{
    QJsonObject patch;
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = to.begin(); it != to.end(); ++it) {
        const QJsonValue old = from.value(it.key());
        if (old == it.value())
            continue;
        // Objects merge member by member; anything else (arrays included) is replaced whole.
        if (old.isObject() && it.value().isObject())
            patch.insert(it.key(), mergePatch(old.toObject(), it.value().toObject()));
        else
            patch.insert(it.key(), it.value());
    }
    return patch;
}

QJsonObject Change::redacted(const QJsonObject &object)
{
    static const QString hidden = u"REDACTED"_s;
    QJsonObject shown = object;
    if (shown.value("kind"_L1).toString() == u"Secret") {
        for (const auto key : {"data"_L1, "stringData"_L1}) {
            QJsonObject values = shown.value(key).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                *it = hidden;
            if (shown.contains(key))
                shown.insert(key, values);
        }
        QJsonObject meta = shown.value("metadata"_L1).toObject();
        QJsonObject annotations = meta.value("annotations"_L1).toObject();
        const QString lastApplied = u"kubectl.kubernetes.io/last-applied-configuration"_s;
        if (annotations.contains(lastApplied)) {
            annotations.insert(lastApplied, hidden);
            meta.insert(u"annotations"_s, annotations);
            shown.insert(u"metadata"_s, meta);
        }
    }
    QJsonObject spec = shown.value("spec"_L1).toObject();
    if (spec.contains("httpSecret"_L1))
        spec.insert(u"httpSecret"_s, hidden);
    // The registry config's proxy: http://user:password@proxy:3128.
    QJsonObject proxy = spec.value("proxy"_L1).toObject();
    for (auto it = proxy.begin(); it != proxy.end(); ++it) {
        QUrl url(it->toString(), QUrl::StrictMode);
        if (url.isValid() && !url.password().isEmpty()) {
            url.setPassword(hidden);
            *it = url.toString();
        }
    }
    if (!proxy.isEmpty())
        spec.insert(u"proxy"_s, proxy);
    if (shown.contains("spec"_L1))
        shown.insert(u"spec"_s, spec);
    return shown;
}

QString Change::yaml(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(jsonToYaml(redacted(object)));
}

Change Change::inverse(const QJsonObject &before, const QJsonObject &after) const
{
    Change undo;
    undo.type = type;
    undo.ns = ns;
    undo.name = name;
    //: %1 is the summary of the change being undone
    undo.summary = Tr::tr("Undo: %1").arg(summary);
    if (write == Write::Create) {
        undo.write = Write::Delete;
        undo.preconditions.uid = metaString(after, "uid"_L1);
        undo.guard = metaString(after, "resourceVersion"_L1);
        undo.expected = after;
        undo.command = ocCommand(u"delete"_s, undo);
        return undo;
    }
    if (write == Write::Delete) {
        // The object as it was, for the server to create anew (it gets a new uid).
        QJsonObject object = withoutBookkeeping(before);
        object.remove(u"status"_s);
        undo.write = Write::Create;
        undo.object = object;
        undo.command = Command({u"oc"_s, u"create"_s, u"-f"_s, u"-"_s});
        undo.command.setInput(yaml(object));
        return undo;
    }
    // A patch or a replace: a merge patch from what it left back to what it found. Status is
    // the server's, never written through the object.
    QJsonObject from = withoutBookkeeping(after), to = withoutBookkeeping(before);
    from.remove(u"status"_s);
    to.remove(u"status"_s);
    undo.write = Write::Patch;
    undo.patchType = Kube::PatchType::Merge;
    undo.patch = QJsonDocument(mergePatch(from, to)).toJson(QJsonDocument::Compact);
    undo.guard = metaString(after, "resourceVersion"_L1);
    undo.expected = after;
    undo.command = ocCommand(u"patch"_s, undo);
    undo.command << u"--type=merge"_s << u"-p"_s << QString::fromUtf8(undo.patch);
    return undo;
}

Result<void> Change::checkName(const QString &kind, const QString &name)
{
    static const QRegularExpression dnsSubdomain(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\z"_s);
    if (name.size() > 253 || !dnsSubdomain.match(name).hasMatch())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\" is not a %2 name: lower-case letters, digits, '-' and '.', "
                            "starting and ending with a letter or digit")
                         .arg(name.left(200), kind));
    return {};
}

} // namespace Berth::OpenShift
