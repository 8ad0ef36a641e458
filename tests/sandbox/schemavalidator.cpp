// SPDX-License-Identifier: Apache-2.0
#include "schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

namespace {

QString display(const QJsonValue &v)
{
    if (v.isString())
        return u"\""_s + v.toString() + u"\""_s;
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(
            QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    return QString::number(v.toDouble(), 'g', 15);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return v.toDouble() == double(qint64(v.toDouble())) ? u"integer"_s : u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"null"_s;
    }
}

struct Walker
{
    SchemaValidator::Outcome *out;

    void invalid(const QString &path, const QJsonValue &v, const QString &what,
                 const QString &reason = u"FieldValueInvalid"_s)
    {
        out->causes.append(
            {reason, u"Invalid value: %1: %2 in body %3"_s.arg(display(v), path, what), path});
    }

    QJsonValue walk(const QJsonObject &schema, const QJsonValue &value, const QString &path)
    {
        if (value.isNull()) {
            if (!schema.value("nullable"_L1).toBool() && !schema.isEmpty()
                && schema.contains("type"_L1))
                invalid(path, value,
                        u"must be of type %1: \"null\""_s.arg(schema.value("type"_L1).toString()),
                        u"FieldValueTypeInvalid"_s);
            return value;
        }
        const QString type = schema.value("type"_L1).toString();
        const QString actual = typeName(value);
        if (schema.value("x-kubernetes-int-or-string"_L1).toBool()) {
            if (actual != u"integer" && actual != u"string")
                invalid(path, value, u"must be of type integer-or-string"_s,
                        u"FieldValueTypeInvalid"_s);
            return value;
        }
        if (!type.isEmpty() && type != actual && !(type == u"number" && actual == u"integer")) {
            out->causes.append(
                {u"FieldValueTypeInvalid"_s,
                 u"Invalid value: \"%1\": %2 in body must be of type %3: \"%1\""_s.arg(actual, path,
                                                                                       type),
                 path});
            return value;
        }
        if (schema.contains("enum"_L1)) {
            const QJsonArray allowed = schema.value("enum"_L1).toArray();
            if (!allowed.contains(value)) {
                QStringList names;
                for (const QJsonValue &a : allowed)
                    names.append(display(a));
                out->causes.append({u"FieldValueNotSupported"_s,
                                    u"Unsupported value: %1: supported values: %2"_s.arg(
                                        display(value), names.join(u", "_s)),
                                    path});
            }
        }
        if (value.isString()) {
            const QString s = value.toString();
            if (schema.contains("pattern"_L1)) {
                const QString pattern = schema.value("pattern"_L1).toString();
                if (!QRegularExpression(pattern).match(s).hasMatch())
                    invalid(path, value, u"should match '%1'"_s.arg(pattern));
            }
            if (schema.contains("maxLength"_L1) && s.size() > schema.value("maxLength"_L1).toInt())
                out->causes.append({u"FieldValueTooLong"_s,
                                    u"Too long: may not be longer than %1"_s.arg(
                                        schema.value("maxLength"_L1).toInt()),
                                    path});
            if (schema.contains("minLength"_L1) && s.size() < schema.value("minLength"_L1).toInt())
                invalid(path, value,
                        u"should be at least %1 chars long"_s.arg(
                            schema.value("minLength"_L1).toInt()));
        }
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (schema.contains("minimum"_L1) && d < schema.value("minimum"_L1).toDouble())
                invalid(path, value,
                        u"should be greater than or equal to %1"_s.arg(
                            schema.value("minimum"_L1).toDouble()));
            if (schema.contains("maximum"_L1) && d > schema.value("maximum"_L1).toDouble())
                invalid(path, value,
                        u"should be less than or equal to %1"_s.arg(
                            schema.value("maximum"_L1).toDouble()));
        }
        if (value.isArray()) {
            QJsonArray a = value.toArray();
            if (schema.contains("maxItems"_L1) && a.size() > schema.value("maxItems"_L1).toInt())
                out->causes.append({u"FieldValueTooMany"_s,
                                    u"Too many: %1: must have at most %2 items"_s.arg(a.size()).arg(
                                        schema.value("maxItems"_L1).toInt()),
                                    path});
            if (schema.contains("minItems"_L1) && a.size() < schema.value("minItems"_L1).toInt())
                invalid(
                    path, value,
                    u"should have at least %1 items"_s.arg(schema.value("minItems"_L1).toInt()));
            const QJsonObject items = schema.value("items"_L1).toObject();
            for (qsizetype i = 0; i < a.size(); ++i)
                a.replace(i, walk(items, a.at(i), u"%1[%2]"_s.arg(path).arg(i)));
            return a;
        }
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            const QJsonObject props = schema.value("properties"_L1).toObject();
            for (const QJsonValue &r : schema.value("required"_L1).toArray()) {
                if (!o.contains(r.toString()))
                    out->causes.append(
                        {u"FieldValueRequired"_s, u"Required value"_s, path + u'.' + r.toString()});
            }
            const bool preserve = schema.value("x-kubernetes-preserve-unknown-fields"_L1).toBool();
            const QJsonValue additional = schema.value("additionalProperties"_L1);
            const QStringList keys = o.keys();
            for (const QString &k : keys) {
                const QString child = path.isEmpty() ? k : path + u'.' + k;
                if (props.contains(k)) {
                    o.insert(k, walk(props.value(k).toObject(), o.value(k), child));
                } else if (additional.isObject()) {
                    o.insert(k, walk(additional.toObject(), o.value(k), child));
                } else if (!preserve && (!props.isEmpty() || additional.isBool())) {
                    out->unknownFields.append(child);
                    o.remove(k);
                }
            }
            return o;
        }
        return value;
    }
};

} // namespace

SchemaValidator::Outcome SchemaValidator::validate(const QJsonObject &schema,
                                                   const QJsonObject &object)
{
    Outcome out;
    Walker walker {&out};
    QJsonObject body = object;
    // apiVersion, kind and metadata are checked by the server itself.
    const QJsonObject meta = body.take(u"metadata"_s).toObject();
    const QJsonValue apiVersion = body.take(u"apiVersion"_s);
    const QJsonValue kind = body.take(u"kind"_s);
    QJsonObject props = schema.value("properties"_L1).toObject();
    props.remove(u"metadata"_s);
    props.remove(u"apiVersion"_s);
    props.remove(u"kind"_s);
    QJsonObject rest = schema;
    rest.insert(u"properties"_s, props);
    QJsonArray required;
    for (const QJsonValue &r : schema.value("required"_L1).toArray()) {
        if (r.toString() != u"metadata" && r.toString() != u"apiVersion" && r.toString() != u"kind")
            required.append(r);
    }
    rest.insert(u"required"_s, required);
    out.pruned = walker.walk(rest, body, {}).toObject();
    // Required fields at the root are reported without a leading dot.
    for (StatusCause &c : out.causes) {
        if (c.field.startsWith(u'.'))
            c.field.remove(0, 1);
    }
    out.pruned.insert(u"apiVersion"_s, apiVersion);
    out.pruned.insert(u"kind"_s, kind);
    out.pruned.insert(u"metadata"_s, meta);
    return out;
}

} // namespace Berth::Sandbox
