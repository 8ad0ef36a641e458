// SPDX-License-Identifier: Apache-2.0
#include "rootinstall.h"

#include "common/process.h"
#include "tls/certificates.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

QStringList installAsRootArguments(const QString &berthctl, const QList<CertsStore> &stores,
                                   const QString &host, ExistingCa existing)
{
    QStringList arguments {u"pkexec"_s, berthctl, u"trust"_s, u"install-ca"_s};
    for (CertsStore store : stores)
        arguments << u"--store"_s << storeName(store);
    arguments << u"--host"_s << host;
    if (existing == ExistingCa::Replace)
        arguments << u"--replace"_s;
    return arguments;
}

Command installAsRootCommand(const QStringList &arguments, const QList<QSslCertificate> &ca)
{
    Command command(arguments);
    command.setInput(QString::fromLatin1(Tls::toPem(ca)));
    return command;
}

QString helperProgram()
{
    const QString beside
        = QStandardPaths::findExecutable(u"berthctl"_s, {QCoreApplication::applicationDirPath()});
    return beside.isEmpty() ? QStandardPaths::findExecutable(u"berthctl"_s) : beside;
}

ValueReply<QString> *installAsRoot(const QStringList &arguments, const QList<QSslCertificate> &ca,
                                   QObject *parent)
{
    auto *reply = new ValueReply<QString>(parent);
    auto *run = runProcess(arguments.first(), arguments.mid(1), Tls::toPem(ca), 0, reply);
    QObject::connect(run, &Reply::finished, reply, [reply, run] {
        const ProcessOutcome &ran = run->value();
        if (ran.succeeded())
            return reply->finishWith(QString::fromUtf8(ran.out).trimmed());
        QString why;
        if (!ran.started)
            why = Tr::tr("pkexec could not be started (%1); install Debian's pkexec package, or "
                         "run the command as root")
                      .arg(ran.startError);
        else if (ran.crashed)
            why = Tr::tr("pkexec was ended by a signal");
        else if (ran.exitCode == 126)
            why = Tr::tr("pkexec exit 126: the password dialog was dismissed");
        else if (ran.exitCode == 127)
            why = Tr::tr("pkexec exit 127: not authorized, or no polkit agent is running");
        else
            why = Tr::tr("exit %1: %2").arg(ran.exitCode).arg(lastLine(ran.err));
        reply->finish(
            Error(Error::Kind::Io, Tr::tr("the write as root did not happen (%1)").arg(why)));
    });
    return reply;
}

} // namespace Berth::Workstation
