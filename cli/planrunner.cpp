// SPDX-License-Identifier: Apache-2.0
#include "planrunner.h"

#include "cliutil.h"

#include "openshift/changeplan.h"

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {
/// What oc prints after a write: "patched", "created", "replaced", "deleted".
QString pastTense(OpenShift::Change::Write write)
{
    switch (write) {
    case OpenShift::Change::Write::Patch:
        return u"patched"_s;
    case OpenShift::Change::Write::Create:
        return u"created"_s;
    case OpenShift::Change::Write::Replace:
        return u"replaced"_s;
    case OpenShift::Change::Write::Delete:
        return u"deleted"_s;
    }
    return {};
}

QString notApplied(const QList<OpenShift::Change> &changes, const OpenShift::ApplyOutcome &outcome)
{
    QStringList names;
    for (qsizetype i = outcome.applied.size(); i < changes.size(); ++i)
        names.append(PlanRunner::target(changes.at(i)));
    return names.join(u", "_s);
}
} // namespace

QString PlanRunner::target(const OpenShift::Change &change)
{
    const QString kind = change.type.kind.toLower();
    return (change.type.group.isEmpty() ? kind : kind + u'.' + change.type.group) + u'/'
        + change.name;
}

Result<PlanOptions> PlanRunner::takeOptions(QStringList &args, bool verbose)
{
    PlanOptions options;
    options.verbose = verbose;
    QString value;
    options.dryRun = takeFlag(args, u"--dry-run"_s);
    if (options.dryRun || !takeOption(args, {u"--dry-run"_s}, &value))
        return options;
    // Berth's dry runs are always the server's.
    if (value != u"server" && value != u"none")
        return Error(Error::Kind::InvalidInput, tr("--dry-run takes server or none"));
    options.dryRun = value == u"server";
    return options;
}

int PlanRunner::run(OpenShift::ChangePlan *plan, const PlanOptions &options)
{
    QTextStream &out = outStream();
    QTextStream &err = errStream();
    const QList<OpenShift::Change> changes = plan->changes();
    if (changes.isEmpty())
        return 0;
    // Ctrl+C or SIGTERM: a review stops at once (nothing was sent for real), an apply after
    // the write in flight; then the exit code says which signal it was.
    Interruption interruption;
    auto *review = plan->review();
    interruption.watch(review);
    auto reviewed = await(review);
    if (interruption.signal())
        return 128 + interruption.signal();
    if (!reviewed)
        return fail(reviewed.error());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const OpenShift::ChangeReview &review = reviewed->at(i);
        if (review.verdict) {
            if (!review.unifiedDiff.isEmpty())
                err << review.unifiedDiff << Qt::flush;
            return fail(review.verdict.about(target(changes.at(i))));
        }
    }
    if (options.dryRun) {
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const OpenShift::Change &change = changes.at(i);
            out << "# " << change.summary << '\n' << reviewed->at(i).unifiedDiff;
            if (!change.command.isEmpty())
                out << change.command.toShell() << '\n';
            out << target(change) << ' ' << pastTense(change.write) << " (server dry run)\n\n";
        }
        out.flush();
        return 0;
    }
    auto *reply = plan->apply();
    interruption.watch([plan] { plan->stopAfterCurrent(); });
    OpenShift::ApplyOutcome outcome;
    QObject::connect(reply, &Reply::finished, reply, [&outcome, reply] {
        outcome = reply->value();
        outcome.error = reply->error() ? reply->error() : outcome.error;
    });
    wait(reply);
    const bool summarized = !outcome.error && !options.doneMessage.isEmpty();
    for (const OpenShift::AppliedChange &applied : std::as_const(outcome.applied)) {
        if (options.verbose && !applied.change.command.isEmpty())
            out << applied.change.command.toShell() << '\n';
        if (!summarized)
            out << target(applied.change) << ' ' << pastTense(applied.change.write) << '\n';
    }
    if (summarized)
        out << options.doneMessage << '\n';
    out.flush();
    for (const QString &warning : std::as_const(outcome.warnings))
        err << "warning: " << warning << Qt::endl;
    if (!outcome.error)
        return 0;
    if (interruption.signal()) {
        err << tr("Stopped. Not applied: %1.").arg(notApplied(changes, outcome)) << Qt::endl;
        return 128 + interruption.signal();
    }
    if (!outcome.theirDiff.isEmpty())
        err << outcome.theirDiff << Qt::flush;
    Error error = outcome.error.about(target(changes.at(outcome.applied.size())));
    error.setHint(tr("Not applied: %1. Run the command again to review and apply them.")
                      .arg(notApplied(changes, outcome)));
    return fail(error);
}

} // namespace Berth::Cli
