// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "digest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace Berth::Oci {

/// Writes a blob to a file and hashes it on a thread of its own, so that the thread that
/// receives blobs from the network never waits for the disk or the hash, and the blobs of a
/// parallel pull are checked on every core. Memory stays bounded: append() waits while more
/// than maxPending bytes are queued.
class BlobWriter final
{
public:
    static constexpr qint64 maxPending = 1024 * 1024;

    /// Writes at `fd`'s current offset; `fd` stays open and the caller's, and must not be
    /// touched until finish() has reported or the writer is destroyed. `fileName` is for errors.
    BlobWriter(int fd, QString fileName, const QString &algorithm);
    /// Stops the thread; what was still queued is dropped.
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    /// Queues `chunk`; the error of an earlier write once one has failed.
    Result<void> append(const QByteArray &chunk);
    /// After the last append(): writes what is queued, syncs the file to disk, then calls `done`
    /// on `context`'s thread with the digest of everything appended, or the first write error.
    /// `context` must outlive the writer; nothing is called when the writer is destroyed first.
    void finish(QObject *context, std::function<void(const Result<Digest> &)> done);

private:
    void run();
    Error writeError(int errnum) const;

    const int m_fd;
    const QString m_fileName;
    static constexpr qint64 writeBackStep = 8 * 1024 * 1024;
    DigestHasher m_hasher; ///< the writer thread's alone, as the two offsets below
    qint64 m_offset; ///< where the next write goes
    qint64 m_flushedTo; ///< what is before was handed to write-back
    std::mutex m_mutex;
    std::condition_variable m_wake; ///< work for the thread
    std::condition_variable m_drained; ///< room for append()
    std::deque<QByteArray> m_queue;
    qint64 m_pending = 0;
    Error m_error;
    bool m_finishing = false;
    bool m_stopping = false;
    QObject *m_context = nullptr;
    std::function<void(const Result<Digest> &)> m_done;
    std::thread m_thread; ///< last: started once everything above exists
};

} // namespace Berth::Oci
