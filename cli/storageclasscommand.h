// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "planrunner.h"

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Kube {
class ClusterSession;
}

namespace Berth::Cli {

/// `berthctl storageclass list | set-default NAME`: the procedure's step 1.
class StorageClassCommand
{
    Q_DECLARE_TR_FUNCTIONS(StorageClassCommand)
public:
    StorageClassCommand(const QString &output, Kube::ClusterSession *session,
                        const QString &context, bool verbose);
    /// Returns the exit code (0, 1, or 2 for a usage error).
    int run(const QStringList &arguments);

private:
    int list(const QStringList &args);
    int setDefault(const QStringList &args);

    QString m_output;
    Kube::ClusterSession *m_session;
    QString m_context;
    bool m_verbose;
};

} // namespace Berth::Cli
