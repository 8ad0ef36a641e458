// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpserver.h"

#include <QFile>
#include <QObject>
#include <QTimer>

namespace Berth::Test {

/// A response body that streams `total` bytes as fast as the client reads them, and counts what
/// the client took: a client that stops reading at its limit leaves `sent` far below `total`.
class EndlessBody final : public QObject
{
public:
    explicit EndlessBody(qint64 total = qint64(300) * 1024 * 1024)
        : m_total(total)
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
    }
    /// Starts the stream on `writer` (a 200 with chunked encoding).
    void serve(Sandbox::ResponseWriter *writer, const Sandbox::HeaderList &headers = {})
    {
        m_writer = writer;
        m_started = true;
        writer->beginStream(200, headers);
        m_timer.start();
    }
    qint64 sent() const { return m_sent; }
    /// The stream started and has ended (the client went away, or everything was sent).
    bool finished() const { return m_writer.isNull() ? m_started : !m_timer.isActive(); }

private:
    void pump()
    {
        if (!m_writer || !m_writer->isOpen() || m_sent >= m_total) {
            if (m_writer && m_writer->isOpen())
                m_writer->endStream();
            m_timer.stop();
            return;
        }
        if (m_writer->pendingBytes() > 1024 * 1024)
            return; // the client has not taken the last ones yet
        const QByteArray chunk(256 * 1024, 'x');
        m_writer->writeChunk(chunk);
        m_sent += chunk.size();
    }

    qint64 m_total;
    qint64 m_sent = 0;
    bool m_started = false;
    QPointer<Sandbox::ResponseWriter> m_writer;
    QTimer m_timer;
};

/// This process's peak resident memory since the last resetPeakRss() (or its start), in MiB.
inline qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

/// Starts a new peak for peakRssMiB() at what this process holds now, so that one data row of a
/// test does not measure against the peak an earlier row left.
inline bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace Berth::Test
