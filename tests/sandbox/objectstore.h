// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

#include <deque>
#include <optional>

namespace Berth::Sandbox {

/// A change, as a watch reports it.
struct WatchEvent
{
    qint64 resourceVersion = 0;
    QString key; ///< ApiResource::key()
    QString type; ///< ADDED, MODIFIED, DELETED
    QJsonObject object;
};

/// The simulated etcd: objects by resource key, namespace and name, one global
/// resourceVersion counter, a bounded event history for watches, and a JSON file on disk.
class ObjectStore final : public QObject
{
    Q_OBJECT
public:
    explicit ObjectStore(QObject *parent = nullptr);

    std::optional<QJsonObject> get(const QString &key, const QString &ns,
                                   const QString &name) const;
    /// Objects of `key`, in `ns` (all namespaces when empty), ordered by namespace and name.
    QList<QJsonObject> list(const QString &key, const QString &ns = {}) const;
    /// Stores the object with a new resourceVersion (and uid/creationTimestamp when new).
    QJsonObject put(const QString &key, QJsonObject object);
    /// Removes and returns the object.
    std::optional<QJsonObject> remove(const QString &key, const QString &ns, const QString &name);

    qint64 resourceVersion() const { return m_rv; }
    /// Events after `rv`; nullopt when the history no longer reaches back that far (410 Gone).
    std::optional<QList<WatchEvent>> eventsSince(qint64 rv) const;

    bool load(const QString &path);
    bool save(const QString &path) const;

    static QString metaString(const QJsonObject &object, const char *field);
    /// The class a claim without one gets, as the DefaultStorageClass admission plugin picks
    /// it: the default, the newest of several; empty when none is.
    QString defaultStorageClass() const;

Q_SIGNALS:
    void changed(const WatchEvent &event);

private:
    void record(const WatchEvent &event);

    QMap<QString, QMap<QString, QJsonObject>> m_objects; ///< key -> "ns/name" -> object
    qint64 m_rv = 1000;
    std::deque<WatchEvent> m_history;
};

} // namespace Berth::Sandbox
