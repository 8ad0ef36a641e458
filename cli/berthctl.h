// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/clustersession.h"

#include <QCoreApplication>
#include <QStringList>

namespace Berth::Cli {

/// berthctl: parses the command line, runs one verb on an event loop, and returns the exit
/// code of the contract (0 success, 1 error with one clear message on stderr, 2 usage).
class Berthctl
{
    Q_DECLARE_TR_FUNCTIONS(Berthctl)
public:
    int run(const QStringList &arguments);

private:
    struct Global
    {
        QString kubeconfig;
        QString context;
        QString ns;
        QString output = QStringLiteral("table");
        bool verbose = false; ///< -v: the oc command of each change
    };

    int login(const QStringList &args);
    int whoami(const QStringList &args);
    int context(const QStringList &args);
    int usage(const QString &problem);
    int help(const QStringList &args);

    QStringList kubeconfigPaths() const;

    Global m_global;
    Kube::ClusterSession m_session;
};

} // namespace Berth::Cli
