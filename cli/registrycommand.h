// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Cli {

/// `berthctl registry show | status [--watch] | set ... | login`: the registry operator's config
/// (steps 2 to 4), and the workstation's login to the registry (step 10).
class RegistryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCommand)
public:
    RegistryCommand(const QString &output, Kube::ClusterSession *session, const QString &context,
                    bool verbose);
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    int show(const QStringList &args);
    int set(const QStringList &args);
    int status(const QStringList &args);
    int login(const QStringList &args);

    QString m_output;
    Kube::ClusterSession *m_session;
    QString m_context;
    bool m_verbose;
};

} // namespace Berth::Cli
