// SPDX-License-Identifier: Apache-2.0
#include "clientcheck.h"

#include "certsdir.h"
#include "common/command.h"
#include "common/process.h"

#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

namespace {

constexpr int runLimitMs = 60'000;

/// The runs left, one at a time, and what they said.
struct Checks
{
    QList<ClientCheck> planned;
    QList<ClientCheck> done;
    ValueReply<ProcessOutcome> *running = nullptr;
    bool aborted = false;
};

void runNext(ValueReply<QList<ClientCheck>> *reply, std::shared_ptr<Checks> checks)
{
    if (checks->planned.isEmpty()) {
        reply->finishWith(checks->done);
        return;
    }
    ClientCheck check = checks->planned.takeFirst();
    auto *run = runProcess(check.command.first(), check.command.mid(1), {}, runLimitMs, reply);
    checks->running = run;
    QObject::connect(run, &Reply::finished, reply, [reply, checks, run, check]() mutable {
        checks->running = nullptr;
        if (checks->aborted)
            return;
        const ProcessOutcome &ran = run->value();
        check.passed = ran.succeeded();
        if (ran.timedOut)
            check.said = Tr::tr("did not end within %1 seconds").arg(runLimitMs / 1000);
        else if (!ran.started)
            check.said = Tr::tr("could not be started: %1").arg(ran.startError);
        else if (check.passed && check.command.value(1) == u"inspect")
            // The manifest itself is no message: what was read is.
            check.said
                = Tr::tr("read the image's manifest (%n bytes)", nullptr, int(ran.out.size()));
        else
            check.said = lastLine(check.passed ? ran.out : ran.err + ran.out);
        checks->done.append(check);
        runNext(reply, checks);
    });
}

} // namespace

QString ClientCheck::shownCommand() const
{
    QStringList shown = command;
    if (!shown.isEmpty())
        shown.first() = client;
    return Command(shown).toShell();
}

ValueReply<QList<ClientCheck>> *checkWithClients(const QString &host, const QString &image,
                                                 const QString &authFile, QObject *parent)
{
    auto *reply = new ValueReply<QList<ClientCheck>>(parent);
    if (Result<void> valid = checkRegistryHost(host); !valid) {
        reply->finish(valid.error());
        return reply;
    }
    const QStringList authArgs
        = authFile.isEmpty() ? QStringList() : QStringList {u"--authfile"_s, authFile};
    auto checks = std::make_shared<Checks>();
    for (const QString &client : {u"skopeo"_s, u"podman"_s}) {
        const QString program = QStandardPaths::findExecutable(client);
        if (program.isEmpty())
            continue;
        ClientCheck login;
        login.client = client;
        login.command
            = QStringList {program, u"login"_s, u"--get-login"_s} + authArgs + QStringList {host};
        checks->planned.append(login);
        if (client == u"skopeo" && !image.isEmpty()) {
            ClientCheck inspect;
            inspect.client = client;
            inspect.command = QStringList {program, u"inspect"_s, u"--raw"_s} + authArgs
                + QStringList {u"docker://"_s + host + u'/' + image};
            checks->planned.append(inspect);
        }
    }
    reply->setAbortHandler([checks] {
        checks->aborted = true;
        if (checks->running)
            checks->running->abort();
    });
    // Started from the event loop: a reply never finishes inside the call that made it.
    QTimer::singleShot(0, reply, [reply, checks] {
        if (!checks->aborted)
            runNext(reply, checks);
    });
    return reply;
}

} // namespace Berth::Workstation
