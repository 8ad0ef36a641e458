// SPDX-License-Identifier: Apache-2.0
// The registry client against a scripted registry on loopback that misbehaves in one way at a
// time (the reference's fault catalogue): it must survive each with a clear error, and leave
// nothing partial behind.
#include "await.h"
#include "endlessbody.h"
#include "httpserver.h"
#include "oci/dockerarchive.h"
#include "oci/gzipcompressor.h"
#include "oci/imagedetails.h"
#include "oci/ocilayout.h"
#include "oci/registryclient.h"
#include "oci/transferengine.h"
#include "registryprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>
#include <stop_token>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Oci;
using namespace Berth::Sandbox;

namespace {

enum class Fault {
    None,
    ResetMidBlob, ///< the connection drops half-way through a layer, once
    ShortBodyTwice, ///< the body ends early, twice
    ExtraBytes, ///< a layer with more bytes than its descriptor
    WrongContent, ///< a layer whose bytes have another digest
    RateLimited, ///< 429 with Retry-After, once
    Unavailable, ///< 503 with Retry-After, once
    RedirectOtherHost, ///< blobs redirected to another host (which records credentials)
    HttpRealmOtherHost, ///< a token realm on another host over plain http
    HttpsRealmOtherHost, ///< a token realm on another host (localhost) over https, not answering
    OversizedManifest,
    LinkLoop, ///< tags/list pages that point back to themselves
    QuirkyTags, ///< tags/list with a null entry and a digest-shaped one (Nexus, Artifactory)
    MalformedDigest, ///< a layer descriptor with a path-traversal digest
    ChunkedOnly, ///< uploads: monolithic PUT refused (405), and one chunk lost (416)
    Stall, ///< a layer's body starts, then nothing more comes (a slow loris)
    ResetUpload, ///< the connection breaks in the monolithic PUT, then in the first chunk
    UploadElsewhere, ///< upload Location on another name of this server (localhost)
    UploadToPrivate, ///< upload Location on a private address that is not the registry
    StallUpload, ///< uploads: a PUT or PATCH is read and never answered
    ManyTags, ///< six tags: a1, v1, v2 on the image, b2, c3 on another digest, gone answers 404;
              ///< deleting is not allowed (405)
};

/// Serves image test/app:v1 from an OCI layout, with one fault.
class FakeRegistry
{
public:
    FakeRegistry(const QString &layout, Fault fault)
        : m_layout(layout)
        , m_fault(fault)
        , m_server([this](const ServerRequest &r, ResponseWriter *w) { handle(r, w); })
        , m_other([this](const ServerRequest &r, ResponseWriter *w) {
            m_otherSawAuthorization |= !r.header("authorization").isEmpty();
            ++m_otherRequests;
            serveBlob(r.path.section(u'/', -1), r, w, false);
        })
    {
        m_server.listen(0);
        m_other.listen(0, nullptr, QHostAddress(u"127.0.0.2"_s));
        m_top = *m_layout.resolve(u"v1"_s);
    }
    QString host() const { return u"127.0.0.1:%1"_s.arg(m_server.port()); }
    quint16 otherPort() const { return m_other.port(); }
    quint16 port() const { return m_server.port(); }
    QStringList log;
    bool m_otherSawAuthorization = false;
    int m_otherRequests = 0;
    int blobRequests = 0;
    QByteArray uploaded; ///< what a chunked upload assembled
    int authorizedUploadRequests = 0; ///< requests to the upload Location with credentials
    QStringList uploadLog;
    int stalledUploadsClosed = 0; ///< by the client, its request aborted

private:
    void handle(const ServerRequest &r, ResponseWriter *w)
    {
        log.append(QString::fromLatin1(r.method) + u' ' + r.path);
        const HeaderList json {{"Content-Type", "application/json"}};
        if (r.path == u"/v2/test/up/blobs/uploads/" && r.method == "POST") {
            ++m_session;
            uploaded.clear();
            QByteArray location = sessionPath();
            if (m_fault == Fault::UploadElsewhere)
                location = "http://localhost:" + QByteArray::number(m_server.port()) + location;
            else if (m_fault == Fault::UploadToPrivate)
                location = "http://127.0.0.2:" + QByteArray::number(m_other.port()) + location;
            return w->send(202, {{"Location", location}, {"Range", "0-0"}}, {});
        }
        if (r.path.startsWith(u"/upload/"_s))
            return handleUpload(r, w);
        if (r.path == u"/v2/") {
            if (m_fault == Fault::HttpsRealmOtherHost && r.header("authorization").isEmpty())
                return w->send(
                    401,
                    {{"WWW-Authenticate",
                      "Bearer realm=\"https://localhost:" + QByteArray::number(m_other.port())
                          + "/token\",service=\"x\""}},
                    "{}");
            if (m_fault == Fault::HttpRealmOtherHost && r.header("authorization").isEmpty())
                return w->send(
                    401,
                    {{"WWW-Authenticate",
                      "Bearer realm=\"http://127.0.0.2:" + QByteArray::number(m_other.port())
                          + "/token\",service=\"x\""}},
                    "{}");
            return w->send(200, json, "{}");
        }
        if (r.path == u"/v2/test/app/tags/list") {
            if (m_fault == Fault::LinkLoop)
                return w->send(200,
                               {{"Content-Type", "application/json"},
                                {"Link", "</v2/test/app/tags/list?last=a&n=1000>; rel=\"next\""}},
                               R"({"name":"test/app","tags":["a"]})");
            if (m_fault == Fault::QuirkyTags)
                return w->send(200, json,
                               R"({"name":"test/app","tags":["v1",null,"sha256:)"
                                   + QByteArray(64, 'a') + R"(","v2"]})");
            if (m_fault == Fault::ManyTags)
                return w->send(200, json,
                               R"({"name":"test/app","tags":["a1","v1","b2","gone","v2","c3"]})");
            return w->send(200, json, R"({"name":"test/app","tags":["v1"]})");
        }
        if (r.path.startsWith(u"/v2/test/app/manifests/"_s)) {
            const QString reference = r.path.section(u'/', -1);
            if (m_fault == Fault::OversizedManifest)
                return w->send(
                    200, {{"Content-Type", "application/vnd.oci.image.manifest.v1+json"}},
                    "{\"schemaVersion\":2,\"pad\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}");
            if (m_fault == Fault::ManyTags && r.method == "DELETE")
                return w->send(405, json,
                               R"({"errors":[{"code":"UNSUPPORTED","message":"The operation is )"
                               R"(unsupported."}]})");
            const bool onImage = reference == u"v1" || reference == u"a1" || reference == u"v2";
            if (m_fault == Fault::ManyTags && reference == u"gone")
                return w->send(
                    404, json,
                    R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]})");
            QByteArray raw = *m_layout.readBlob(
                onImage || m_fault == Fault::ManyTags ? m_top.digest : *Digest::parse(reference));
            if (m_fault == Fault::ManyTags && !onImage)
                raw += ' '; // the same image, another digest
            if (m_fault == Fault::MalformedDigest) {
                QJsonObject m = QJsonDocument::fromJson(raw).object();
                QJsonObject layer = m.value("layers"_L1).toArray().at(0).toObject();
                layer.insert(u"digest"_s, u"sha256:../../../../etc/passwd"_s);
                QJsonArray layers = m.value("layers"_L1).toArray();
                layers.replace(0, layer);
                m.insert(u"layers"_s, layers);
                raw = QJsonDocument(m).toJson(QJsonDocument::Compact);
            }
            return w->send(200,
                           {{"Content-Type", m_top.mediaType.toLatin1()},
                            {"Docker-Content-Digest", Digest::sha256(raw).toString().toLatin1()}},
                           raw, r.method == "HEAD");
        }
        if (r.path.startsWith(u"/v2/test/app/blobs/"_s))
            return serveBlob(r.path.section(u'/', -1), r, w, true);
        w->send(
            404, json,
            R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]})");
    }

    void handleUpload(const ServerRequest &r, ResponseWriter *w)
    {
        const QByteArray range = r.header("content-range");
        uploadLog.append(QString::fromLatin1(r.method + ' ' + range));
        if (!r.header("authorization").isEmpty())
            ++authorizedUploadRequests;
        if (m_fault == Fault::StallUpload && (r.method == "PUT" || r.method == "PATCH")) {
            // Any session of the push's parallel ones, and never an answer.
            QObject::connect(w, &ResponseWriter::closed, [this] { ++stalledUploadsClosed; });
            return;
        }
        if (r.path != QString::fromLatin1(sessionPath()))
            return w->send(
                404, {{"Content-Type", "application/json"}},
                R"({"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"blob upload unknown"}]})");
        if (r.method == "DELETE") {
            uploaded.clear();
            ++m_session; // that session is gone
            return w->send(204, {}, {});
        }
        const QByteArray received
            = "0-" + QByteArray::number(qMax<qsizetype>(0, uploaded.size() - 1));
        if (r.method == "PUT" && !r.body.isEmpty() && m_fault == Fault::ResetUpload
            && m_resets-- > 0)
            return w->sendTruncated(201, {}, {}, 10); // the connection breaks
        if (r.method == "PUT" && !r.body.isEmpty())
            return w->send(
                405, {{"Content-Type", "application/json"}},
                R"({"errors":[{"code":"UNSUPPORTED","message":"monolithic uploads are not supported"}]})");
        if (r.method == "PATCH") {
            const qint64 from = range.split('-').value(0).toLongLong();
            // The second chunk is "lost" once: the registry says what it really has.
            if (m_fault == Fault::ResetUpload && m_resets-- > 0) {
                uploaded += r.body.left(r.body.size() / 2);
                return w->sendTruncated(202, {}, {}, 10); // the connection breaks
            }
            if (from != uploaded.size() || (from > 0 && m_budget-- > 0))
                return w->send(416, {{"Range", received}, {"Location", sessionPath()}}, {});
            uploaded += r.body;
            return w->send(202,
                           {{"Location", sessionPath()},
                            {"Range", "0-" + QByteArray::number(uploaded.size() - 1)}},
                           {});
        }
        if (r.method == "PUT") {
            const QString digest = r.query.queryItemValue(u"digest"_s, QUrl::FullyDecoded);
            if (Digest::sha256(uploaded).toString() != digest)
                return w->send(
                    400, {{"Content-Type", "application/json"}},
                    R"({"errors":[{"code":"DIGEST_INVALID","message":"digest mismatch"}]})");
            return w->send(201, {{"Docker-Content-Digest", digest.toLatin1()}}, {});
        }
        w->send(405, {}, {});
    }

    QByteArray sessionPath() const { return "/upload/" + QByteArray::number(m_session); }

    void serveBlob(const QString &digestText, const ServerRequest &r, ResponseWriter *w,
                   bool mainServer)
    {
        const auto digest = Digest::parse(digestText);
        QFile f(m_layout.blobPath(*digest));
        if (!digest || !f.open(QIODevice::ReadOnly))
            return w->send(
                404, {},
                R"({"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry"}]})");
        QByteArray data = f.readAll();
        const bool layer = data.size() > 4096; // the config is small; the layers are not
        if (mainServer && layer) {
            ++blobRequests;
            switch (m_fault) {
            case Fault::RedirectOtherHost:
                return w->send(307,
                               {{"Location",
                                 "http://127.0.0.2:" + QByteArray::number(m_other.port())
                                     + "/storage/" + digestText.toLatin1()}},
                               {});
            case Fault::RateLimited:
            case Fault::Unavailable:
                if (m_budget-- > 0)
                    return w->send(
                        m_fault == Fault::RateLimited ? 429 : 503, {{"Retry-After", "1"}},
                        R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})");
                break;
            case Fault::ResetMidBlob:
            case Fault::ShortBodyTwice:
                if (m_budget-- > 0 && r.header("range").isEmpty())
                    return w->sendTruncated(200, {{"Content-Type", "application/octet-stream"}},
                                            data.left(data.size() / 2), data.size());
                if (m_fault == Fault::ShortBodyTwice && m_budget-- > -2
                    && !r.header("range").isEmpty()) {
                    const qint64 from = r.header("range").mid(6).split('-').value(0).toLongLong();
                    const QByteArray rest = data.mid(from);
                    return w->sendTruncated(206,
                                            {{"Content-Range",
                                              "bytes " + QByteArray::number(from) + '-'
                                                  + QByteArray::number(data.size() - 1) + '/'
                                                  + QByteArray::number(data.size())}},
                                            rest.left(rest.size() / 2), rest.size());
                }
                break;
            case Fault::ExtraBytes:
                data += "EXTRA BYTES";
                break;
            case Fault::Stall:
                w->beginStream(200, {{"Content-Type", "application/octet-stream"}});
                w->writeChunk(data.left(1000));
                return; // and never more

            case Fault::WrongContent:
                std::fill(data.begin() + data.size() / 2, data.end(), 'Z');
                break;
            default:
                break;
            }
        }
        const QByteArray range = r.header("range");
        if (range.startsWith("bytes=")) {
            const qint64 from = range.mid(6).split('-').value(0).toLongLong();
            return w->send(
                206,
                {{"Content-Range",
                  "bytes " + QByteArray::number(from) + '-' + QByteArray::number(data.size() - 1)
                      + '/' + QByteArray::number(data.size())}},
                data.mid(from));
        }
        w->send(200, {{"Content-Type", "application/octet-stream"}}, data, r.method == "HEAD");
    }

    OciLayout m_layout;
    Fault m_fault;
    HttpServer m_server;
    HttpServer m_other;
    Descriptor m_top;
    int m_budget = 1;
    int m_resets = 2;
    int m_session = 0; ///< the open upload session, /upload/<n>
};

} // namespace

/// A registry client of the fake registry, over plain http on loopback, pinged.
struct PlainClient
{
    explicit PlainClient(const QString &host, RegistryOptions options = {})
        : transport(host, plain(std::move(options)), &nam)
        , client(&transport)
    {
        client.setChunkSize(64 * 1024);
    }
    static RegistryOptions plain(RegistryOptions options)
    {
        options.tlsVerify = false;
        return options;
    }
    bool ping()
    {
        Reply *reply = transport.ping();
        Error error;
        QObject::connect(reply, &Reply::finished, reply,
                         [&error, reply] { error = reply->error(); });
        return Test::await(reply) && !error;
    }
    QNetworkAccessManager nam;
    RegistryTransport transport;
    RegistryClient client;
};

class tst_RegistryFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_digest;

    struct Outcome
    {
        Error error;
        TransferResult result;
    };
    Outcome pull(FakeRegistry &registry, const QString &destination,
                 const RegistryOptions &options = {}, const QString &host = {})
    {
        TransferOptions transfer;
        transfer.source = options;
        transfer.source.tlsVerify = false; // plain http on loopback
        return copy((host.isEmpty() ? registry.host() : host) + u"/test/app:v1"_s,
                    u"oci:"_s + destination + u":v1"_s, transfer);
    }
    static Descriptor firstLayer(const OciLayout &layout)
    {
        return Manifest::parse(*layout.readBlob(layout.resolve(u"v1"_s)->digest))->layers.first();
    }
    /// Every file and folder under `dir`, hidden ones too, with its size and mode.
    /// Runs berthctl with `args` (HOME in the work directory, and `tmpdir` as TMPDIR when
    /// given), sends it `signal` once `ready` holds, and checks that it ended as berthctl ends
    /// on that signal: its cleanup done, 128+N, "Interrupted".
    void interruptBerthctl(const QStringList &args, const std::function<bool()> &ready, int signal,
                           const QString &tmpdir = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_work.filePath(u"home"_s));
        if (!tmpdir.isEmpty())
            env.insert(u"TMPDIR"_s, tmpdir);
        QProcess berthctl;
        berthctl.setProcessEnvironment(env);
        berthctl.start(QStringLiteral(BERTHCTL_BINARY), args);
        QTRY_VERIFY_WITH_TIMEOUT(ready() || berthctl.state() == QProcess::NotRunning, 20000);
        QVERIFY2(berthctl.state() == QProcess::Running,
                 berthctl.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(berthctl.processId()), signal), 0);
        QTRY_VERIFY_WITH_TIMEOUT(berthctl.state() == QProcess::NotRunning, 20000);
        const QByteArray err = berthctl.readAllStandardError();
        QCOMPARE(berthctl.exitStatus(), QProcess::NormalExit);
        QVERIFY2(berthctl.exitCode() == 128 + signal, err.constData());
        QVERIFY2(err.contains("Interrupted"), err.constData());
    }

    static QStringList snapshot(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            out.append(u"%1 %2 %3"_s.arg(info.filePath())
                           .arg(info.isDir() ? -1 : info.size())
                           .arg(int(info.permissions()), 0, 16));
        }
        out.sort();
        return out;
    }
    /// Copies `source` to `destination` with the engine (its own blob cache, in the work dir).
    Outcome copy(const QString &source, const QString &destination, TransferOptions options = {})
    {
        TransferEngine engine;
        options.blobCache = m_work.filePath(u"cache.json"_s);
        auto *reply = engine.copy(*ImageLocation::parse(source), *ImageLocation::parse(destination),
                                  options);
        Outcome out;
        connect(reply, &Reply::finished, this, [&out, reply] {
            out.error = reply->error();
            out.result = reply->value();
        });
        Test::await(reply, 60000);
        return out;
    }

    /// Nothing under a blob name that is not what the name says, nothing partial, no tag.
    void verifyNothingPartial(const QString &layout)
    {
        QDirIterator it(layout + u"/blobs"_s, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!QFileInfo(path).fileName().startsWith(u'.'),
                     qPrintable(u"left behind: "_s + path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(Digest::sha256(f.readAll()).hex(), QFileInfo(path).fileName());
        }
        QVERIFY(!OciLayout(layout).resolve(u"v1"_s)); // the image was not named
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_digest = Test::makeOciImage(m_work.filePath(u"source"_s), u"v1"_s, 2, 256 * 1024);
        QVERIFY(m_digest.startsWith(u"sha256:"_s));
    }

    void resumesAfterAResetMidBlob()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ResetMidBlob);
        const QString out = m_work.filePath(u"reset"_s);
        const Outcome o = pull(registry, out);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.result.digest.toString(), m_digest);
        QVERIFY(registry.blobRequests >= 3); // the broken one, its resumption, the other layer
        QVERIFY(OciLayout(out).resolve(u"v1"_s));
    }

    void progressPerBlobAndTotal()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::None);
        TransferEngine engine;
        TransferOptions options;
        options.source.tlsVerify = false;
        options.blobCache = m_work.filePath(u"cache-progress.json"_s);
        auto *reply = engine.copy(
            *ImageLocation::parse(registry.host() + u"/test/app:v1"_s),
            *ImageLocation::parse(u"oci:"_s + m_work.filePath(u"progress"_s) + u":v1"_s), options);
        QHash<QString, qint64> finished;
        qint64 last = -1, total = 0;
        bool monotonic = true;
        connect(reply, &TransferReply::blobProgress, this,
                [&finished](const QString &digest, qint64 done, qint64 size) {
                    if (done == size)
                        finished.insert(digest, size);
                });
        QStringList seen;
        connect(reply, &Reply::progress, this, [&](qint64 done, qint64 all) {
            seen.append(QString::number(done));
            monotonic &= done >= last;
            last = done;
            total = all;
        });
        QVERIFY(Test::await(reply, 30000));
        QVERIFY2(monotonic, qPrintable(seen.join(u' ')));
        QCOMPARE(last, total);
        QCOMPARE(finished.size(), 3); // config and two layers
    }

    void cancelLeavesNothing()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s),
                              Fault::Unavailable); // a layer waits 1 s
        TransferEngine engine;
        TransferOptions options;
        options.source.tlsVerify = false;
        options.blobCache = m_work.filePath(u"cache-cancel.json"_s);
        const QString out = m_work.filePath(u"cancelled"_s);
        auto *reply = engine.copy(*ImageLocation::parse(registry.host() + u"/test/app:v1"_s),
                                  *ImageLocation::parse(u"oci:"_s + out + u":v1"_s), options);
        Error error;
        connect(reply, &Reply::finished, this, [&error, reply] { error = reply->error(); });
        QTimer::singleShot(300, reply, [reply] { reply->abort(); });
        QVERIFY(Test::await(reply, 30000));
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
        verifyNothingPartial(out);
    }

    void resumesAShortBodyTwice()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ShortBodyTwice);
        const Outcome o = pull(registry, m_work.filePath(u"short"_s));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.result.digest.toString(), m_digest);
    }

    void extraBytesFail()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ExtraBytes);
        const QString out = m_work.filePath(u"extra"_s);
        const Outcome o = pull(registry, out);
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"larger than its descriptor"_s),
                 qPrintable(o.error.message()));
        verifyNothingPartial(out);
    }

    void wrongDigestFails()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::WrongContent);
        const QString out = m_work.filePath(u"wrong"_s);
        const Outcome o = pull(registry, out);
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"digest mismatch"_s), qPrintable(o.error.message()));
        verifyNothingPartial(out);
    }

    void aFailedPullIntoAnExistingLayoutLeavesItAsItWas()
    {
        // The config arrives, a layer does not match: the config goes again, the other image
        // stays; and a pull that succeeds writes its blobs 0644, as the layout's other files.
        QTemporaryDir dir;
        const QString layout = dir.filePath(u"layout"_s);
        QVERIFY(Test::makeOciImage(layout, u"other"_s, 1, 1024).startsWith(u"sha256:"_s));
        const QStringList before = snapshot(dir.path());
        FakeRegistry wrong(m_work.filePath(u"source"_s), Fault::WrongContent);
        const Outcome o = pull(wrong, layout);
        QVERIFY(o.error);
        QCOMPARE(snapshot(dir.path()), before);

        // An empty folder the layout would have gone into stays empty.
        const QString empty = dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(pull(wrong, empty).error);
        QVERIFY2(snapshot(empty).isEmpty(), qPrintable(snapshot(empty).join(u'\n')));

        FakeRegistry good(m_work.filePath(u"source"_s), Fault::None);
        QVERIFY(!pull(good, layout).error);
        QDirIterator it(layout, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(QFileInfo(path).permissions() & 0x0fff,
                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup
                         | QFileDevice::ReadOther); // 0644
        }
    }

    void aCorruptBlobIsNotCopiedBetweenLayouts()
    {
        // oci: to oci: hashes every blob as it copies: a damaged layer is refused, and neither a
        // new nor an existing destination keeps anything of it.
        QTemporaryDir dir;
        const QString damaged = dir.filePath(u"damaged"_s);
        QVERIFY(Test::makeOciImage(damaged, u"v1"_s, 2, 64 * 1024).startsWith(u"sha256:"_s));
        const Descriptor layer = firstLayer(OciLayout(damaged));
        {
            QFile f(OciLayout(damaged).blobPath(layer.digest));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(1000);
            f.write("DAMAGE");
        }
        Outcome o = copy(u"oci:"_s + damaged + u":v1"_s, u"oci:"_s + dir.filePath(u"new"_s));
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"corrupt"_s), qPrintable(o.error.message()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"new"_s)));
        const QString existing = dir.filePath(u"existing"_s);
        QVERIFY(Test::makeOciImage(existing, u"other"_s, 1, 1024).startsWith(u"sha256:"_s));
        const QStringList before = snapshot(existing);
        o = copy(u"oci:"_s + damaged + u":v1"_s, u"oci:"_s + existing + u":v1"_s);
        QVERIFY(o.error);
        QCOMPARE(snapshot(existing), before);
    }

    void anArchiveWhoseLayerIsNotItsDiffIdIsRefused()
    {
        // A docker-archive whose layer was changed after its config was written: refused before
        // anything reaches the destination, as skopeo refuses it.
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"app.tar"_s);
        QVERIFY(DockerArchive::fromOciLayout(OciLayout(m_work.filePath(u"source"_s)), u"v1"_s,
                                             u"example.com/app:v1"_s, archive));
        QVERIFY(!copy(u"docker-archive:"_s + archive, u"oci:"_s + dir.filePath(u"fine"_s)).error);
        {
            // A byte in the middle of the first layer (after the config and the tar headers).
            QFile f(archive);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(128 * 1024);
            const char c = f.peek(1).at(0);
            f.write(QByteArray(1, char(c ^ 0x55)));
        }
        const Outcome o
            = copy(u"docker-archive:"_s + archive, u"oci:"_s + dir.filePath(u"refused"_s));
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"DiffID"_s), qPrintable(o.error.message()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"refused"_s)));
    }

    void rateLimitedAndUnavailableAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("429") << int(Fault::RateLimited);
        QTest::newRow("503") << int(Fault::Unavailable);
    }
    void rateLimitedAndUnavailableAreRetried()
    {
        QFETCH(int, fault);
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault(fault));
        QElapsedTimer timer;
        timer.start();
        const Outcome o = pull(registry, m_work.filePath(u"retry%1"_s.arg(fault)));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QVERIFY(timer.elapsed() >= 900); // it waited as told
    }

    void credentialsDoNotFollowARedirectToAnotherHost()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::RedirectOtherHost);
        RegistryOptions options;
        options.bearerToken = "sha256~secret";
        const Outcome o = pull(registry, m_work.filePath(u"redirect"_s), options);
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QVERIFY(registry.m_otherRequests >= 2);
        QVERIFY(!registry.m_otherSawAuthorization);
    }

    void aFailedPullLeavesNoDirectoryItMade()
    {
        // The layout is written only once the source is read, and a directory made for the
        // pull goes again when it fails; one that existed stays as it was.
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::WrongContent);
        const QString made = m_work.filePath(u"made-for-it"_s);
        QVERIFY(pull(registry, made).error);
        QVERIFY(!QFileInfo::exists(made));
        const QString existing = m_work.filePath(u"existing"_s);
        QVERIFY(QDir().mkpath(existing));
        const Outcome unreachable = pull(registry, existing, {}, u"127.0.0.1:1"_s);
        QCOMPARE(unreachable.error.kind(), Error::Kind::Network);
        QVERIFY(QDir(existing).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void aFullDiskLeavesNothingAndSaysHowMuchIsNeeded()
    {
        // Fault 50. The file size limit plays the full disk: writes past 64 KiB fail (EFBIG).
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::None);
        const QString out = m_work.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(out));
        struct rlimit saved;
        ::getrlimit(RLIMIT_FSIZE, &saved);
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        ::setrlimit(RLIMIT_FSIZE, &small);
        const Outcome o = pull(registry, out);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QCOMPARE(o.error.kind(), Error::Kind::Io);
        QVERIFY2(o.error.message().contains(u"cannot write"_s), qPrintable(o.error.message()));
        QVERIFY2(o.error.message().contains(QRegularExpression(u"needs \\d+ bytes; free"_s)),
                 qPrintable(o.error.message()));
        verifyNothingPartial(out);
    }

    void aStalledBodyTimesOut()
    {
        // Headers and a little body, then silence: the no-progress timeout ends the request
        // (a blob download then resumes, as after a reset).
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::Stall);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        const Descriptor layer = firstLayer(OciLayout(m_work.filePath(u"source"_s)));
        RegistryRequest request;
        request.path = u"/v2/test/app/blobs/"_s + layer.digest.toString();
        request.scope = u"repository:test/app:pull"_s;
        request.timeoutMs = 500;
        qint64 received = 0;
        request.sink = [&received](const QByteArray &chunk) { received += chunk.size(); };
        RegistryReply *reply = fake.transport.send(request);
        Error error;
        connect(reply, &Reply::finished, this, [&] { error = reply->error(); });
        QVERIFY(Test::await(reply, 10000));
        QCOMPARE(error.kind(), Error::Kind::Timeout);
        QCOMPARE(received, 1000);
    }

    void anInterruptedPullLeavesTheDestinationAsItWas_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("signal");
        QTest::newRow("new layout, SIGINT") << u"new"_s << SIGINT;
        QTest::newRow("new layout, SIGTERM") << u"new"_s << SIGTERM;
        QTest::newRow("existing layout, SIGINT") << u"existing"_s << SIGINT;
        QTest::newRow("existing layout, SIGTERM") << u"existing"_s << SIGTERM;
        QTest::newRow("docker-archive, SIGINT") << u"archive"_s << SIGINT;
        QTest::newRow("docker-archive, SIGTERM") << u"archive"_s << SIGTERM;
    }
    void anInterruptedPullLeavesTheDestinationAsItWas()
    {
        // The layers stall after their first bytes: the pull is stopped by a signal while it
        // holds partial files (and, in an existing layout, the config it finished).
        QFETCH(QString, destination);
        QFETCH(int, signal);
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::Stall);
        QTemporaryDir dir;
        QString target = u"oci:"_s + dir.filePath(u"layout"_s) + u":v1"_s;
        if (destination == u"existing")
            QVERIFY(Test::makeOciImage(dir.filePath(u"layout"_s), u"other"_s, 1, 1024)
                        .startsWith(u"sha256:"_s));
        else if (destination == u"archive")
            target = u"docker-archive:"_s + dir.filePath(u"app.tar"_s);
        const QStringList before = snapshot(dir.path());
        auto partial = [&dir] {
            QDirIterator it(dir.path(), {u".berth-partial-*"_s}, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            return it.hasNext();
        };
        // In an existing layout, the config (which does not stall) is in place by then too: a
        // finished blob the copy must take away.
        const OciLayout source(m_work.filePath(u"source"_s));
        const Digest configDigest
            = Manifest::parse(*source.readBlob(source.resolve(u"v1"_s)->digest))->config.digest;
        const QString config = OciLayout(dir.filePath(u"layout"_s)).blobPath(configDigest);
        interruptBerthctl(
            {u"image"_s, u"pull"_s, registry.host() + u"/test/app:v1"_s, target,
             u"--tls-verify=false"_s},
            [&] { return partial() && (destination != u"existing" || QFileInfo::exists(config)); },
            signal);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(snapshot(dir.path()), before);
    }

    void anInterruptedPushLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("signal");
        QTest::newRow("oci, SIGINT") << u"oci"_s << SIGINT;
        QTest::newRow("oci, SIGTERM") << u"oci"_s << SIGTERM;
        QTest::newRow("docker-archive, SIGINT") << u"archive"_s << SIGINT;
        QTest::newRow("docker-archive, SIGTERM") << u"archive"_s << SIGTERM;
        QTest::newRow("registry, SIGINT") << u"registry"_s << SIGINT;
        QTest::newRow("registry, SIGTERM") << u"registry"_s << SIGTERM;
    }
    void anInterruptedPushLeavesNothingBehind()
    {
        // The registry reads the first blob and never answers: a push (or a copy from another
        // repository) stopped then by a signal exits 128+N, its source as it was, its staging
        // directories (the archive's layout, the copy's blobs) gone, and nothing tagged.
        QFETCH(QString, source);
        QFETCH(int, signal);
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::StallUpload);
        QTemporaryDir dir;
        QTemporaryDir tmp; // TMPDIR, where the staging directories go
        QString from = u"oci:"_s + m_work.filePath(u"source"_s) + u":v1"_s;
        if (source == u"archive") {
            const QString archive = dir.filePath(u"app.tar"_s);
            QVERIFY(DockerArchive::fromOciLayout(OciLayout(m_work.filePath(u"source"_s)), u"v1"_s,
                                                 u"example.com/app:v1"_s, archive));
            from = u"docker-archive:"_s + archive;
        } else if (source == u"registry") {
            from = registry.host() + u"/test/app:v1"_s;
        }
        const QStringList sourceBefore = snapshot(m_work.filePath(u"source"_s));
        const QStringList dirBefore = snapshot(dir.path());
        // Staging directories exist by then (none for an OCI layout to a registry).
        interruptBerthctl(
            {u"image"_s, source == u"registry" ? u"copy"_s : u"push"_s, from,
             registry.host() + u"/test/up:v1"_s, u"--tls-verify=false"_s},
            [&] {
                const bool sending = registry.uploadLog.contains(u"PUT "_s)
                    || !registry.uploadLog.filter(u"PATCH"_s).isEmpty();
                return sending && (!snapshot(tmp.path()).isEmpty() || source == u"oci");
            },
            signal, tmp.path());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(snapshot(m_work.filePath(u"source"_s)), sourceBefore);
        QCOMPARE(snapshot(dir.path()), dirBefore);
        QVERIFY2(snapshot(tmp.path()).isEmpty(), qPrintable(snapshot(tmp.path()).join(u'\n')));
        QVERIFY(registry.log.filter(u"/v2/test/up/manifests/"_s).isEmpty());
    }

    void aStoppedArchiveConversionEndsWithNothingWritten()
    {
        // A stop requested (by a cancel, from the GUI thread) ends the conversion at its next
        // chunk, which runs on the transfer's thread without returning to its event loop.
        QTemporaryDir dir;
        std::stop_source stop;
        stop.request_stop();
        const QString archive = dir.filePath(u"app.tar"_s);
        const OciLayout source(m_work.filePath(u"source"_s));
        Result<void> written = DockerArchive::fromOciLayout(
            source, u"v1"_s, u"example.com/app:v1"_s, archive, stop.get_token());
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(archive));
        QVERIFY(DockerArchive::fromOciLayout(source, u"v1"_s, u"example.com/app:v1"_s, archive));
        OciLayout staging(dir.filePath(u"staging"_s));
        Result<Descriptor> read
            = DockerArchive::toOciLayout(archive, {}, staging, u"image"_s, stop.get_token());
        QVERIFY(!read);
        QCOMPARE(read.error().kind(), Error::Kind::Cancelled);
        QVERIFY(!staging.resolve(u"image"_s));
    }

    void aRedirectFromANameToAPrivateAddressIsRefused()
    {
        // Addressed by name, the registry counts as public: its redirect to a private literal
        // (cloud metadata, a service on the workstation) is refused before anything is sent.
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::RedirectOtherHost);
        const Outcome o = pull(registry, m_work.filePath(u"to-private"_s), {},
                               u"localhost:%1"_s.arg(registry.port()));
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"local or private"_s), qPrintable(o.error.message()));
        QCOMPARE(registry.m_otherRequests, 0);
        verifyNothingPartial(m_work.filePath(u"to-private"_s));
    }

    void aBrokenUploadStartsAgainInANewSession()
    {
        // The connection breaks in the monolithic PUT: the session is cancelled and the blob
        // sent in chunks, in a new one. It breaks again in the first chunk, the registry holding
        // half of it: that session is cancelled too and the chunks start again in a third.
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ResetUpload);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        OciLayout layout(m_work.filePath(u"source"_s));
        const Descriptor layer = firstLayer(layout);
        auto *upload = fake.client.uploadBlob(u"test/up"_s, layer, layout.blobPath(layer.digest));
        Error error;
        connect(upload, &Reply::finished, this, [&] { error = upload->error(); });
        QVERIFY(Test::await(upload, 30000));
        QVERIFY2(!error, qPrintable(error.message() + u" / "_s + registry.uploadLog.join(u", "_s)));
        QCOMPARE(Digest::sha256(registry.uploaded), layer.digest);
        const QString log = registry.uploadLog.join(u", "_s);
        QVERIFY2(registry.uploadLog.first() == u"PUT "_s, qPrintable(log));
        QVERIFY2(registry.uploadLog.count(u"DELETE "_s) == 2, qPrintable(log));
        QVERIFY2(registry.uploadLog.filter(u"PATCH 0-"_s).size() == 2, qPrintable(log));
    }

    void uploadCredentialsStayWithTheRegistry_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("Location on another name") << int(Fault::UploadElsewhere);
        QTest::newRow("Location on a private address") << int(Fault::UploadToPrivate);
    }
    void uploadCredentialsStayWithTheRegistry()
    {
        QFETCH(int, fault);
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault(fault));
        RegistryOptions options;
        options.bearerToken = "sha256~secret";
        PlainClient fake(registry.host(), options);
        QVERIFY(fake.ping());
        RegistryClient &client = fake.client;
        OciLayout layout(m_work.filePath(u"source"_s));
        const Descriptor layer = firstLayer(layout);
        auto *upload = client.uploadBlob(u"test/up"_s, layer, layout.blobPath(layer.digest));
        Error error;
        connect(upload, &Reply::finished, this, [&] { error = upload->error(); });
        QVERIFY(Test::await(upload, 30000));
        if (Fault(fault) == Fault::UploadElsewhere) {
            // Uploaded, the PATCHes and the PUT without the token.
            QVERIFY2(!error, qPrintable(error.message()));
            QCOMPARE(Digest::sha256(registry.uploaded), layer.digest);
            QVERIFY(registry.uploadLog.size() > 2);
            QCOMPARE(registry.authorizedUploadRequests, 0);
        } else {
            QVERIFY(error);
            QVERIFY2(error.message().contains(u"local or private"_s), qPrintable(error.message()));
            QCOMPARE(registry.m_otherRequests, 0);
        }
    }

    void anEndlessTokenResponseIsCutAtOneMebibyte()
    {
        // The token endpoint streams 300 MiB: Berth stops reading at 1 MiB.
        QVERIFY(Test::resetPeakRss());
        const qint64 before = Test::peakRssMiB();
        Test::EndlessBody endless;
        quint16 port = 0;
        HttpServer server([&](const ServerRequest &r, ResponseWriter *w) {
            if (r.path == u"/token")
                return endless.serve(w, {{"Content-Type", "application/json"}});
            w->send(401,
                    {{"WWW-Authenticate",
                      "Bearer realm=\"http://127.0.0.1:" + QByteArray::number(port)
                          + "/token\",service=\"x\""}},
                    "{}");
        });
        QVERIFY(server.listen(0));
        port = server.port();
        RegistryOptions options;
        options.credential = Workstation::Credential {u"user"_s, u"password"_s, {}};
        PlainClient fake(u"127.0.0.1:%1"_s.arg(port), options);
        QVERIFY(Test::await(fake.transport.ping()));
        auto *tags = fake.client.tags(u"test/app"_s);
        Error error;
        connect(tags, &Reply::finished, this, [&error, tags] { error = tags->error(); });
        QVERIFY(Test::await(tags));
        QVERIFY2(error.message().contains(u"larger than 1 MiB"_s), qPrintable(error.message()));
        QTRY_VERIFY(endless.finished());
        // Berth stopped taking the body: the server got rid of a few MiB of its 300 at most.
        QVERIFY2(endless.sent() < 32 * 1024 * 1024, QByteArray::number(endless.sent()).constData());
        // What this process held at its peak (the server's side is paced to 1 MiB).
        QVERIFY2(Test::peakRssMiB() - before < 32,
                 qPrintable(QString::number(Test::peakRssMiB() - before)));
    }

    void plainHttpRealmOnAnotherHostIsRefused()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::HttpRealmOtherHost);
        RegistryOptions options;
        options.credential = Workstation::Credential {u"user"_s, u"password"_s, {}};
        options.tlsVerify = true;
        QNetworkAccessManager nam;
        RegistryTransport transport(registry.host(), options, &nam);
        // The registry answers http here; the policy is what is tested.
        QString why;
        QVERIFY(!transport.realmAllowed(QUrl(u"http://127.0.0.2:1/token"_s), &why));
        QVERIFY(why.contains(u"plain http"_s));
        QVERIFY(!transport.realmAllowed(QUrl(u"https://10.0.0.8/token"_s), &why));
        QVERIFY(!transport.realmAllowed(QUrl(u"https://169.254.169.254/token"_s), &why));
        QVERIFY(transport.realmAllowed(QUrl(u"https://auth.docker.io/token"_s), &why));
        QVERIFY(transport.realmAllowed(
            QUrl(u"https://"_s + registry.host() + u"/openshift/token"_s), &why));
        // End to end: the pull fails, and the other host was never asked for a token.
        const Outcome o = pull(registry, m_work.filePath(u"realm"_s), options);
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"realm"_s), qPrintable(o.error.message()));
        QCOMPARE(registry.m_otherRequests, 0);
    }

    void aRealmOnAnotherHostIsShownBeforeCredentialsGoThere()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::HttpsRealmOtherHost);
        RegistryOptions options;
        options.credential = Workstation::Credential {u"user"_s, u"password"_s, {}};
        PlainClient fake(registry.host(), options);
        QSignalSpy shown(&fake.transport, &RegistryTransport::tokenRealmElsewhere);
        QVERIFY(Test::await(fake.transport.ping())); // it fails: that realm does not answer
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).toString(), registry.host());
        QCOMPARE(shown.first().at(1).toString(), u"localhost:%1"_s.arg(registry.otherPort()));
        // berthctl says it on stderr, once, before the token request fails. (Run without
        // blocking: the fake registry answers from this thread's event loop.)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_work.filePath(u"home"_s));
        QProcess berthctl;
        berthctl.setProcessEnvironment(env);
        berthctl.start(QStringLiteral(BERTHCTL_BINARY),
                       {u"image"_s, u"tags"_s, registry.host() + u"/test/app"_s,
                        u"--tls-verify=false"_s, u"--creds"_s, u"user:password"_s});
        QTRY_VERIFY_WITH_TIMEOUT(berthctl.state() == QProcess::NotRunning, 30000);
        QCOMPARE(berthctl.exitCode(), 1);
        const QByteArray err = berthctl.readAllStandardError();
        QVERIFY2(err.contains("hands out its tokens from localhost:"), err.constData());
        QCOMPARE(err.count("hands out its tokens"), 1);
    }

    void oversizedManifestIsRefused()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::OversizedManifest);
        const Outcome o = pull(registry, m_work.filePath(u"oversized"_s));
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"4 MiB"_s), qPrintable(o.error.message()));
    }

    void malformedDigestNeverReachesAUrlOrPath()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::MalformedDigest);
        const Outcome o = pull(registry, m_work.filePath(u"malformed"_s));
        QVERIFY(o.error);
        QVERIFY2(o.error.message().contains(u"not a valid digest"_s),
                 qPrintable(o.error.message()));
        for (const QString &line : std::as_const(registry.log))
            QVERIFY2(!line.contains(u"/blobs/"_s), qPrintable(line));
    }

    void inspectReadsTheConfigAndWhichTagsShareTheDigest()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ManyTags);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        auto *inspected = inspectImage(&fake.client, u"example.com"_s, u"test/app"_s, u"v1"_s);
        ImageDetails details;
        connect(inspected, &Reply::finished, this, [&] {
            QVERIFY2(!inspected->error(), qPrintable(inspected->error().message()));
            details = inspected->value();
        });
        QVERIFY(Test::await(inspected));
        QCOMPARE(details.manifest.digest.toString(), m_digest);
        QCOMPARE(details.tags,
                 (QStringList {u"a1"_s, u"v1"_s, u"b2"_s, u"gone"_s, u"v2"_s, u"c3"_s}));
        QCOMPARE(details.toJson().value("Name"_L1).toString(), u"example.com/test/app"_s);
        QVERIFY(details.config);
        const ImageConfig &config = *details.config;
        QCOMPARE(config.created, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(config.architecture, u"amd64"_s);
        QCOMPARE(config.entrypoint, QStringList {u"/usr/bin/app"_s});
        QCOMPARE(config.cmd, QStringList {u"--serve"_s});
        QCOMPARE(config.user, u"1001"_s);
        QCOMPARE(config.workingDir, u"/srv"_s);
        QCOMPARE(config.exposedPorts, QStringList {u"8080/tcp"_s});
        QCOMPARE(config.labels.value(u"org.example.test"_s), u"berth"_s);
        QCOMPARE(config.history.size(), 3);
        QVERIFY(config.history.last().emptyLayer);
        QCOMPARE(config.history.last().createdBy, u"CMD [\"--serve\"]"_s);

        // The tags a delete by digest takes: each checked by HEAD (four at a time), a tag gone
        // meanwhile none of them, up to the limit.
        const auto tagsOf = [&](qsizetype limit) {
            auto *found = tagsOfDigest(&fake.client, u"test/app"_s, details.manifest.digest, limit);
            TagsOfDigest tags;
            connect(found, &Reply::finished, this, [&tags, found] {
                QVERIFY2(!found->error(), qPrintable(found->error().message()));
                tags = found->value();
            });
            return Test::await(found) ? std::optional(tags) : std::nullopt;
        };
        const auto all = tagsOf(maxTagsChecked);
        QVERIFY(all);
        QCOMPARE(all->tags, (QStringList {u"a1"_s, u"v1"_s, u"v2"_s}));
        QVERIFY(all->complete);
        const auto some = tagsOf(3);
        QVERIFY(some);
        QCOMPARE(some->tags, (QStringList {u"a1"_s, u"v1"_s}));
        QVERIFY(!some->complete);
        QCOMPARE(registry.log.filter(u"/v2/test/app/manifests/"_s).size(), 1 + 6 + 3);

        // A delete resolves the tag, lists the tags going with it, then deletes by digest; this
        // registry does not allow it, and the error says how to allow it.
        auto *deletion = deleteImage(&fake.client, u"test/app"_s, u"v1"_s);
        Error refused;
        connect(deletion, &Reply::finished, this,
                [&refused, deletion] { refused = deletion->error(); });
        QVERIFY(Test::await(deletion));
        QCOMPARE(refused.httpStatus(), 405);
        QVERIFY2(refused.hint().contains(u"REGISTRY_STORAGE_DELETE_ENABLED=true"_s),
                 qPrintable(refused.hint()));
        QCOMPARE(registry.log.last(), u"DELETE /v2/test/app/manifests/"_s + m_digest);
    }

    void aConfigOfTheWrongShapeIsReadAsFarAsItGoes()
    {
        // Fields of the wrong type are left empty, as the runtimes ignore them; a config that
        // is not an object is refused.
        const auto config = ImageConfig::parse(
            R"({"created":"not a date","architecture":7,"config":{"Entrypoint":"/bin/sh",)"
            R"("Cmd":["a",1,"b"],"Labels":{"a":"b","n":1},"ExposedPorts":["80"]},)"
            R"("history":[{"created_by":"RUN x"},"junk"]})");
        QVERIFY(config);
        QVERIFY(!config->created.isValid());
        QCOMPARE(config->architecture, QString());
        QCOMPARE(config->entrypoint, QStringList());
        QCOMPARE(config->cmd, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(config->labels.size(), 1);
        QCOMPARE(config->exposedPorts, QStringList());
        QCOMPARE(config->history.size(), 1);
        QCOMPARE(config->history.first().createdBy, u"RUN x"_s);
        QVERIFY(!ImageConfig::parse("[]"));
        QVERIFY(!ImageConfig::parse("{"));
    }

    void anAbortedUploadStopsItsRequest_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("monolithic PUT from the file") << false;
        QTest::newRow("streamed PATCH") << true;
    }
    void anAbortedUploadStopsItsRequest()
    {
        // The request goes with the upload: its body (the layer's file, read by Qt as it
        // sends) is not read after the upload reported (a cancelled push crashed in Qt's
        // reading of a file the upload had already closed).
        QFETCH(bool, streamed);
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::StallUpload);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        OciLayout layout(m_work.filePath(u"source"_s));
        const Descriptor layer = firstLayer(layout);
        const QString path = layout.blobPath(layer.digest);
        Reply *upload = nullptr;
        if (streamed) {
            auto file = std::make_shared<QFile>(path);
            QVERIFY(file->open(QIODevice::ReadOnly));
            upload = fake.client.uploadStream(
                u"test/up"_s,
                [file](qint64 offset, qint64 max) -> Result<QByteArray> {
                    file->seek(offset);
                    return file->read(max);
                },
                layer.mediaType);
        } else {
            upload = fake.client.uploadBlob(u"test/up"_s, layer, path);
        }
        Error error;
        connect(upload, &Reply::finished, this, [&error, upload] { error = upload->error(); });
        QSignalSpy finished(upload, &Reply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(registry.uploadLog.contains(u"PUT "_s)
                                     || !registry.uploadLog.filter(u"PATCH"_s).isEmpty(),
                                 10000);
        const QStringList before = registry.log;
        upload->abort();
        QVERIFY(Test::await(finished));
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
        QTRY_COMPARE(registry.stalledUploadsClosed, 1);
        // Cancelled, not broken: no fallback to chunks, no new session.
        QTest::qWait(200);
        QCOMPARE(registry.log, before);
    }

    void chunkedUploadWhenMonolithicIsRefused()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ChunkedOnly);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        RegistryClient &client = fake.client;
        // A layer of the source image (256 KiB or so).
        OciLayout layout(m_work.filePath(u"source"_s));
        const Descriptor layer = firstLayer(layout);
        auto *upload = client.uploadBlob(u"test/up"_s, layer, layout.blobPath(layer.digest));
        Error error;
        RegistryClient::UploadOutcome outcome = RegistryClient::UploadOutcome::Mounted;
        connect(upload, &Reply::finished, this, [&] {
            error = upload->error();
            outcome = upload->value();
        });
        QVERIFY(Test::await(upload, 30000));
        QVERIFY2(!error, qPrintable(error.message() + u" / "_s + registry.log.join(u", "_s)));
        QVERIFY(outcome == RegistryClient::UploadOutcome::Uploaded);
        QCOMPARE(Digest::sha256(registry.uploaded), layer.digest); // assembled exactly
        QVERIFY(registry.uploadLog.first().startsWith(u"PUT"_s)); // monolithic first, refused
        QVERIFY(registry.uploadLog.count() > layer.size / (64 * 1024)); // then chunks, one resent
    }

    void streamedGzipUploadRewindsAfterA416()
    {
        // A layer compressed on the way: size and digest unknown until the end. The registry
        // loses the second chunk once; the compressor starts again and the upload resumes.
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::ChunkedOnly);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        RegistryClient &client = fake.client;
        // Compressible bytes, several chunks once compressed.
        QByteArray plain;
        for (int i = 0; plain.size() < 4 * 1024 * 1024; ++i)
            plain += QByteArray::number(i * 7919) + (i % 3 ? " layer " : "\n");
        const QString path = m_work.filePath(u"layer.tar"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(plain);
        file.close();
        auto compressor = std::make_shared<GzipCompressor>(path);
        auto *upload = client.uploadStream(
            u"test/up"_s,
            [compressor](qint64 offset, qint64 max) { return compressor->read(offset, max); },
            u"application/vnd.oci.image.layer.v1.tar+gzip"_s);
        Error error;
        Descriptor stored;
        connect(upload, &Reply::finished, this, [&] {
            error = upload->error();
            stored = upload->value();
        });
        QVERIFY(Test::await(upload, 30000));
        QVERIFY2(!error, qPrintable(error.message() + u" / "_s + registry.log.join(u", "_s)));
        QCOMPARE(stored.digest, Digest::sha256(registry.uploaded)); // what the registry assembled
        QCOMPARE(stored.size, registry.uploaded.size());
        QCOMPARE(stored.mediaType, u"application/vnd.oci.image.layer.v1.tar+gzip"_s);
        QVERIFY(stored.size > 64 * 1024 && stored.size < plain.size() / 2);
        QVERIFY(registry.uploadLog.first().startsWith(u"PATCH 0-"_s)); // no monolithic attempt
        QVERIFY(registry.uploadLog.filter(u"PATCH 65536-"_s).size() == 2); // the lost chunk, again
        // It is gzip, and it is the layer.
        QProcess gunzip;
        gunzip.start(u"gzip"_s, {u"-dc"_s});
        QVERIFY(gunzip.waitForStarted());
        gunzip.write(registry.uploaded);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished());
        QCOMPARE(gunzip.exitCode(), 0);
        QVERIFY(gunzip.readAllStandardOutput() == plain);
    }

    void quirkyTagEntriesAreSkippedWithAWarning()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::QuirkyTags);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping.*null.*tags"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping.*sha256:a+.*tags"_s));
        auto *tags = fake.client.tags(u"test/app"_s);
        QStringList got;
        connect(tags, &Reply::finished, this, [&] { got = tags->value(); });
        QVERIFY(Test::await(tags));
        QCOMPARE(got, QStringList({u"v1"_s, u"v2"_s}));
    }

    void linkLoopStops()
    {
        FakeRegistry registry(m_work.filePath(u"source"_s), Fault::LinkLoop);
        PlainClient fake(registry.host());
        QVERIFY(fake.ping());
        RegistryClient &client = fake.client;
        auto *tags = client.tags(u"test/app"_s);
        Error error;
        connect(tags, &Reply::finished, this, [&error, tags] { error = tags->error(); });
        QVERIFY(Test::await(tags, 30000));
        QVERIFY(error);
        QVERIFY2(error.message().contains(u"loop"_s), qPrintable(error.message()));
        QVERIFY(registry.log.size() < 10);
    }
};

QTEST_GUILESS_MAIN(tst_RegistryFaults)
#include "tst_registryfaults.moc"
