// SPDX-License-Identifier: Apache-2.0
#include "jsonpatch.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), applyMergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

// ---- RFC 6902 ----

static QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // leading ""
    for (QString &t : tokens)
        t = t.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

static Result<QJsonValue> getAt(const QJsonValue &doc, const QStringList &tokens)
{
    QJsonValue cur = doc;
    for (const QString &t : tokens) {
        if (cur.isObject() && cur.toObject().contains(t))
            cur = cur.toObject().value(t);
        else if (cur.isArray()) {
            bool ok = false;
            const int i = t.toInt(&ok);
            if (!ok || i < 0 || i >= cur.toArray().size())
                return Error(Error::Kind::Invalid, u"index out of range: "_s + t);
            cur = cur.toArray().at(i);
        } else
            return Error(Error::Kind::Invalid, u"path not found: "_s + t);
    }
    return cur;
}

enum class Op { Add, Remove, Replace };

static Result<QJsonValue> modify(const QJsonValue &doc, const QStringList &tokens, qsizetype depth,
                                 Op op, const QJsonValue &value)
{
    const QString &t = tokens[depth];
    const bool last = depth == tokens.size() - 1;
    if (doc.isObject()) {
        QJsonObject o = doc.toObject();
        if (last) {
            if (op != Op::Add && !o.contains(t))
                return Error(Error::Kind::Invalid, u"the path \"%1\" does not exist"_s.arg(t));
            if (op == Op::Remove)
                o.remove(t);
            else
                o.insert(t, value);
            return QJsonValue(o);
        }
        if (!o.contains(t))
            return Error(Error::Kind::Invalid, u"the path \"%1\" does not exist"_s.arg(t));
        auto child = modify(o.value(t), tokens, depth + 1, op, value);
        if (!child)
            return child;
        o.insert(t, *child);
        return QJsonValue(o);
    }
    if (doc.isArray()) {
        QJsonArray a = doc.toArray();
        bool ok = false;
        qsizetype i = t == u"-" ? a.size() : t.toLongLong(&ok);
        if (t == u"-")
            ok = true;
        if (!ok || i < 0 || i > a.size() || (i == a.size() && !(last && op == Op::Add)))
            return Error(Error::Kind::Invalid, u"index out of range: "_s + t);
        if (last) {
            if (op == Op::Add)
                a.insert(i, value);
            else if (op == Op::Remove)
                a.removeAt(i);
            else
                a.replace(i, value);
            return QJsonValue(a);
        }
        auto child = modify(a.at(i), tokens, depth + 1, op, value);
        if (!child)
            return child;
        a.replace(i, *child);
        return QJsonValue(a);
    }
    return Error(Error::Kind::Invalid, u"the path \"%1\" does not exist"_s.arg(t));
}

Result<QJsonValue> applyJsonPatch(const QJsonValue &target, const QJsonArray &operations)
{
    QJsonValue doc = target;
    for (const QJsonValue &v : operations) {
        const QJsonObject op = v.toObject();
        const QString name = op.value("op"_L1).toString();
        const QStringList path = pointerTokens(op.value("path"_L1).toString());
        Result<QJsonValue> next = doc;
        if (path.isEmpty()) {
            if (name == u"add" || name == u"replace")
                next = op.value("value"_L1);
            else
                return Error(Error::Kind::Invalid, u"cannot %1 the whole document"_s.arg(name));
        } else if (name == u"add") {
            next = modify(doc, path, 0, Op::Add, op.value("value"_L1));
        } else if (name == u"remove") {
            next = modify(doc, path, 0, Op::Remove, {});
        } else if (name == u"replace") {
            next = modify(doc, path, 0, Op::Replace, op.value("value"_L1));
        } else if (name == u"move" || name == u"copy") {
            const QStringList from = pointerTokens(op.value("from"_L1).toString());
            auto value = getAt(doc, from);
            if (!value)
                return value;
            QJsonValue base = doc;
            if (name == u"move") {
                auto removed = modify(doc, from, 0, Op::Remove, {});
                if (!removed)
                    return removed;
                base = *removed;
            }
            next = modify(base, path, 0, Op::Add, *value);
        } else if (name == u"test") {
            auto value = getAt(doc, path);
            if (!value || *value != op.value("value"_L1))
                return Error(Error::Kind::Invalid,
                             u"testing value %1 failed"_s.arg(op.value("path"_L1).toString()));
        } else {
            return Error(Error::Kind::Invalid, u"Unexpected kind: %1"_s.arg(name));
        }
        if (!next)
            return next;
        doc = *next;
    }
    return doc;
}

// ---- strategic merge ----

static QString mergeKeyFor(const QString &field)
{
    static const QHash<QString, QString> keys {
        {u"containers"_s, u"name"_s},        {u"initContainers"_s, u"name"_s},
        {u"volumes"_s, u"name"_s},           {u"env"_s, u"name"_s},
        {u"imagePullSecrets"_s, u"name"_s},  {u"secrets"_s, u"name"_s},
        {u"volumeMounts"_s, u"mountPath"_s}, {u"ports"_s, u"containerPort"_s},
        {u"conditions"_s, u"type"_s},        {u"tolerations"_s, u"key"_s},
    };
    return keys.value(field);
}

QJsonValue applyStrategicMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    const QJsonObject p = patch.toObject();
    if (p.value("$patch"_L1).toString() == u"replace") {
        QJsonObject copy = p;
        copy.remove(u"$patch"_s);
        return copy;
    }
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u"$setElementOrder/"_s) || key == u"$retainKeys" || key == u"$patch")
            continue;
        if (key.startsWith(u"$deleteFromPrimitiveList/"_s)) {
            const QString field = key.mid(25);
            QJsonArray list = result.value(field).toArray();
            const QJsonArray remove = it.value().toArray();
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                if (remove.contains(list.at(i)))
                    list.removeAt(i);
            }
            result.insert(field, list);
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull()) {
            result.remove(key);
            continue;
        }
        const QString mergeKey = mergeKeyFor(key);
        if (value.isArray() && !mergeKey.isEmpty() && result.value(key).isArray()) {
            QJsonArray merged = result.value(key).toArray();
            for (const QJsonValue &item : value.toArray()) {
                const QJsonObject itemObject = item.toObject();
                const QJsonValue id = itemObject.value(mergeKey);
                qsizetype found = -1;
                for (qsizetype i = 0; i < merged.size(); ++i) {
                    if (merged.at(i).toObject().value(mergeKey) == id) {
                        found = i;
                        break;
                    }
                }
                if (itemObject.value("$patch"_L1).toString() == u"delete") {
                    if (found >= 0)
                        merged.removeAt(found);
                } else if (found >= 0) {
                    merged.replace(found, applyStrategicMergePatch(merged.at(found), item));
                } else {
                    merged.append(applyStrategicMergePatch(QJsonObject(), item));
                }
            }
            result.insert(key, merged);
        } else if (value.isObject()) {
            result.insert(key, applyStrategicMergePatch(result.value(key), value));
        } else {
            result.insert(key, value);
        }
    }
    return result;
}

} // namespace Berth::Sandbox
