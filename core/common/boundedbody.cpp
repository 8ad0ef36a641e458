// SPDX-License-Identifier: Apache-2.0
#include "boundedbody.h"

#include <QNetworkReply>

namespace Berth {

BoundedBody::BoundedBody(QNetworkReply *reply, qint64 limit)
    : QObject(reply)
    , m_reply(reply)
    , m_limit(limit)
{
    reply->setReadBufferSize(qMin<qint64>(limit + 1, 1024 * 1024));
    connect(reply, &QIODevice::readyRead, this, &BoundedBody::drain);
}

void BoundedBody::drain()
{
    if (m_tooLarge || !m_reply->isOpen())
        return;
    m_body += m_reply->read(m_limit + 1 - m_body.size());
    if (m_body.size() > m_limit) {
        m_tooLarge = true;
        m_body.truncate(m_limit);
        m_reply->abort();
    }
}

} // namespace Berth
