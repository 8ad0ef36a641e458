// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Cli {

/// `berthctl secret create-pull | link`: image pull secrets and the service accounts that use
/// them (step 9 of the procedure), as oc create secret docker-registry and oc secrets link.
class SecretCommand
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
public:
    SecretCommand(Kube::ClusterSession *session, const QString &context, bool verbose);
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    int createPull(const QStringList &args);
    int link(const QStringList &args);

    Kube::ClusterSession *m_session;
    QString m_context;
    bool m_verbose;
};

} // namespace Berth::Cli
