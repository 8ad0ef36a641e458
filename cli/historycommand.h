// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Cli {

/// `berthctl history [forget]` and `berthctl revert [--dry-run]`: the changes Berth (the window
/// or berthctl) applied to the cluster of the context, and the undo of the last one, as the
/// window's Revert Last Change does it.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    HistoryCommand(const QString &output, Kube::ClusterSession *session, const QString &context,
                   bool verbose);
    /// `verb` is "history" or "revert". Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QString &verb, const QStringList &arguments);

private:
    int history(const QStringList &args);
    int revert(const QStringList &args);
    int forget(const QStringList &args);

    QString m_output;
    Kube::ClusterSession *m_session;
    QString m_context;
    bool m_verbose;
};

} // namespace Berth::Cli
