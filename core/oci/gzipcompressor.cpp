// SPDX-License-Identifier: Apache-2.0
#include "gzipcompressor.h"

#include <zlib.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {
constexpr qint64 inputChunk = 1024 * 1024;
}

struct GzipCompressor::Stream
{
    z_stream z {};
    QByteArray input; ///< what z.next_in points into
    std::optional<DigestHasher> hasher; ///< of the input, when its digest is expected
    qint64 read = 0;
    bool open = false;
    ~Stream()
    {
        if (open)
            deflateEnd(&z);
    }
};

GzipCompressor::GzipCompressor(const QString &path, const Descriptor &expected)
    : m_file(path)
    , m_expected(expected)
{ }

GzipCompressor::~GzipCompressor() = default;

Result<void> GzipCompressor::restart()
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
    if (!m_file.seek(0))
        return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(m_file.fileName()));
    m_stream = std::make_unique<Stream>();
    if (m_expected.digest.isValid())
        m_stream->hasher.emplace(m_expected.digest.algorithm());
    // 16 + window bits: a gzip wrapper; zlib's header has no name and a zero time.
    if (deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK)
        return Error(Error::Kind::Io, u"zlib: deflateInit2"_s);
    m_stream->open = true;
    m_output.clear();
    m_outputStart = 0;
    m_consumed = 0;
    m_ended = false;
    return {};
}

Result<void> GzipCompressor::produce(qint64 wanted)
{
    z_stream &z = m_stream->z;
    QByteArray &input = m_stream->input;
    while (!m_ended && m_output.size() < wanted) {
        if (z.avail_in == 0 && !m_file.atEnd()) {
            input = m_file.read(inputChunk);
            if (input.isEmpty())
                return Error(
                    Error::Kind::Io,
                    Tr::tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
            z.next_in = reinterpret_cast<Bytef *>(input.data());
            z.avail_in = uInt(input.size());
            m_consumed += input.size();
            m_stream->read += input.size();
            if (m_stream->hasher) {
                m_stream->hasher->addData(input);
                if (m_file.atEnd()
                    && (m_stream->read != m_expected.size
                        || m_stream->hasher->finish() != m_expected.digest))
                    return Error(Error::Kind::Parse,
                                 Tr::tr("blob %1 in %2 is corrupt (its content has another "
                                        "digest)")
                                     .arg(m_expected.digest.toString(), m_file.fileName()));
            }
        }
        // Z_FINISH once the whole file is in (deflate is then called until the stream ends).
        const bool last = m_file.atEnd();
        const qsizetype before = m_output.size();
        m_output.resize(before + qsizetype(inputChunk));
        z.next_out = reinterpret_cast<Bytef *>(m_output.data() + before);
        z.avail_out = uInt(inputChunk);
        const int status = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        m_output.resize(m_output.size() - qsizetype(z.avail_out));
        if (status == Z_STREAM_END)
            m_ended = true;
        else if (status != Z_OK && status != Z_BUF_ERROR)
            return Error(Error::Kind::Io, u"zlib: deflate %1"_s.arg(status));
    }
    return {};
}

Result<QByteArray> GzipCompressor::read(qint64 offset, qint64 max)
{
    if (!m_stream || offset < m_outputStart) {
        if (const Result<void> started = restart(); !started)
            return started.error();
    }
    // Drop what lies before `offset`, compressing further when it is beyond what was made.
    while (offset > m_outputStart + m_output.size() && !m_ended) {
        m_outputStart += m_output.size();
        m_output.clear();
        if (const Result<void> made = produce(inputChunk); !made)
            return made.error();
    }
    const qsizetype skip = qsizetype(qMin<qint64>(offset - m_outputStart, m_output.size()));
    m_output.remove(0, skip);
    m_outputStart += skip;
    if (const Result<void> made = produce(max); !made)
        return made.error();
    return m_output.left(qsizetype(max));
}

} // namespace Berth::Oci
