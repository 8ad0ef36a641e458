// SPDX-License-Identifier: Apache-2.0
#include "changehistory.h"

#include "common/atomicfile.h"
#include "common/error.h"
#include "common/fd.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>

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

/// What the file keeps of an object: redacted, without managedFields (the undo never needs
/// them, and they often outweigh the spec).
QJsonObject kept(const QJsonObject &object)
{
    if (object.isEmpty())
        return object;
    QJsonObject out = Change::redacted(object);
    QJsonObject meta = out.value("metadata"_L1).toObject();
    meta.remove(u"managedFields"_s);
    out.insert(u"metadata"_s, meta);
    return out;
}

/// Whether the undo made from what the file keeps does what the undo of the whole objects
/// would: not when the change set or removed a secret that redaction took out.
bool undoableFromKept(const AppliedChange &applied)
{
    const Change whole = applied.change.inverse(applied.before, applied.after);
    const Change fromKept = applied.change.inverse(kept(applied.before), kept(applied.after));
    return whole.write == fromKept.write && whole.patch == fromKept.patch
        && Change::withoutBookkeeping(whole.object) == Change::withoutBookkeeping(fromKept.object);
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

/// A file's entries as stored; an entry this Berth cannot read is kept as it is.
Result<QJsonArray> parse(const QByteArray &bytes, const QString &path, const QUrl &server)
{
    if (bytes.isEmpty())
        return QJsonArray();
    const QJsonDocument document
        = bytes.size() > 2 * s_maxBytes ? QJsonDocument() : QJsonDocument::fromJson(bytes);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format"_L1).toInt() != s_format
        || QUrl(root.value("server"_L1).toString()) != server)
        return Error(Error::Kind::Parse,
                     Tr::tr("%1 is not a change history Berth can read; move it away to start "
                            "a new one")
                         .arg(QDir::toNativeSeparators(path)));
    return root.value("changes"_L1).toArray();
}

/// An exclusive lock on PATH.lock while it lives: a window and berthctl may write at once, and
/// the read, change and rename of one must not interleave with the other's.
class FileLock
{
public:
    static Result<FileLock> take(const QString &path)
    {
        const QString dir = QFileInfo(path).path();
        if (!QDir().mkpath(dir))
            return Error(Error::Kind::Io, Tr::tr("cannot create directory %1").arg(dir));
        QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        FileLock lock;
        lock.m_fd = Fd(::open(QFile::encodeName(path + u".lock"_s).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
        if (lock.m_fd.fd < 0 || ::flock(lock.m_fd.fd, LOCK_EX) != 0)
            return Error(Error::Kind::Io, QString::fromLocal8Bit(std::strerror(errno)))
                .about(QDir::toNativeSeparators(path + u".lock"_s));
        return lock;
    }

private:
    Fd m_fd;
};
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
        {u"user"_s, origin.user},
        {u"apply"_s, origin.apply},
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
        {u"before"_s, kept(applied.before)},
        {u"after"_s, kept(applied.after)},
        {u"undoable"_s, undoable},
    };
}

std::optional<ChangeHistory::Entry> ChangeHistory::Entry::fromJson(const QJsonObject &json)
{
    Entry entry;
    entry.id = json.value("id"_L1).toString();
    entry.time = QDateTime::fromString(json.value("time"_L1).toString(), Qt::ISODate);
    entry.origin.user = json.value("user"_L1).toString();
    entry.origin.apply = json.value("apply"_L1).toString();
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
    // The file is read back into API paths: each part must be one path segment.
    static const QRegularExpression token(u"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"_s);
    static const QRegularExpression segment(u"^[^/%?#\\s]+$"_s);
    const bool valid = !entry.id.isEmpty() && named != writeNames().cend()
        && token.match(change.type.version).hasMatch()
        && token.match(change.type.resource).hasMatch()
        && (change.type.group.isEmpty() || token.match(change.type.group).hasMatch())
        && segment.match(change.name).hasMatch() && change.name != u"." && change.name != u".."
        && (change.type.namespaced ? segment.match(change.ns).hasMatch() && change.ns != u".."
                                   : change.ns.isEmpty());
    if (!valid)
        return std::nullopt;
    change.write = named->first;
    return entry;
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
    const Result<QJsonArray> stored = parse(file.read(2 * s_maxBytes + 1), m_path, m_server);
    if (!stored)
        return stored.error();
    QList<Entry> entries;
    for (const QJsonValue &value : *stored) {
        if (std::optional<Entry> entry = Entry::fromJson(value.toObject()))
            entries.append(*entry);
    }
    return entries;
}

Result<QList<ChangeHistory::Entry>> ChangeHistory::lastApply() const
{
    const Result<QList<Entry>> all = entries();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("Berth has applied no change to %1 that is left to revert")
                         .arg(m_server.toString()));
    QList<Entry> last;
    for (const Entry &entry : *all) {
        if (entry.origin.apply != all->constLast().origin.apply)
            last.clear();
        else
            last.append(entry);
    }
    return last;
}

Result<QList<Change>> ChangeHistory::undoLastApply() const
{
    const Result<QList<Entry>> last = lastApply();
    if (!last)
        return last.error();
    QList<Change> undos;
    for (auto it = last->crbegin(); it != last->crend(); ++it) {
        if (!it->undoable) {
            Error error(Error::Kind::InvalidInput,
                        Tr::tr("Berth did not keep what it needs to undo \"%1\": it keeps no "
                               "secret on disk, and the change set or removed one (or its object "
                               "was too large to keep)")
                            .arg(it->applied.change.summary));
            error.setHint(Tr::tr("Put it back from a copy of your own (oc apply -f FILE), then "
                                 "drop the change from the history: berthctl history forget."));
            return error;
        }
        Change undo = it->applied.change.inverse(it->applied.before, it->applied.after);
        undo.undoes = it->id;
        undos.append(undo);
    }
    return undos;
}

Result<void> ChangeHistory::update(const std::function<void(QJsonArray &changes)> &edit) const
{
    const Result<FileLock> lock = FileLock::take(m_path);
    if (!lock)
        return lock.error();
    return updateFileAtomically(m_path, [&](const QByteArray &current) -> Result<QByteArray> {
        Result<QJsonArray> stored = parse(current, m_path, m_server);
        if (!stored)
            return stored.error();
        QJsonArray changes = *stored;
        edit(changes);
        while (changes.size() > s_maxEntries)
            changes.removeFirst();
        const auto document = [this](const QJsonArray &list) {
            return QJsonDocument(QJsonObject {{u"format"_s, s_format},
                                              {u"server"_s, m_server.toString()},
                                              {u"changes"_s, list}})
                .toJson(QJsonDocument::Compact);
        };
        QByteArray bytes = document(changes);
        // The oldest go first while the file is too large; the newest stays whatever its size
        // (record() keeps an entry's objects only when they fit).
        while (bytes.size() > s_maxBytes && changes.size() > 1) {
            changes.removeFirst();
            bytes = document(changes);
        }
        return bytes;
    });
}

Result<void> ChangeHistory::record(const AppliedChange &applied, const Origin &origin) const
{
    if (!applied.change.undoes.isEmpty())
        return forget({applied.change.undoes});
    Entry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.origin = origin;
    entry.applied = applied;
    entry.undoable = undoableFromKept(applied);
    QJsonObject json = entry.toJson();
    if (QJsonDocument(json).toJson(QJsonDocument::Compact).size() > s_maxBytes) {
        // Listed, but too large to keep what an undo needs.
        json.insert(u"before"_s, QJsonObject());
        json.insert(u"after"_s, QJsonObject());
        json.insert(u"undoable"_s, false);
    }
    return update([&json](QJsonArray &changes) { changes.append(json); });
}

Result<void> ChangeHistory::forget(const QStringList &ids) const
{
    return update([&ids](QJsonArray &changes) {
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            if (ids.contains(changes.at(i).toObject().value("id"_L1).toString()))
                changes.removeAt(i);
        }
    });
}

Result<QList<ChangeHistory::Entry>> ChangeHistory::forgetLastApply() const
{
    const Result<QList<Entry>> last = lastApply();
    if (!last)
        return last;
    QStringList ids;
    for (const Entry &entry : *last)
        ids.append(entry.id);
    if (const Result<void> forgotten = forget(ids); !forgotten)
        return forgotten.error();
    return last;
}

} // namespace Berth::OpenShift
