// SPDX-License-Identifier: Apache-2.0
#include "boundedbody.h"

#include <QNetworkReply>

namespace Berth {

void limitReadBuffer(QNetworkReply *reply, qint64 size)
{
    reply->setReadBufferSize(size);
    QMetaObject::invokeMethod(
        reply, [reply, size] { reply->setReadBufferSize(size); }, Qt::QueuedConnection);
}

bool appendBounded(QNetworkReply *reply, QByteArray *body, qint64 limit)
{
    *body += reply->read(limit + 1 - body->size());
    if (body->size() <= limit)
        return true;
    body->truncate(limit);
    return false;
}

BoundedBody::BoundedBody(QNetworkReply *reply, qint64 limit)
    : QObject(reply)
    , m_reply(reply)
    , m_limit(limit)
{
    limitReadBuffer(reply, qMin<qint64>(limit + 1, 1024 * 1024));
    connect(reply, &QIODevice::readyRead, this, &BoundedBody::drain);
}

void BoundedBody::drain()
{
    if (m_tooLarge || !m_reply->isOpen())
        return;
    if (!appendBounded(m_reply, &m_body, m_limit)) {
        m_tooLarge = true; // before abort(), whose finished() reads it
        m_reply->abort();
    }
}

} // namespace Berth
