// SPDX-License-Identifier: Apache-2.0
#include "clientcheck.h"

#include "certsdir.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

namespace {

constexpr int runLimitMs = 60'000;
constexpr qsizetype outputLimit = 64 * 1024;

/// The last non-empty line of `text`, where a client says how it ended; of a logrus line
/// (`time="…" level=fatal msg="…"`, as skopeo and podman print errors) its message only.
QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QString trimmed = line->trimmed();
        if (trimmed.isEmpty())
            continue;
        static const QRegularExpression logrus(uR"re(\blevel=\w+ msg="((?:[^"\\]|\\.)*)")re"_s);
        if (const QRegularExpressionMatch m = logrus.match(trimmed); m.hasMatch())
            return m.captured(1).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        return trimmed;
    }
    return {};
}

/// The runs left, one at a time, and what they said.
struct Checks
{
    QList<ClientCheck> planned;
    QList<ClientCheck> done;
    QProcess *running = nullptr;
    bool aborted = false;
};

void runNext(ValueReply<QList<ClientCheck>> *reply, std::shared_ptr<Checks> checks)
{
    if (checks->planned.isEmpty()) {
        reply->finishWith(checks->done);
        return;
    }
    ClientCheck check = checks->planned.takeFirst();
    auto *process = new QProcess(reply);
    checks->running = process;
    process->setStandardInputFile(QProcess::nullDevice());
    // What each stream said, bounded: a client that writes without end is cut at the limit.
    auto out = std::make_shared<QByteArray>();
    auto err = std::make_shared<QByteArray>();
    auto keep = [](QByteArray *kept, const QByteArray &more) {
        kept->append(more.first(std::min(more.size(), outputLimit - kept->size())));
    };
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [process, out, keep] { keep(out.get(), process->readAllStandardOutput()); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [process, err, keep] { keep(err.get(), process->readAllStandardError()); });
    auto *limit = new QTimer(process);
    limit->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(limit, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    auto ended = [reply, checks, process, check, out, err, timedOut]() mutable {
        if (checks->running != process)
            return; // errorOccurred and finished can both come
        checks->running = nullptr;
        process->deleteLater();
        if (checks->aborted)
            return;
        check.passed = !*timedOut && process->exitStatus() == QProcess::NormalExit
            && process->exitCode() == 0;
        if (*timedOut)
            check.said = Tr::tr("did not end within %1 seconds").arg(runLimitMs / 1000);
        else if (process->error() == QProcess::FailedToStart)
            check.said = Tr::tr("could not be started: %1").arg(process->errorString());
        else if (check.passed && check.command.value(1) == u"inspect")
            // The manifest itself is no message: what was read is.
            check.said = Tr::tr("read the image's manifest (%n bytes)", nullptr, int(out->size()));
        else
            check.said = lastLine(check.passed ? *out : *err + *out);
        checks->done.append(check);
        runNext(reply, checks);
    };
    QObject::connect(process, &QProcess::finished, reply, ended);
    QObject::connect(process, &QProcess::errorOccurred, reply,
                     [ended](QProcess::ProcessError error) mutable {
                         if (error == QProcess::FailedToStart)
                             ended();
                     });
    limit->start(runLimitMs);
    process->start(check.command.first(), check.command.mid(1));
}

} // namespace

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
            checks->running->kill();
    });
    // Started from the event loop: a reply never finishes inside the call that made it.
    QTimer::singleShot(0, reply, [reply, checks] {
        if (!checks->aborted)
            runNext(reply, checks);
    });
    return reply;
}

} // namespace Berth::Workstation
