// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/reply.h"
#include "common/result.h"
#include "kube/clustersession.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Berth::Cli {

QTextStream &outStream();
QTextStream &errStream();
void writeOut(const QByteArray &data);

/// Prints "error: MESSAGE" on stderr and returns 1.
int fail(const Error &error);
/// Prints "error: PROBLEM" and a pointer to --help on stderr and returns 2.
int usageError(const QString &problem);

/// Opens `session` on `context` of its kubeconfig unless it is open, and prints the
/// connection's warnings ("warning: ..." on stderr) when it opens.
Result<void> openSession(Kube::ClusterSession *session, const QString &context);

/// While it lives, the first SIGINT or SIGTERM aborts the watched reply (which removes what it
/// wrote) instead of ending the process at once; a second one ends it as usual. signal() names
/// the one that came, for exit code 128 + N. A signal before watch() aborts the reply then.
class Interruption
{
public:
    Interruption();
    ~Interruption();
    void watch(Reply *reply);
    /// Instead of aborting a reply, the first signal runs `stop` (a plan stops after the write
    /// in flight, never in the middle of one).
    void watch(std::function<void()> stop);
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;
    int signal() const { return m_signal; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    QPointer<Reply> m_reply;
    std::function<void()> m_stop;
    int m_signal = 0;
};

/// Runs the event loop until `reply` finished.
void wait(Reply *reply);

/// Runs the event loop until `reply` finished, and returns its value or its error.
template<typename T> Result<T> await(ValueReply<T> *reply)
{
    Error error;
    T value {};
    QObject::connect(reply, &Reply::finished, reply, [&] {
        error = reply->error();
        value = reply->value();
    });
    wait(reply);
    if (error)
        return error;
    return value;
}

/// Takes "--name value" or "--name=value" out of `args`.
bool takeOption(QStringList &args, const QStringList &names, QString *value);
/// Takes "--name" (or "--name=true") out of `args`.
bool takeFlag(QStringList &args, const QString &name);

/// `value` as JSON (`output` "json") or as YAML (anything else), for `-o json|yaml`.
void printStructured(const QJsonValue &value, const QString &output);
/// One item per line (table), or a JSON/YAML list.
void printList(const QStringList &items, const QString &output);
/// Rows in columns, as kubectl prints a table: the first row is the header.
void printTable(const QList<QStringList> &rows);

} // namespace Berth::Cli
