// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace Berth {

/// Caps what Qt's HTTP thread reads ahead of `reply`'s reader at `size` bytes. Qt starts a
/// request that has a body (POST, PUT, PATCH, a custom verb) only once the event loop runs, and
/// drops a limit set before that; so the limit is set now and again after that start.
void limitReadBuffer(QNetworkReply *reply, qint64 size);

/// Appends what `reply` holds to `body`, never past `limit` bytes; false once the body would pass
/// it (the caller then aborts the reply). What BoundedBody does on each readyRead, for a reader
/// that streams a successful body elsewhere and keeps only the others.
bool appendBounded(QNetworkReply *reply, QByteArray *body, qint64 limit);

/// Collects a network reply's body as it arrives, never more than `limit` bytes: Qt's read
/// buffer is capped as well, and the reply is aborted as soon as the body passes the limit
/// (tooLarge() then). However much a hostile server sends, Berth holds about the limit at most.
/// A child of the reply; read body() in the reply's finished(), after drain().
class BoundedBody final : public QObject
{
    Q_OBJECT
public:
    BoundedBody(QNetworkReply *reply, qint64 limit);

    /// Takes what the reply still buffers (what came with its end).
    void drain();
    const QByteArray &body() const { return m_body; }
    bool tooLarge() const { return m_tooLarge; }
    qint64 limit() const { return m_limit; }

private:
    QNetworkReply *m_reply;
    qint64 m_limit;
    QByteArray m_body;
    bool m_tooLarge = false;
};

} // namespace Berth
