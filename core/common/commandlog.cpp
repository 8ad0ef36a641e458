// SPDX-License-Identifier: Apache-2.0
#include "commandlog.h"

#include "error.h"

using namespace Qt::StringLiterals;

namespace Berth {

CommandLog::CommandLog(QObject *parent)
    : QObject(parent)
{ }

void CommandLog::add(const QString &summary, const Command &command)
{
    m_entries.append({QDateTime::currentDateTimeUtc(), summary, command});
    Q_EMIT added(m_entries.constLast());
}

static QString comment(const QString &text)
{
    // A summary holds names the user typed: keep it on its comment line.
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return u"# "_s + line + u'\n';
}

QString CommandLog::script() const
{
    QString script = u"#!/usr/bin/env bash\n"_s
        + comment(Tr::tr("The commands of a Berth session, in the order Berth made "
                         "the changes."));
    QStringList variables;
    for (const Entry &e : m_entries) {
        for (const QString &v : e.command.variables()) {
            if (!variables.contains(v))
                variables.append(v);
        }
    }
    script += u"set -euo pipefail\n"_s;
    for (const QString &v : std::as_const(variables)) {
        //: %1 is an environment variable such as OC_TOKEN
        const QString hint = v == u"OC_TOKEN" ? Tr::tr("set OC_TOKEN to your token (oc whoami -t)")
                                              : Tr::tr("set %1 before running this script").arg(v);
        script += u": \"${%1:?%2}\"\n"_s.arg(v, QString(hint).remove(u'}').remove(u'"'));
    }
    for (const Entry &e : m_entries) {
        script += u'\n'
            + comment(e.time.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) + u": "_s + e.summary);
        script += e.command.toShell() + u'\n';
    }
    return script;
}

} // namespace Berth
