// SPDX-License-Identifier: Apache-2.0
#include "objectstore.h"

#include "common/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

static constexpr size_t historyLimit = 2000;

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{ }

QString ObjectStore::metaString(const QJsonObject &object, const char *field)
{
    return object.value("metadata"_L1).toObject().value(QLatin1StringView(field)).toString();
}

static QString slot(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

std::optional<QJsonObject> ObjectStore::get(const QString &key, const QString &ns,
                                            const QString &name) const
{
    const auto bucket = m_objects.constFind(key);
    if (bucket == m_objects.cend())
        return std::nullopt;
    const auto it = bucket->constFind(slot(ns, name));
    if (it == bucket->cend())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> ObjectStore::list(const QString &key, const QString &ns) const
{
    QList<QJsonObject> out;
    const auto bucket = m_objects.constFind(key);
    if (bucket == m_objects.cend())
        return out;
    for (auto it = bucket->cbegin(); it != bucket->cend(); ++it) {
        if (ns.isEmpty() || metaString(*it, "namespace") == ns)
            out.append(*it);
    }
    return out;
}

QJsonObject ObjectStore::put(const QString &key, QJsonObject object)
{
    QJsonObject meta = object.value("metadata"_L1).toObject();
    const QString ns = meta.value("namespace"_L1).toString();
    const QString name = meta.value("name"_L1).toString();
    const auto existing = get(key, ns, name);
    if (existing) {
        // Server-owned fields survive a replacement that omits them.
        const QJsonObject old = existing->value("metadata"_L1).toObject();
        for (const char *field : {"uid", "creationTimestamp"}) {
            if (meta.value(QLatin1StringView(field)).toString().isEmpty())
                meta.insert(QLatin1StringView(field), old.value(QLatin1StringView(field)));
        }
    } else {
        if (meta.value("uid"_L1).toString().isEmpty())
            meta.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (meta.value("creationTimestamp"_L1).toString().isEmpty())
            meta.insert(u"creationTimestamp"_s,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    meta.insert(u"resourceVersion"_s, QString::number(++m_rv));
    object.insert(u"metadata"_s, meta);
    m_objects[key].insert(slot(ns, name), object);
    record({m_rv, key, existing ? u"MODIFIED"_s : u"ADDED"_s, object});
    return object;
}

std::optional<QJsonObject> ObjectStore::remove(const QString &key, const QString &ns,
                                               const QString &name)
{
    auto bucket = m_objects.find(key);
    if (bucket == m_objects.end())
        return std::nullopt;
    auto it = bucket->find(slot(ns, name));
    if (it == bucket->end())
        return std::nullopt;
    QJsonObject object = *it;
    bucket->erase(it);
    QJsonObject meta = object.value("metadata"_L1).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(++m_rv));
    object.insert(u"metadata"_s, meta);
    record({m_rv, key, u"DELETED"_s, object});
    return object;
}

void ObjectStore::record(const WatchEvent &event)
{
    m_history.push_back(event);
    while (m_history.size() > historyLimit)
        m_history.pop_front();
    Q_EMIT changed(event);
}

std::optional<QList<WatchEvent>> ObjectStore::eventsSince(qint64 rv) const
{
    if (rv < m_rv && (m_history.empty() || m_history.front().resourceVersion > rv + 1))
        return std::nullopt;
    QList<WatchEvent> out;
    for (const WatchEvent &e : m_history) {
        if (e.resourceVersion > rv)
            out.append(e);
    }
    return out;
}

bool ObjectStore::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.isEmpty())
        return false;
    m_rv = root.value("resourceVersion"_L1).toInteger(1000);
    const QJsonObject resources = root.value("objects"_L1).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            m_objects[it.key()].insert(slot(metaString(o, "namespace"), metaString(o, "name")), o);
        }
    }
    return true;
}

bool ObjectStore::save(const QString &path) const
{
    QJsonObject resources;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        QJsonArray items;
        for (const QJsonObject &o : *it)
            items.append(o);
        resources.insert(it.key(), items);
    }
    const QJsonObject root {{u"resourceVersion"_s, m_rv}, {u"objects"_s, resources}};
    return bool(writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact)));
}

QString ObjectStore::defaultStorageClass() const
{
    QString chosen, newest;
    for (const QJsonObject &sc : list(u"storageclasses.storage.k8s.io"_s)) {
        const QJsonObject meta = sc.value("metadata"_L1).toObject();
        if (meta.value("annotations"_L1)
                .toObject()
                .value("storageclass.kubernetes.io/is-default-class"_L1)
                .toString()
            != u"true")
            continue;
        const QString created = meta.value("creationTimestamp"_L1).toString();
        if (chosen.isEmpty() || created >= newest) {
            chosen = meta.value("name"_L1).toString();
            newest = created;
        }
    }
    return chosen;
}

} // namespace Berth::Sandbox
