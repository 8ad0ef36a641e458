// SPDX-License-Identifier: Apache-2.0
#include "yamledit.h"

#include "common/error.h"
#include "common/yamljson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
/// `edited` with each value still as Change::redacted() showed it (`shown`) put back to the
/// `original` it hides: a secret the user did not retype is kept as it is.
QJsonValue unredacted(const QJsonValue &edited, const QJsonValue &shown, const QJsonValue &original)
{
    if (edited.isObject() && shown.isObject() && original.isObject()) {
        QJsonObject out = edited.toObject();
        const QJsonObject s = shown.toObject(), o = original.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            *it = unredacted(*it, s.value(it.key()), o.value(it.key()));
        return out;
    }
    return edited == shown && shown != original ? original : edited;
}

QString metaString(const QJsonObject &object, QLatin1StringView key)
{
    return object.value("metadata"_L1).toObject().value(key).toString();
}
} // namespace

YamlEdit::YamlEdit(const Kube::ResourceType &type, const QJsonObject &object)
    : m_type(type)
    , m_object(object)
{ }

QString YamlEdit::text() const
{
    QJsonObject shown = Change::redacted(m_object);
    QJsonObject meta = shown.value("metadata"_L1).toObject();
    meta.remove(u"managedFields"_s);
    shown.insert(u"metadata"_s, meta);
    return QString::fromUtf8(jsonToYaml(shown));
}

Result<std::optional<Change>> YamlEdit::change(const QString &edited, int *errorLine) const
{
    const Result<QJsonValue> parsed = yamlToJson(edited.toUtf8(), errorLine);
    if (!parsed)
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("This is not valid YAML: %1")
                         .arg(parsed.error().detail().isEmpty() ? parsed.error().message()
                                                                : parsed.error().detail()));
    if (!parsed->isObject())
        return Error(Error::Kind::InvalidInput, Tr::tr("The YAML must be one object, a mapping."));
    QJsonObject object = parsed->toObject();
    // kubectl edit's rule: the edit is of this object, not a way to make another.
    for (const auto &[what, before, after] :
         {std::tuple {u"apiVersion"_s, m_object.value("apiVersion"_L1).toString(),
                      object.value("apiVersion"_L1).toString()},
          std::tuple {u"kind"_s, m_object.value("kind"_L1).toString(),
                      object.value("kind"_L1).toString()},
          std::tuple {u"metadata.name"_s, metaString(m_object, "name"_L1),
                      metaString(object, "name"_L1)},
          std::tuple {u"metadata.namespace"_s, metaString(m_object, "namespace"_L1),
                      metaString(object, "namespace"_L1)}}) {
        if (before != after)
            return Error(Error::Kind::InvalidInput,
                         Tr::tr("%1 cannot be changed (from \"%2\" to \"%3\"): kubectl edit "
                                "refuses that too. To make another object, create it.")
                             .arg(what, before, after));
    }
    object = unredacted(object, Change::redacted(m_object), m_object).toObject();
    QJsonObject meta = object.value("metadata"_L1).toObject();
    meta.insert(u"managedFields"_s,
                m_object.value("metadata"_L1).toObject().value("managedFields"_L1));
    if (meta.value("managedFields"_L1).isUndefined())
        meta.remove(u"managedFields"_s);
    object.insert(u"metadata"_s, meta);
    if (Change::withoutBookkeeping(object) == Change::withoutBookkeeping(m_object))
        return std::optional<Change>();

    Change change;
    change.write = Change::Write::Replace;
    change.type = m_type;
    change.ns = metaString(m_object, "namespace"_L1);
    change.name = metaString(m_object, "name"_L1);
    change.object = Change::withoutBookkeeping(object);
    change.guard = metaString(m_object, "resourceVersion"_L1);
    change.expected = m_object;
    change.summary = Tr::tr("Edit %1 %2 as YAML").arg(m_type.kind, change.name);
    // What changed, as the merge patch oc edit would send: replayed later, it changes only
    // what the user changed (a replace would also reset what others changed since).
    const QJsonObject patch
        = Change::mergePatch(Change::withoutBookkeeping(m_object), change.object);
    change.command = Command(
        {u"oc"_s, u"patch"_s, m_type.qualifiedName() + u'/' + change.name, u"--type=merge"_s,
         u"-p"_s, QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact))});
    if (!change.ns.isEmpty())
        change.command << u"-n"_s << change.ns;
    return std::optional<Change>(change);
}

} // namespace Berth::OpenShift
