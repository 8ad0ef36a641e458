// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"

#include <QStringList>

class QProcess;

namespace Berth {

/// How a program run by runProcess() ended, and what it said.
struct ProcessOutcome
{
    bool started = true; ///< false: it could not be started (startError says why)
    QString startError;
    bool timedOut = false; ///< killed at the time limit
    bool crashed = false; ///< ended by a signal
    int exitCode = 0;
    QByteArray out; ///< its standard output, up to the output limit
    QByteArray err; ///< its standard error, up to the output limit

    /// It ran to the end and exited 0.
    bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
};

/// Runs `program` with `arguments`, `input` on its standard input (then closed; empty: an empty
/// input), and keeps at most 64 KiB of each of its outputs: a program that writes without end
/// is cut there, not held. It is killed after `timeLimitMs` (0: no limit) and when the reply is
/// aborted. The reply finishes with an outcome, with no error unless it was aborted: how the
/// program ended is the caller's to judge.
ValueReply<ProcessOutcome> *runProcess(const QString &program, const QStringList &arguments,
                                       const QByteArray &input, int timeLimitMs,
                                       QObject *parent = nullptr);

/// Makes `process`, once started, get SIGTERM from the kernel as soon as this process dies,
/// however it ends (a crash, kill -9): for a helper that must not outlive its parent (Linux).
/// The kernel sends it when the thread that started the process ends: start it on the main
/// thread, never on a pool thread.
void endWithThisProcess(QProcess *process);

/// The last non-empty line of `text`, where a program says how it ended; of a logrus line
/// (`time="…" level=fatal msg="…"`, as skopeo, podman and pkexec's helpers print errors) its
/// message only.
QString lastLine(const QByteArray &text);

} // namespace Berth
