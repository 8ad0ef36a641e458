// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Cli {

/// `berthctl policy add-role-to-user|add-role-to-group|remove-role-from-user|
/// remove-role-from-group ROLE NAME [-z SA]` in a project, and the cluster-wide
/// `add-cluster-role-to-*` / `remove-cluster-role-from-*`: the procedure's step 8, as oc does it.
class PolicyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)
public:
    PolicyCommand(Kube::ClusterSession *session, const QString &context, const QString &ns,
                  bool verbose);
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    Kube::ClusterSession *m_session;
    QString m_context;
    QString m_ns;
    bool m_verbose;
};

} // namespace Berth::Cli
