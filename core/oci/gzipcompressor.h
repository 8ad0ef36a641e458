// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "manifest.h"

#include <QByteArray>
#include <QFile>

#include <atomic>
#include <memory>

namespace Berth::Oci {

/// The gzip compression of a file, made as it is read, for a layer that goes to a registry
/// compressed while it is stored uncompressed (a `docker save` layer.tar). Its size and digest
/// are known only at the end. Reading behind the current position compresses again from the
/// start: the output is the same every time (no name, no time in the header), so a chunked
/// upload can rewind after a 416. Memory is bounded by what one read() asks for.
class GzipCompressor
{
public:
    /// With `expected` (the layer's descriptor), the file is hashed as it is read, and the read
    /// that reaches its end fails unless the file is that blob: a corrupt layer is never sent.
    explicit GzipCompressor(const QString &path, const Descriptor &expected = {});
    ~GzipCompressor();
    GzipCompressor(const GzipCompressor &) = delete;
    GzipCompressor &operator=(const GzipCompressor &) = delete;

    /// Up to `max` compressed bytes from `offset`; empty at the end.
    Result<QByteArray> read(qint64 offset, qint64 max);
    /// Bytes of the file compressed so far, for progress; from any thread.
    qint64 consumed() const { return m_consumed.load(std::memory_order_relaxed); }

private:
    Result<void> restart();
    /// Compresses until `m_output` reaches `wanted` bytes or the stream ends.
    Result<void> produce(qint64 wanted);

    QFile m_file;
    Descriptor m_expected;
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_output; ///< compressed bytes from m_outputStart, not yet read past
    qint64 m_outputStart = 0;
    std::atomic<qint64> m_consumed = 0;
    bool m_ended = false;
};

} // namespace Berth::Oci
