// SPDX-License-Identifier: Apache-2.0
#include "blobwriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

BlobWriter::BlobWriter(int fd, QString fileName, const QString &algorithm)
    : m_fd(fd)
    , m_fileName(std::move(fileName))
    , m_hasher(algorithm)
    , m_offset(qMax<qint64>(0, ::lseek(fd, 0, SEEK_CUR)))
    , m_flushedTo(m_offset)
    , m_thread([this] { run(); })
{ }

BlobWriter::~BlobWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

Result<void> BlobWriter::append(const QByteArray &chunk)
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return m_pending < maxPending || m_error; });
    if (m_error)
        return m_error;
    m_queue.push_back(chunk);
    m_pending += chunk.size();
    lock.unlock();
    m_wake.notify_one();
    return {};
}

void BlobWriter::finish(QObject *context, std::function<void(const Result<Digest> &)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
        m_context = context;
        m_done = std::move(done);
    }
    m_wake.notify_one();
}

Error BlobWriter::writeError(int errnum) const
{
    return Error(Error::Kind::Io,
                 Tr::tr("cannot write %1: %2")
                     .arg(m_fileName, QString::fromLocal8Bit(std::strerror(errnum))));
}

void BlobWriter::run()
{
    pthread_setname_np(pthread_self(), "berth-blob"); // as top and perf show it
    for (;;) {
        std::deque<QByteArray> work;
        bool finishing = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_finishing || !m_queue.empty(); });
            if (m_stopping)
                return;
            work.swap(m_queue);
            finishing = m_finishing && work.empty();
        }
        for (const QByteArray &chunk : work) {
            qint64 written = 0;
            while (written < chunk.size()) {
                const ssize_t n
                    = ::write(m_fd, chunk.constData() + written, size_t(chunk.size() - written));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    const Error error = writeError(n < 0 ? errno : ENOSPC);
                    std::lock_guard lock(m_mutex);
                    m_error = error;
                    m_queue.clear();
                    m_pending = 0;
                    m_drained.notify_all();
                    break;
                }
                written += n;
            }
            if (written < chunk.size())
                break;
            m_hasher.addData(chunk);
            m_offset += chunk.size();
            if (m_offset - m_flushedTo >= writeBackStep) {
                // Start writing back what is done, so that the disk works while the network
                // does and the fsync at the end waits only for the tail (Linux; a hint).
                ::sync_file_range(m_fd, m_flushedTo, m_offset - m_flushedTo, SYNC_FILE_RANGE_WRITE);
                m_flushedTo = m_offset;
            }
            std::lock_guard lock(m_mutex);
            m_pending -= chunk.size();
            if (m_pending < maxPending)
                m_drained.notify_all();
        }
        if (!finishing)
            continue;
        // Everything is written: the digest, and the bytes on disk before anyone renames them.
        Error error;
        {
            std::lock_guard lock(m_mutex);
            error = m_error;
        }
        if (!error && ::fsync(m_fd) != 0)
            error = writeError(errno);
        Result<Digest> result = error ? Result<Digest>(error) : Result<Digest>(m_hasher.finish());
        QObject *context = nullptr;
        std::function<void(const Result<Digest> &)> done;
        {
            std::lock_guard lock(m_mutex);
            context = m_context;
            done = std::move(m_done);
        }
        if (context)
            QMetaObject::invokeMethod(
                context, [done = std::move(done), result = std::move(result)] { done(result); },
                Qt::QueuedConnection);
        return;
    }
}

} // namespace Berth::Oci
