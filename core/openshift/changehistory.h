// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "changeplan.h"

#include <QDateTime>
#include <QUrl>

namespace Berth::OpenShift {

/// What Berth applied to one cluster, from its windows and berthctl alike, for a later one to
/// revert: a JSON file per server in $XDG_STATE_HOME/berth/history (~/.local/state), 0600,
/// written atomically under a lock, the newest 50 changes, every object Change::redacted().
class ChangeHistory
{
public:
    /// Who applied a change, and the apply it was part of.
    struct Origin
    {
        QString user; ///< as the session names them
        QString apply; ///< shared by the changes of one ChangePlan::apply()
    };

    struct Entry
    {
        QString id; ///< unique in the file; an undo names it in Change::undoes
        QDateTime time; ///< UTC
        Origin origin;
        AppliedChange applied; ///< without the `oc` command (it may hold a password)
        /// The undo needs nothing redaction took out (a secret the change set or removed).
        bool undoable = false;

        /// As `berthctl history -o json` prints it, and as the file keeps it.
        QJsonObject toJson() const;
        /// An entry as toJson() made it; nullopt for one that does not name a valid object.
        static std::optional<Entry> fromJson(const QJsonObject &json);
    };

    explicit ChangeHistory(const QUrl &server);
    /// The file this cluster's history is kept in.
    QString path() const { return m_path; }

    /// The entries, oldest first; none when nothing was recorded. An error for a file that
    /// cannot be read or does not parse (it is left as it is).
    Result<QList<Entry>> entries() const;
    /// The entries of the newest apply, oldest first: what a revert undoes together, so that
    /// one operation (the two patches of "make X the default") is never half undone. An error,
    /// saying so, when there is none.
    Result<QList<Entry>> lastApply() const;
    /// The changes that undo lastApply(), newest first, each guarded by the version its change
    /// left (Change::inverse()); an error, saying what to do, when one of them cannot be undone.
    Result<QList<Change>> undoLastApply() const;

    /// Records what the cluster took: a new entry, or, for an undo, removal of the entry it
    /// undid (an undo is not itself undone).
    Result<void> record(const AppliedChange &applied, const Origin &origin) const;
    /// Drops entries without touching the cluster: a change whose revert is refused for good
    /// (the operator has since written into what it changed) no longer blocks the older ones.
    Result<void> forget(const QStringList &ids) const;
    /// forget() of lastApply(): returns what it dropped.
    Result<QList<Entry>> forgetLastApply() const;

    static constexpr qsizetype s_maxEntries = 50;

private:
    Result<void> update(const std::function<void(QJsonArray &changes)> &edit) const;

    QUrl m_server;
    QString m_path;
};

} // namespace Berth::OpenShift
