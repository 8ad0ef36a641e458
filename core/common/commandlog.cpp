// SPDX-License-Identifier: Apache-2.0
#include "commandlog.h"

#include "error.h"

using namespace Qt::StringLiterals;

namespace Berth {

CommandLog::CommandLog(QObject *parent)
    : QObject(parent)
{ }

static bool isLogin(const Command &command)
{
    return command.arguments().mid(0, 2) == QStringList {u"oc"_s, u"login"_s};
}

void CommandLog::add(const QString &summary, const Command &command)
{
    m_entries.append({QDateTime::currentDateTimeUtc(), summary, command, m_server});
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
        const QString hint = v == u"OC_TOKEN" ? Tr::tr("set OC_TOKEN to your token (oc whoami -t)")
                                              //: %1 is an environment variable such as PASSWORD
                                              : Tr::tr("set %1 before running this script").arg(v);
        // The hint is one quoted word: nothing in a translation can expand.
        script += u"if [ -z \"${%1-}\" ]; then printf '%s\\n' %2 >&2; exit 1; fi\n"_s.arg(
            v, Command::quote(hint));
    }
    QUrl server;
    for (const Entry &e : m_entries) {
        if (e.server != server && !e.server.isEmpty() && !isLogin(e.command)) {
            // Every command goes to the cluster it went to: stop if oc points elsewhere.
            server = e.server;
            const QString where = Command::quote(server.toString());
            script += u"\n"_s
                + comment(Tr::tr("The commands below were made on %1.").arg(server.toString()))
                + u"[ \"$(oc whoami --show-server)\" = %1 ] || { printf '%s\\n' %2 >&2; exit 1; }\n"_s
                      .arg(where,
                           Command::quote(
                               Tr::tr("log in to %1 first (oc login)").arg(server.toString())));
        } else if (isLogin(e.command)) {
            server = e.server;
        }
        script += u'\n'
            + comment(e.time.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) + u": "_s + e.summary);
        script += e.command.toShell() + u'\n';
    }
    return script;
}

} // namespace Berth
