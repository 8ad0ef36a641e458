// SPDX-License-Identifier: Apache-2.0
#include "yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Berth {

static QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue::Null;
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (YAML::const_iterator it = node.begin(); it != node.end(); ++it)
            array.append(toJson(*it));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (YAML::const_iterator it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.as<std::string>()), toJson(it->second));
        return object;
    }
    case YAML::NodeType::Scalar:
        break;
    }
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "?") // quoted or explicitly tagged: a string
        return text;
    static const QRegularExpression intRe(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression floatRe(
        u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue::Null;
    if (intRe.match(text).hasMatch()) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (floatRe.match(text).hasMatch())
        return text.toDouble();
    return text;
}

static Result<QList<QJsonValue>> documents(const QByteArray &yaml, int *errorLine)
{
    try {
        QList<QJsonValue> out;
        for (const YAML::Node &doc : YAML::LoadAll(yaml.toStdString())) {
            if (!doc.IsNull())
                out.append(toJson(doc));
        }
        return out;
    } catch (const YAML::Exception &e) {
        if (errorLine)
            *errorLine = e.mark.is_null() ? 0 : e.mark.line + 1;
        return Error(Error::Kind::Parse, QString::fromStdString(e.what()));
    }
}

Result<QList<QJsonValue>> yamlDocumentsToJson(const QByteArray &yaml)
{
    return documents(yaml, nullptr);
}

int yamlLineOf(const QByteArray &yaml, const QString &field)
{
    // "a.b[0].c" and "metadata.labels[app]" as parts: a, b, [0], c / metadata, labels, [app].
    static const QRegularExpression part(u"([^.\\[\\]]+)|\\[([^\\]]*)\\]"_s);
    try {
        YAML::Node node = YAML::Load(yaml.toStdString());
        int line = 0;
        for (auto it = part.globalMatch(field); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            YAML::Node next;
            int keyLine = -1;
            if (node.IsSequence() && !m.captured(2).isEmpty()) {
                bool ok = false;
                const int index = key.toInt(&ok);
                if (!ok || index < 0 || std::size_t(index) >= node.size())
                    break;
                next = node[std::size_t(index)];
                keyLine = next.Mark().line;
            } else if (node.IsMap()) {
                for (YAML::const_iterator entry = node.begin(); entry != node.end(); ++entry) {
                    if (entry->first.IsScalar() && entry->first.Scalar() == key.toStdString()) {
                        next = entry->second;
                        keyLine = entry->first.Mark().line;
                        break;
                    }
                }
            }
            if (keyLine < 0)
                break;
            line = keyLine + 1;
            node = next;
        }
        return line;
    } catch (const YAML::Exception &) {
        return 0;
    }
}

Result<QJsonValue> yamlToJson(const QByteArray &yaml, int *errorLine)
{
    auto docs = documents(yaml, errorLine);
    if (!docs)
        return docs.error();
    if (docs->isEmpty())
        return QJsonValue(QJsonValue::Null);
    return docs->constFirst();
}

static bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(uR"(^[-?:,\[\]{}#&*!|>'"%@`\s]|:\s|\s#|:$|\s$|^$)"_s);
    static const QRegularExpression typed(
        uR"(^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no|on|off|y|n|Yes|No|On|Off)$)"_s);
    return special.match(s).hasMatch() || typed.match(s).hasMatch() || s.contains(u'\n');
}

static QByteArray scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "null";
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (!needsQuotes(s))
            return s.toUtf8();
        if (!s.contains(u'\'') && !s.contains(u'\n'))
            return '\'' + s.toUtf8() + '\'';
        QByteArray out = "\"";
        for (const char c : s.toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        return out + '"';
    }
    default:
        return {};
    }
}

static void emit(QByteArray &out, const QJsonValue &v, int indent);

static void emitObject(QByteArray &out, const QJsonObject &o, int indent, bool firstInline)
{
    bool first = true;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!(first && firstInline))
            out += QByteArray(indent, ' ');
        first = false;
        out += scalar(it.key()) + ':';
        const QJsonValue v = it.value();
        if (v.isObject() && !v.toObject().isEmpty()) {
            out += '\n';
            emitObject(out, v.toObject(), indent + 2, false);
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            out += '\n';
            emit(out, v, indent);
        } else {
            out += ' ';
            emit(out, v, indent + 2);
        }
    }
}

static void emit(QByteArray &out, const QJsonValue &v, int indent)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            out += "{}\n";
        else
            emitObject(out, o, indent, false);
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]\n";
            return;
        }
        for (const QJsonValue &item : a) {
            out += QByteArray(indent, ' ') + "- ";
            if (item.isObject() && !item.toObject().isEmpty())
                emitObject(out, item.toObject(), indent + 2, true);
            else if (item.isArray() && !item.toArray().isEmpty()) {
                out += '\n';
                emit(out, item, indent + 2);
            } else
                emit(out, item, indent + 2);
        }
        return;
    }
    out += scalar(v) + '\n';
}

QByteArray jsonToYaml(const QJsonValue &value)
{
    QByteArray out;
    emit(out, value, 0);
    return out;
}

} // namespace Berth
