// SPDX-License-Identifier: Apache-2.0
#include "process.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

constexpr qsizetype outputLimit = 64 * 1024;

void keep(QByteArray *kept, const QByteArray &more)
{
    kept->append(more.first(std::min(more.size(), outputLimit - kept->size())));
}

} // namespace

ValueReply<ProcessOutcome> *runProcess(const QString &program, const QStringList &arguments,
                                       const QByteArray &input, int timeLimitMs, QObject *parent)
{
    auto *reply = new ValueReply<ProcessOutcome>(parent);
    auto *process = new QProcess(reply);
    auto outcome = std::make_shared<ProcessOutcome>();
    if (input.isEmpty())
        process->setStandardInputFile(QProcess::nullDevice());
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [process, outcome] { keep(&outcome->out, process->readAllStandardOutput()); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [process, outcome] { keep(&outcome->err, process->readAllStandardError()); });
    if (timeLimitMs > 0) {
        auto *limit = new QTimer(process);
        limit->setSingleShot(true);
        QObject::connect(limit, &QTimer::timeout, process, [process, outcome] {
            outcome->timedOut = true;
            process->kill();
        });
        QObject::connect(process, &QProcess::started, limit, qOverload<>(&QTimer::start));
        limit->setInterval(timeLimitMs);
    }
    QObject::connect(process, &QProcess::started, process, [process, input] {
        if (!input.isEmpty()) {
            process->write(input);
            process->closeWriteChannel();
        }
    });
    QObject::connect(process, &QProcess::finished, reply,
                     [reply, process, outcome](int exitCode, QProcess::ExitStatus status) {
                         keep(&outcome->out, process->readAllStandardOutput());
                         keep(&outcome->err, process->readAllStandardError());
                         outcome->exitCode = exitCode;
                         outcome->crashed = status == QProcess::CrashExit && !outcome->timedOut;
                         reply->finishWith(*outcome);
                     });
    QObject::connect(process, &QProcess::errorOccurred, reply,
                     [reply, process, outcome](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         outcome->started = false;
                         outcome->startError = process->errorString();
                         reply->finishWith(*outcome);
                     });
    auto aborted = std::make_shared<bool>(false);
    reply->setAbortHandler([reply, process, aborted] {
        *aborted = true; // and not started, when it was not yet
        QObject::disconnect(process, nullptr, reply, nullptr); // what it says now is not asked
        process->kill();
    });
    // Started from the event loop: a reply never finishes inside the call that made it.
    QTimer::singleShot(0, process, [process, program, arguments, aborted] {
        if (!*aborted)
            process->start(program, arguments);
    });
    return reply;
}

void endWithThisProcess(QProcess *process)
{
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before prctl
            ::_exit(1);
    });
}

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

} // namespace Berth
