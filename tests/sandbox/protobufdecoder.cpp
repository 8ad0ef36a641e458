// SPDX-License-Identifier: Apache-2.0
#include "protobufdecoder.h"

#include <QDateTime>
#include <QJsonArray>

#include <vector>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

namespace {

enum class Type { String, Bytes, Int, Bool, Message, MapStringString, MapStringBytes, Time };

struct Message;
struct Field
{
    int number;
    const char *name;
    Type type;
    const Message *message = nullptr;
    bool repeated = false;
};
struct Message
{
    std::vector<Field> fields;
};

// Field numbers from k8s.io/api and k8s.io/apimachinery generated.proto.
const Message ownerReference {{{1, "kind", Type::String},
                               {3, "name", Type::String},
                               {4, "uid", Type::String},
                               {5, "apiVersion", Type::String},
                               {6, "controller", Type::Bool},
                               {7, "blockOwnerDeletion", Type::Bool}}};
const Message objectMeta {{{1, "name", Type::String},
                           {2, "generateName", Type::String},
                           {3, "namespace", Type::String},
                           {5, "uid", Type::String},
                           {6, "resourceVersion", Type::String},
                           {7, "generation", Type::Int},
                           {8, "creationTimestamp", Type::Time},
                           {11, "labels", Type::MapStringString},
                           {12, "annotations", Type::MapStringString},
                           {13, "ownerReferences", Type::Message, &ownerReference, true},
                           {14, "finalizers", Type::String, nullptr, true}}};
const Message subject {{{1, "kind", Type::String},
                        {2, "apiGroup", Type::String},
                        {3, "name", Type::String},
                        {4, "namespace", Type::String}}};
const Message roleRef {
    {{1, "apiGroup", Type::String}, {2, "kind", Type::String}, {3, "name", Type::String}}};
const Message roleBinding {{{1, "metadata", Type::Message, &objectMeta},
                            {2, "subjects", Type::Message, &subject, true},
                            {3, "roleRef", Type::Message, &roleRef}}};
const Message configMap {{{1, "metadata", Type::Message, &objectMeta},
                          {2, "data", Type::MapStringString},
                          {3, "binaryData", Type::MapStringBytes},
                          {4, "immutable", Type::Bool}}};
const Message secret {{{1, "metadata", Type::Message, &objectMeta},
                       {2, "data", Type::MapStringBytes},
                       {3, "type", Type::String},
                       {4, "stringData", Type::MapStringString},
                       {5, "immutable", Type::Bool}}};
const Message objectReference {
    {{1, "kind", Type::String}, {2, "namespace", Type::String}, {3, "name", Type::String}}};
const Message localObjectReference {{{1, "name", Type::String}}};
const Message serviceAccount {{{1, "metadata", Type::Message, &objectMeta},
                               {2, "secrets", Type::Message, &objectReference, true},
                               {3, "imagePullSecrets", Type::Message, &localObjectReference, true},
                               {4, "automountServiceAccountToken", Type::Bool}}};
const Message namespaceSpec {{{1, "finalizers", Type::String, nullptr, true}}};
const Message namespaceObject {
    {{1, "metadata", Type::Message, &objectMeta}, {2, "spec", Type::Message, &namespaceSpec}}};
const Message resourceAttributes {{{1, "namespace", Type::String},
                                   {2, "verb", Type::String},
                                   {3, "group", Type::String},
                                   {4, "version", Type::String},
                                   {5, "resource", Type::String},
                                   {6, "subresource", Type::String},
                                   {7, "name", Type::String}}};
const Message nonResourceAttributes {{{1, "path", Type::String}, {2, "verb", Type::String}}};
const Message accessReviewSpec {
    {{1, "resourceAttributes", Type::Message, &resourceAttributes},
     {2, "nonResourceAttributes", Type::Message, &nonResourceAttributes}}};
const Message selfSubjectAccessReview {
    {{1, "metadata", Type::Message, &objectMeta}, {2, "spec", Type::Message, &accessReviewSpec}}};
const Message rulesReviewSpec {{{1, "namespace", Type::String}}};
const Message selfSubjectRulesReview {
    {{1, "metadata", Type::Message, &objectMeta}, {2, "spec", Type::Message, &rulesReviewSpec}}};
const Message selfSubjectReview {{{1, "metadata", Type::Message, &objectMeta}}};

class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    { }
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool ok() const { return m_ok; }

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64 && m_pos < m_data.size(); shift += 7) {
            const auto b = quint8(m_data[m_pos++]);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    QByteArray bytes()
    {
        const quint64 n = varint();
        if (!m_ok || n > quint64(m_data.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        QByteArray out = m_data.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }
    void skip(int wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            break;
        case 1:
            m_pos += 8;
            break;
        case 2:
            bytes();
            break;
        case 5:
            m_pos += 4;
            break;
        default:
            m_ok = false;
        }
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

std::optional<QJsonObject> decode(const QByteArray &data, const Message &schema)
{
    Reader r(data);
    QJsonObject out;
    while (!r.atEnd() && r.ok()) {
        const quint64 key = r.varint();
        const int number = int(key >> 3);
        const int wire = int(key & 7);
        const Field *field = nullptr;
        for (const Field &f : schema.fields) {
            if (f.number == number)
                field = &f;
        }
        if (!field) {
            r.skip(wire);
            continue;
        }
        const QString name = QString::fromLatin1(field->name);
        QJsonValue value;
        switch (field->type) {
        case Type::String:
            value = QString::fromUtf8(r.bytes());
            break;
        case Type::Bytes:
            value = QString::fromLatin1(r.bytes().toBase64());
            break;
        case Type::Int:
            value = qint64(r.varint());
            break;
        case Type::Bool:
            value = r.varint() != 0;
            break;
        case Type::Message: {
            const auto sub = decode(r.bytes(), *field->message);
            if (!sub)
                return std::nullopt;
            value = *sub;
            break;
        }
        case Type::Time: {
            Reader t(r.bytes());
            qint64 seconds = 0;
            while (!t.atEnd() && t.ok()) {
                const quint64 k = t.varint();
                if ((k >> 3) == 1)
                    seconds = qint64(t.varint());
                else
                    t.skip(int(k & 7));
            }
            value = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
            break;
        }
        case Type::MapStringString:
        case Type::MapStringBytes: {
            Reader entry(r.bytes());
            QString k;
            QByteArray v;
            while (!entry.atEnd() && entry.ok()) {
                const quint64 ek = entry.varint();
                if ((ek >> 3) == 1)
                    k = QString::fromUtf8(entry.bytes());
                else if ((ek >> 3) == 2)
                    v = entry.bytes();
                else
                    entry.skip(int(ek & 7));
            }
            QJsonObject map = out.value(name).toObject();
            map.insert(k,
                       field->type == Type::MapStringString ? QString::fromUtf8(v)
                                                            : QString::fromLatin1(v.toBase64()));
            out.insert(name, map);
            continue;
        }
        }
        if (field->repeated) {
            QJsonArray list = out.value(name).toArray();
            list.append(value);
            out.insert(name, list);
        } else {
            out.insert(name, value);
        }
    }
    if (!r.ok())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QJsonObject> decodeKubernetesProtobuf(const QByteArray &body)
{
    if (!body.startsWith(QByteArray("k8s\0", 4)))
        return std::nullopt;
    // runtime.Unknown: typeMeta(1){apiVersion(1), kind(2)}, raw(2), contentEncoding(3),
    // contentType(4).
    Reader envelope(body.mid(4));
    QString apiVersion, kind;
    QByteArray raw;
    while (!envelope.atEnd() && envelope.ok()) {
        const quint64 key = envelope.varint();
        if ((key >> 3) == 1) {
            Reader typeMeta(envelope.bytes());
            while (!typeMeta.atEnd() && typeMeta.ok()) {
                const quint64 k = typeMeta.varint();
                if ((k >> 3) == 1)
                    apiVersion = QString::fromUtf8(typeMeta.bytes());
                else if ((k >> 3) == 2)
                    kind = QString::fromUtf8(typeMeta.bytes());
                else
                    typeMeta.skip(int(k & 7));
            }
        } else if ((key >> 3) == 2) {
            raw = envelope.bytes();
        } else {
            envelope.skip(int(key & 7));
        }
    }
    const std::pair<const char *, const Message *> kinds[]
        = {{"RoleBinding", &roleBinding},
           {"ClusterRoleBinding", &roleBinding},
           {"ConfigMap", &configMap},
           {"Secret", &secret},
           {"ServiceAccount", &serviceAccount},
           {"Namespace", &namespaceObject},
           {"SelfSubjectAccessReview", &selfSubjectAccessReview},
           {"SelfSubjectRulesReview", &selfSubjectRulesReview},
           {"SelfSubjectReview", &selfSubjectReview}};
    for (const auto &[name, schema] : kinds) {
        if (kind == QLatin1StringView(name)) {
            auto object = decode(raw, *schema);
            if (!object)
                return std::nullopt;
            object->insert(u"apiVersion"_s, apiVersion);
            object->insert(u"kind"_s, kind);
            return object;
        }
    }
    return std::nullopt;
}

} // namespace Berth::Sandbox
