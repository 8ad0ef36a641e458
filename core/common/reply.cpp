// SPDX-License-Identifier: Apache-2.0
#include "reply.h"

namespace Berth {

Reply::Reply(QObject *parent)
    : QObject(parent)
{ }

void Reply::abort()
{
    if (m_finished || m_finishQueued)
        return;
    if (auto onAbort = std::exchange(m_onAbort, nullptr))
        onAbort();
    const QList<QPointer<Reply>> steps = std::exchange(m_steps, {});
    for (const QPointer<Reply> &step : steps) {
        if (step)
            step->abort();
    }
    finish(Error::cancelled());
}

void Reply::finish(const Error &error)
{
    if (m_finished || m_finishQueued)
        return;
    m_error = error;
    m_finishQueued = true;
    m_onAbort = nullptr;
    m_steps.clear();
    // Queued so that finished() is never emitted inside the call that created the reply.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

WatchReply::WatchReply(QObject *parent)
    : Reply(parent)
{ }

} // namespace Berth
