// SPDX-License-Identifier: Apache-2.0
#include "blobdownload.h"

#include "blobwriter.h"
#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTemporaryFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {

/// One verified, resumable blob download into a temporary file beside the destination.
class BlobDownload final : public QObject
{
public:
    BlobDownload(RegistryTransport *transport, Reply *reply, QString repository, Descriptor blob,
                 QString path)
        : QObject(reply)
        , m_transport(transport)
        , m_reply(reply)
        , m_repository(std::move(repository))
        , m_blob(std::move(blob))
        , m_path(std::move(path))
    {
        reply->setAbortHandler([this] {
            m_aborted = true;
            if (m_request)
                m_request->abort();
            discard();
        });
    }

    void start()
    {
        const QString dir = QFileInfo(m_path).absolutePath();
        QDir().mkpath(dir);
        m_file.setFileTemplate(dir + u"/.berth-partial-XXXXXX"_s);
        m_file.setAutoRemove(true);
        if (!m_file.open())
            return fail(Error(
                Error::Kind::Io,
                Tr::tr("cannot create a temporary file in %1: %2").arg(dir, m_file.errorString())));
        m_writer = std::make_unique<BlobWriter>(m_file.handle(), m_file.fileName(),
                                                m_blob.digest.algorithm());
        request();
    }

private:
    void request()
    {
        RegistryRequest r = RegistryRequest::to(
            "GET", u"/v2/%1/blobs/%2"_s.arg(m_repository, m_blob.digest.toString()),
            pullScope(m_repository));
        if (m_written > 0)
            r.headers.append({"Range", "bytes=" + QByteArray::number(m_written) + '-'});
        r.sink = [this](const QByteArray &chunk) { consume(chunk); };
        m_request = m_transport->send(r);
        connect(m_request, &Reply::finished, this,
                [this, reply = m_request.data()] { finished(reply); });
    }

    void consume(const QByteArray &chunk)
    {
        if (m_failed || m_aborted)
            return;
        if (m_blob.size >= 0 && m_written + chunk.size() > m_blob.size) {
            // More than the descriptor says: stop at once (CVE-2020-1702 class).
            m_failed = true;
            m_request->abort();
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob %1 is larger than its descriptor (%2 bytes); refused")
                                  .arg(m_blob.digest.toString())
                                  .arg(m_blob.size)));
        }
        if (const Result<void> queued = m_writer->append(chunk); !queued) {
            m_failed = true;
            m_request->abort();
            return failWrite(queued.error());
        }
        m_written += chunk.size();
        Q_EMIT m_reply->progress(m_written, m_blob.size);
    }

    void finished(RegistryReply *reply)
    {
        if (m_failed || m_aborted)
            return;
        const bool partial = m_written > 0 && reply->status() == 206;
        const bool broken = reply->error() && reply->error().kind() != Error::Kind::Cancelled
            && (reply->error().kind() == Error::Kind::Network
                || reply->error().kind() == Error::Kind::Timeout);
        const bool shortBody
            = !reply->error() && (reply->status() == 200 || partial) && m_written < m_blob.size;
        const bool progressed = m_written > m_lastResumeAt || m_resumes == 0;
        if ((broken || shortBody) && m_resumes < 5 && progressed) {
            // A broken connection or a short body: resume from where we are, if progress was made
            // (a connection reset before the first byte is tried again once).
            ++m_resumes;
            m_lastResumeAt = m_written;
            qCInfo(lcOci) << "resuming" << m_blob.digest.toString() << "at" << m_written;
            return request();
        }
        if (const Error error = reply->unexpected({200, 206}))
            return fail(error);
        if (m_resumes > 0 && reply->status() == 206) {
            const QByteArray range = reply->header("Content-Range");
            if (!range.startsWith(QByteArray("bytes " + QByteArray::number(m_lastResumeAt) + '-')))
                return fail(Error(Error::Kind::Parse,
                                  Tr::tr("the registry resumed %1 at the wrong offset (%2)")
                                      .arg(m_blob.digest.toString(), QString::fromLatin1(range))));
        }
        if (m_written != m_blob.size)
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob %1 ended after %2 of %3 bytes")
                                  .arg(m_blob.digest.toString())
                                  .arg(m_written)
                                  .arg(m_blob.size)));
        m_writer->finish(this, [this](const Result<Digest> &got) { written(got); });
    }

    /// The whole blob is on disk: keep it only under its own digest.
    void written(const Result<Digest> &got)
    {
        if (m_aborted)
            return;
        if (!got)
            return failWrite(got.error());
        if (*got != m_blob.digest)
            return fail(Error(Error::Kind::Parse,
                              Tr::tr("blob digest mismatch: expected %1, got %2")
                                  .arg(m_blob.digest.toString(), got->toString())));
        m_writer.reset();
        // As the layout's other files (a temporary file is made 0600).
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::remove(m_path);
        if (!m_file.rename(m_path))
            return fail(Error(Error::Kind::Io,
                              Tr::tr("cannot rename %1 to %2: %3")
                                  .arg(m_file.fileName(), m_path, m_file.errorString())));
        m_file.setAutoRemove(false);
        m_reply->finish();
    }

    void discard()
    {
        m_writer.reset(); // before its file goes
        m_file.close();
        m_file.remove();
    }

    void fail(const Error &error)
    {
        discard();
        m_reply->finish(error);
    }

    /// The disk refused the blob (full, a quota): say how much it needs.
    void failWrite(Error error)
    {
        error.setHint(Tr::tr("This blob needs %1 bytes; free that much space and pull again.")
                          .arg(m_blob.size));
        fail(error);
    }

    RegistryTransport *m_transport;
    Reply *m_reply;
    QString m_repository;
    Descriptor m_blob;
    QString m_path;
    QTemporaryFile m_file;
    std::unique_ptr<BlobWriter> m_writer; ///< after m_file: destroyed (joined) before it
    QPointer<RegistryReply> m_request;
    qint64 m_written = 0;
    qint64 m_lastResumeAt = 0;
    int m_resumes = 0;
    bool m_failed = false;
    bool m_aborted = false;
};

} // namespace

void startBlobDownload(RegistryTransport *transport, Reply *reply, const QString &repository,
                       const Descriptor &blob, const QString &path)
{
    auto *download = new BlobDownload(transport, reply, repository, blob, path);
    QMetaObject::invokeMethod(
        download, [download] { download->start(); }, Qt::QueuedConnection);
}

} // namespace Berth::Oci
