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

    /// Makes `step` part of this operation: aborting this reply aborts it (and every other
    /// step it follows that is still running); a step added after this reply finished is
    /// aborted at once. Returns `step`.
    template<typename R> R *follow(R *step)
    {
        if (m_finished || m_finishQueued) {
            step->abort();
            return step;
        }
        m_steps.removeIf([](const QPointer<Reply> &s) { return !s || s->isFinished(); });
        m_steps.append(QPointer<Reply>(step));
        return step;
    }

    /// Follows `step`; when it fails this reply finishes with its error, else `next()` runs.
    /// Nothing runs once this reply has finished (aborted meanwhile).
    template<typename R, typename F> void chain(R *step, F next)
    {
        follow(step);
        connect(step, &Reply::finished, this, [this, step, next = std::move(next)]() mutable {
            if (m_finished || m_finishQueued)
                return;
            if (step->error()) {
                finish(step->error());
                return;
            }
            next();
        });
    }

Q_SIGNALS:
    void finished();
    void progress(qint64 done, qint64 total);

private:
    Error m_error;
    bool m_finished = false;
    bool m_finishQueued = false;
    std::function<void()> m_onAbort;
    QList<QPointer<Reply>> m_steps;
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

/// A list, then a watch from it (KubeClient::listAndWatch): listed() once with the List object,
/// then event() for each change after it, until aborted or the watch ends for good.
class ListWatchReply final : public WatchReply
{
    Q_OBJECT
public:
    using WatchReply::WatchReply;

    /// Whether listed() was emitted: an error after it is the watch's, before it the list's.
    bool hasListed() const { return m_listed; }
    /// Emits listed(): for KubeClient.
    void setListed(const QJsonObject &list)
    {
        m_listed = true;
        Q_EMIT listed(list);
    }

Q_SIGNALS:
    void listed(const QJsonObject &list);

private:
    bool m_listed = false;
};

} // namespace Berth
