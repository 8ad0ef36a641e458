// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Berth::OpenShift {
class ChangePlan;
struct Change;
} // namespace Berth::OpenShift

namespace Berth::Cli {

/// How a verb that changes the cluster runs its plan.
struct PlanOptions
{
    bool dryRun = false; ///< --dry-run: review only, print each diff and command
    bool verbose = false; ///< -v: print the oc command of each applied change
    /// Printed once everything is applied, in place of a line per write (oc policy prints
    /// `clusterrole.rbac.authorization.k8s.io/R added: "NAME"`).
    QString doneMessage;
};

/// Runs a plan as every berthctl verb that changes the cluster does: a server dry run of every
/// change first, so that nothing is sent for real when the server would refuse one of them;
/// with --dry-run, prints each diff and `oc` command and stops (exit 0); else applies in order
/// and prints what changed as oc does ("storageclass.storage.k8s.io/x patched"). A failure
/// prints what was applied before it and what was not. Returns the exit code.
class PlanRunner
{
    Q_DECLARE_TR_FUNCTIONS(PlanRunner)
public:
    static int run(OpenShift::ChangePlan *plan, const PlanOptions &options);
    /// The options of a verb that changes the cluster: `--dry-run` (also oc's `--dry-run=server`
    /// and `=none`) taken out of `args`, and `-v`'s `verbose`; an error for another --dry-run.
    static Result<PlanOptions> takeOptions(QStringList &args, bool verbose);
    /// As oc names what a change writes: "storageclass.storage.k8s.io/thin", "secret/pull".
    static QString target(const OpenShift::Change &change);
};

} // namespace Berth::Cli
