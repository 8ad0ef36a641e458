// SPDX-License-Identifier: Apache-2.0
#include "storageclasscommand.h"

#include "cliutil.h"

#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/storageclasses.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {
/// The age as kubectl prints it: 42s, 10m, 3h, 5d.
QString age(const QDateTime &created)
{
    if (!created.isValid())
        return u"<unknown>"_s;
    const qint64 s = qMax<qint64>(0, created.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return QString::number(s) + u's';
    if (s < 2 * 3600)
        return QString::number(s / 60) + u'm';
    if (s < 2 * 86400)
        return QString::number(s / 3600) + u'h';
    return QString::number(s / 86400) + u'd';
}

QString rwxText(const OpenShift::RwxSupport &support)
{
    using A = OpenShift::RwxSupport::Answer;
    switch (support.answer) {
    case A::Yes:
        return StorageClassCommand::tr("yes", "RWX column");
    case A::No:
        return StorageClassCommand::tr("no", "RWX column");
    case A::Conditional:
        return support.note;
    case A::NotKnown:
        return StorageClassCommand::tr("not known", "RWX column");
    }
    return {};
}
} // namespace

StorageClassCommand::StorageClassCommand(const QString &output, Kube::ClusterSession *session,
                                         const QString &context, bool verbose)
    : m_output(output)
    , m_session(session)
    , m_context(context)
    , m_verbose(verbose)
{ }

int StorageClassCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(tr("storageclass needs list or set-default NAME"));
    const QString sub = args.takeFirst();
    if (sub == u"list" || sub == u"ls")
        return list(args);
    if (sub == u"set-default")
        return setDefault(args);
    return usageError(tr("unknown storageclass command \"%1\"").arg(sub));
}

int StorageClassCommand::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::StorageClasses classes(m_session->client());
    auto listed = await(classes.list());
    if (!listed)
        return fail(listed.error());
    if (m_output != u"table") {
        QJsonArray items;
        for (const OpenShift::StorageClassInfo &sc : std::as_const(listed->items))
            items.append(sc.object);
        const QJsonObject list {
            {u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"List"_s}, {u"items"_s, items}};
        printStructured(list, m_output);
        return 0;
    }
    QList<QStringList> rows {{u"NAME"_s, u"PROVISIONER"_s, u"RECLAIMPOLICY"_s,
                              u"VOLUMEBINDINGMODE"_s, u"ALLOWVOLUMEEXPANSION"_s, u"AGE"_s,
                              u"RWX"_s}};
    for (const OpenShift::StorageClassInfo &sc : std::as_const(listed->items))
        rows.append({sc.isDefault ? sc.name + u" (default)"_s : sc.name, sc.provisioner,
                     sc.reclaimPolicy, sc.volumeBindingMode,
                     sc.allowVolumeExpansion ? u"true"_s : u"false"_s, age(sc.created),
                     rwxText(OpenShift::StorageClasses::rwxSupport(sc.provisioner))});
    printTable(rows);
    const QStringList defaults = OpenShift::StorageClasses::defaults(listed->items);
    if (defaults.size() > 1)
        errStream() << "warning: "
                    << tr("%1 are all marked default: a claim that names no class gets any one "
                          "of them. Keep one: berthctl storageclass set-default NAME")
                           .arg(defaults.join(u", "_s))
                    << Qt::endl;
    return 0;
}

int StorageClassCommand::setDefault(const QStringList &arguments)
{
    QStringList args = arguments;
    const Result<PlanOptions> taken = PlanRunner::takeOptions(args, m_verbose);
    if (!taken)
        return usageError(taken.error().detail());
    PlanOptions options = *taken;
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usageError(tr("storageclass set-default needs one storage class name"));
    const QString name = args.first();
    if (Result<void> opened = openSession(m_session, m_context); !opened)
        return fail(opened.error());
    OpenShift::StorageClasses classes(m_session->client());
    auto listed = await(classes.list());
    if (!listed)
        return fail(listed.error());
    const auto changes = OpenShift::StorageClasses::setDefault(listed->items, name);
    if (!changes) {
        Error error = changes.error();
        error.setHint(tr("berthctl storageclass list shows them."));
        return fail(error);
    }
    if (changes->isEmpty()) {
        outStream() << tr("storageclass.storage.k8s.io/%1 is already the only default; nothing "
                          "to change.")
                           .arg(name)
                    << Qt::endl;
        return 0;
    }
    OpenShift::ChangePlan plan(m_session);
    plan.add(*changes);
    return PlanRunner::run(&plan, options);
}

} // namespace Berth::Cli
