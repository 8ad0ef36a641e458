// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Berth {

/// An asynchronous operation, like a small KJob. `finished()` is emitted exactly once, never
/// synchronously inside the call that created the reply; then the reply deletes itself.
/// `abort()` finishes it with Error::Kind::Cancelled. Lives on the thread that created it.
class Reply : public QObject
{
    Q_OBJECT
public:
    explicit Reply(QObject *parent = nullptr);

    const Error &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    /// Cancels the operation; finished() follows with Error::Kind::Cancelled.
    void abort();

    /// Finishes the reply with `error` (or success), emitting finished() from the event loop.
    void finish(const Error &error = {});

    /// Runs `onAbort` when abort() is called before the reply finished (to stop the I/O).
    void setAbortHandler(std::function<void()> onAbort) { m_onAbort = std::move(onAbort); }

    /// Makes `child` the step this operation waits on: aborting this reply aborts it (and no
    /// longer the previous step). Returns `child`.
    template<typename R> R *follow(R *child)
    {
        setAbortHandler([step = QPointer<Reply>(child)] {
            if (step)
                step->abort();
        });
        return child;
    }

Q_SIGNALS:
    void finished();
    void progress(qint64 done, qint64 total);

private:
    Error m_error;
    bool m_finished = false;
    bool m_finishQueued = false;
    std::function<void()> m_onAbort;
};

/// A reply that carries a value of type T once finished without error.
template<typename T> class ValueReply : public Reply
{
public:
    explicit ValueReply(QObject *parent = nullptr)
        : Reply(parent)
    { }
    const T &value() const { return m_value; }
    /// Finishes with `value`; with an `error` too when a failure still has a result to show
    /// (what a plan applied before it stopped).
    void finishWith(T value, const Error &error = {})
    {
        m_value = std::move(value);
        finish(error);
    }

private:
    T m_value {};
};

/// A watch: emits event() for each change until aborted or the stream ends for good.
class WatchReply : public Reply
{
    Q_OBJECT
public:
    explicit WatchReply(QObject *parent = nullptr);

Q_SIGNALS:
    /// `type` is ADDED, MODIFIED, DELETED or BOOKMARK.
    void event(const QString &type, const QJsonObject &object);
};

} // namespace Berth
