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
             entry.user, PlanRunner::target(change), change.ns,
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
    const Result<OpenShift::ChangeHistory::Entry> last = history.last();
    if (!last)
        return fail(last.error());
    const Result<OpenShift::Change> undo = last->undo();
    if (!undo)
        return fail(undo.error());
    OpenShift::ChangePlan plan(m_session);
    plan.add(*undo);
    const int code = PlanRunner::run(&plan, *options);
    if (code == 0 && !options->dryRun)
        outStream() << tr("Reverted: %1").arg(last->applied.change.summary) << Qt::endl;
    return code;
}

} // namespace Berth::Cli
