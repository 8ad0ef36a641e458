// SPDX-License-Identifier: Apache-2.0
#include "historycommand.h"

#include "cliutil.h"
#include "planrunner.h"

#include "kube/clustersession.h"
#include "openshift/changehistory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

HistoryCommand::HistoryCommand(const QString &output, Kube::ClusterSession *session,
                               const QString &context, bool verbose)
    : m_output(output)
    , m_session(session)
    , m_context(context)
    , m_verbose(verbose)
{ }

int HistoryCommand::run(const QString &verb, const QStringList &arguments)
{
    return verb == u"history" ? history(arguments) : revert(arguments);
}

int HistoryCommand::history(const QStringList &args)
{
    if (args.value(0) == u"forget")
        return forget(args.mid(1));
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    const OpenShift::ChangeHistory history(m_session->connection().server);
    const Result<QList<OpenShift::ChangeHistory::Entry>> entries = history.entries();
    if (!entries)
        return fail(entries.error());
    if (m_output != u"table") {
        QJsonArray list;
        for (const OpenShift::ChangeHistory::Entry &entry : *entries)
            list.append(entry.toJson());
        printStructured(list, m_output);
        return 0;
    }
    if (entries->isEmpty()) {
        outStream() << tr("No changes.") << Qt::endl;
        return 0;
    }
    QList<QStringList> table {
        {u"#"_s, u"APPLIED"_s, u"USER"_s, u"OBJECT"_s, u"NAMESPACE"_s, u"CHANGE"_s}};
    qsizetype number = 0;
    for (const OpenShift::ChangeHistory::Entry &entry : *entries) {
        const OpenShift::Change &change = entry.applied.change;
        table.append(
            {QString::number(++number), entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
             entry.origin.user, PlanRunner::target(change), change.ns,
             entry.undoable ? change.summary : tr("%1 (cannot be reverted)").arg(change.summary)});
    }
    printTable(table);
    return 0;
}

int HistoryCommand::revert(const QStringList &arguments)
{
    QStringList args = arguments;
    Result<PlanOptions> options = PlanRunner::takeOptions(args, m_verbose);
    if (!options)
        return usageError(options.error().message());
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    const OpenShift::ChangeHistory history(m_session->connection().server);
    const auto last = history.lastApply();
    if (!last)
        return fail(last.error());
    const Result<QList<OpenShift::Change>> undos = history.undoLastApply();
    if (!undos)
        return fail(undos.error());
    OpenShift::ChangePlan plan(m_session);
    plan.add(*undos);
    const int code = PlanRunner::run(&plan, *options);
    if (code == 0 && !options->dryRun) {
        for (const OpenShift::ChangeHistory::Entry &entry : *last)
            outStream() << tr("Reverted: %1").arg(entry.applied.change.summary) << '\n';
        outStream().flush();
    }
    if (code == 1)
        errStream() << tr("When it can never be reverted (someone, or the operator, has since "
                          "written into what it changed), berthctl history forget drops it "
                          "from the history and lets the older changes be reverted.")
                    << Qt::endl;
    return code;
}

int HistoryCommand::forget(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    const auto forgotten
        = OpenShift::ChangeHistory(m_session->connection().server).forgetLastApply();
    if (!forgotten)
        return fail(forgotten.error());
    for (const OpenShift::ChangeHistory::Entry &entry : *forgotten)
        outStream()
            << tr("Forgotten (left as it is on the cluster): %1").arg(entry.applied.change.summary)
            << '\n';
    outStream().flush();
    return 0;
}

} // namespace Berth::Cli
