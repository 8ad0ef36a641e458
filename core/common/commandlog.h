// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace Berth {

/// The `oc` command of every change Berth made, for the whole session: not capped, and
/// kept apart from the request log so that a long pull cannot push the early changes out.
/// Lives on the thread that created it.
class CommandLog final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QDateTime time; ///< UTC
        QString summary; ///< what the change does, in one line: "Make ontap-gold the default"
        Command command;
        QUrl server; ///< the cluster it was made on
    };

    explicit CommandLog(QObject *parent = nullptr);

    /// Logs a change made on the current server (see setServer()).
    void add(const QString &summary, const Command &command);
    /// The cluster the next changes are made on (ClusterSession sets it when it opens).
    void setServer(const QUrl &server) { m_server = server; }
    const QList<Entry> &entries() const { return m_entries; }

    /// A bash script that repeats the session: `set -euo pipefail`, then each command after a
    /// comment with its time and summary. Secrets are left to the environment variables it
    /// checks at the top, never written. Before the commands of each cluster it checks that
    /// `oc` points at that cluster, so that nothing meant for one lands on another.
    QString script() const;

Q_SIGNALS:
    void added(const Berth::CommandLog::Entry &entry);

private:
    QList<Entry> m_entries;
    QUrl m_server;
};

} // namespace Berth
