// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "changeplan.h"

#include <QDateTime>
#include <QUrl>

namespace Berth::OpenShift {

/// What Berth applied to one cluster, from any of its windows and berthctl runs, kept so that a
/// later one can undo it ("Revert Last Change", `berthctl revert`): one JSON file per server in
/// $XDG_STATE_HOME/berth/history (~/.local/state), mode 0600, each write atomic and merged with
/// a concurrent writer's, the newest 50 changes. The objects are kept as the server returned
/// them, except a Secret's data and stringData, which never reach the disk: a created Secret can
/// be undone (deleted by uid), a Secret's edit or removal cannot. A value; every call reads or
/// writes the file.
class ChangeHistory
{
public:
    struct Entry
    {
        QString id; ///< unique in the file; an undo names it in Change::undoes
        QDateTime time; ///< UTC
        QString user; ///< who applied it, as the session named them
        AppliedChange applied; ///< without the `oc` command (it may hold a password)
        /// Everything an undo needs was kept (false for a Secret's edit or removal).
        bool undoable = true;

        /// As `berthctl history -o json` prints it, and as the file keeps it.
        QJsonObject toJson() const;
        /// The change that puts the object back as the entry found it, guarded by the version
        /// the entry left (Change::inverse()); an error, saying what to do, when it cannot be.
        Result<Change> undo() const;
    };

    explicit ChangeHistory(const QUrl &server);
    /// The file this cluster's history is kept in.
    QString path() const { return m_path; }

    /// The entries, oldest first; none when nothing was recorded. An error for a file that
    /// cannot be read or does not parse (it is left as it is).
    Result<QList<Entry>> entries() const;
    /// The newest entry: the one a revert undoes; an error when there is none.
    Result<Entry> last() const;
    /// Records what the cluster took as `user`: a new entry, or, for an undo, removal of the
    /// entry it undid (an undo is not itself undone).
    Result<void> record(const AppliedChange &applied, const QString &user) const;

    static constexpr qsizetype s_maxEntries = 50;

private:
    QUrl m_server;
    QString m_path;
};

} // namespace Berth::OpenShift
