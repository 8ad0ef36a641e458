// SPDX-License-Identifier: Apache-2.0
#include "changehistory.h"

#include "common/atomicfile.h"
#include "common/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
constexpr int s_format = 1;
/// Past this, the oldest entries go even when there are fewer than s_maxEntries (a change to
/// a large ConfigMap keeps two copies of it); a file past twice this is not read.
constexpr qsizetype s_maxBytes = 8 << 20;

/// $XDG_STATE_HOME/berth/history; the base directory spec says to ignore a relative one.
QString historyDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/berth/history"_s;
}

/// The server as one file names it, whichever way the kubeconfig spells it ("/" or not).
QUrl normalized(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool isSecret(const Kube::ResourceType &type)
{
    return type.group.isEmpty() && type.resource == u"secrets";
}

QJsonObject withoutSecretContents(const Kube::ResourceType &type, QJsonObject object)
{
    if (isSecret(type)) {
        object.remove(u"data"_s);
        object.remove(u"stringData"_s);
    }
    return object;
}

const QList<std::pair<Change::Write, QString>> &writeNames()
{
    static const QList<std::pair<Change::Write, QString>> names {
        {Change::Write::Patch, u"patch"_s},
        {Change::Write::Create, u"create"_s},
        {Change::Write::Replace, u"replace"_s},
        {Change::Write::Delete, u"delete"_s},
    };
    return names;
}

/// An entry as toJson() wrote it; nullopt for one that does not name its object.
std::optional<ChangeHistory::Entry> fromJson(const QJsonObject &json)
{
    ChangeHistory::Entry entry;
    entry.id = json.value("id"_L1).toString();
    entry.time = QDateTime::fromString(json.value("time"_L1).toString(), Qt::ISODate);
    entry.user = json.value("user"_L1).toString();
    entry.undoable = json.value("undoable"_L1).toBool();
    Change &change = entry.applied.change;
    change.summary = json.value("summary"_L1).toString();
    const QString write = json.value("write"_L1).toString();
    const auto named = std::find_if(writeNames().cbegin(), writeNames().cend(),
                                    [&write](const auto &w) { return w.second == write; });
    const QJsonObject type = json.value("type"_L1).toObject();
    change.type.group = type.value("group"_L1).toString();
    change.type.version = type.value("version"_L1).toString();
    change.type.resource = type.value("resource"_L1).toString();
    change.type.kind = type.value("kind"_L1).toString();
    change.type.namespaced = type.value("namespaced"_L1).toBool();
    change.type.builtIn = type.value("builtIn"_L1).toBool();
    change.ns = json.value("namespace"_L1).toString();
    change.name = json.value("name"_L1).toString();
    entry.applied.before = json.value("before"_L1).toObject();
    entry.applied.after = json.value("after"_L1).toObject();
    if (entry.id.isEmpty() || named == writeNames().cend() || change.type.version.isEmpty()
        || change.type.resource.isEmpty() || change.name.isEmpty()
        || change.type.namespaced == change.ns.isEmpty())
        return std::nullopt;
    change.write = named->first;
    return entry;
}

/// The entries of a history file's bytes (empty: none yet).
Result<QList<ChangeHistory::Entry>> parse(const QByteArray &bytes, const QString &path)
{
    QList<ChangeHistory::Entry> entries;
    if (bytes.isEmpty())
        return entries;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format"_L1).toInt() != s_format)
        return Error(Error::Kind::Parse,
                     Tr::tr("%1 is not a change history Berth can read; move it away to start "
                            "a new one")
                         .arg(QDir::toNativeSeparators(path)));
    for (const QJsonValue &value : root.value("changes"_L1).toArray()) {
        if (std::optional<ChangeHistory::Entry> entry = fromJson(value.toObject()))
            entries.append(*entry);
    }
    return entries;
}
} // namespace

QJsonObject ChangeHistory::Entry::toJson() const
{
    const Change &change = applied.change;
    QString write;
    for (const auto &[value, name] : writeNames()) {
        if (value == change.write)
            write = name;
    }
    const Kube::ResourceType &type = change.type;
    return {
        {u"id"_s, id},
        {u"time"_s, time.toString(Qt::ISODate)},
        {u"user"_s, user},
        {u"summary"_s, change.summary},
        {u"write"_s, write},
        {u"type"_s,
         QJsonObject {{u"group"_s, type.group},
                      {u"version"_s, type.version},
                      {u"resource"_s, type.resource},
                      {u"kind"_s, type.kind},
                      {u"namespaced"_s, type.namespaced},
                      {u"builtIn"_s, type.builtIn}}},
        {u"namespace"_s, change.ns},
        {u"name"_s, change.name},
        {u"before"_s, withoutSecretContents(type, applied.before)},
        {u"after"_s, withoutSecretContents(type, applied.after)},
        {u"undoable"_s, undoable},
    };
}

Result<Change> ChangeHistory::Entry::undo() const
{
    if (!undoable)
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("Berth keeps no Secret's contents on disk, so it cannot undo \"%1\"; "
                            "restore the Secret from a copy of your own (oc apply -f FILE)")
                         .arg(applied.change.summary));
    Change change = applied.change.inverse(applied.before, applied.after);
    change.undoes = id;
    return change;
}

ChangeHistory::ChangeHistory(const QUrl &server)
    : m_server(normalized(server))
{
    const QByteArray key
        = QCryptographicHash::hash(m_server.toString().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    m_path = historyDirectory() + u'/' + QString::fromLatin1(key) + u".json"_s;
}

Result<QList<ChangeHistory::Entry>> ChangeHistory::entries() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<Entry>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString()).about(QDir::toNativeSeparators(m_path));
    if (file.size() > 2 * s_maxBytes)
        return Error(Error::Kind::Parse,
                     Tr::tr("%1 is larger than a change history can be; move it away to start "
                            "a new one")
                         .arg(QDir::toNativeSeparators(m_path)));
    return parse(file.readAll(), m_path);
}

Result<ChangeHistory::Entry> ChangeHistory::last() const
{
    const Result<QList<Entry>> read = entries();
    if (!read)
        return read.error();
    if (read->isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("Berth has applied no change to %1 that is left to revert")
                         .arg(m_server.toString()));
    return read->constLast();
}

Result<void> ChangeHistory::record(const AppliedChange &applied, const QString &user) const
{
    return updateFileAtomically(m_path, [&](const QByteArray &current) -> Result<QByteArray> {
        Result<QList<Entry>> read = parse(current, m_path);
        if (!read)
            return read.error();
        QList<Entry> entries = *read;
        if (!applied.change.undoes.isEmpty()) {
            entries.removeIf([&applied](const Entry &e) { return e.id == applied.change.undoes; });
        } else {
            Entry entry;
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            entry.time = QDateTime::currentDateTimeUtc();
            entry.user = user;
            entry.applied = applied;
            entry.undoable
                = !isSecret(applied.change.type) || applied.change.write == Change::Write::Create;
            entries.append(entry);
        }
        if (entries.size() > s_maxEntries)
            entries.remove(0, entries.size() - s_maxEntries);
        QJsonArray changes;
        for (const Entry &entry : std::as_const(entries))
            changes.append(entry.toJson());
        const auto document = [this](const QJsonArray &changes) {
            return QJsonDocument(QJsonObject {{u"format"_s, s_format},
                                              {u"server"_s, m_server.toString()},
                                              {u"changes"_s, changes}})
                .toJson(QJsonDocument::Compact);
        };
        QByteArray bytes = document(changes);
        // The oldest go first while the file is too large; the newest stays whatever its size.
        while (bytes.size() > s_maxBytes && changes.size() > 1) {
            changes.removeFirst();
            bytes = document(changes);
        }
        return bytes;
    });
}

} // namespace Berth::OpenShift
