// SPDX-License-Identifier: Apache-2.0
// berthctl image against the real docker-registry, checked with skopeo both ways.
#include "certificateauthority.h"
#include "oci/digest.h"
#include "registryprocess.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Test;

class tst_Registry : public QObject
{
    Q_OBJECT

private:
    RegistryProcess m_registry;
    QTemporaryDir m_work;
    QTemporaryDir m_home;
    QString m_digest; ///< of "latest" in the source layout
    QString m_indexDigest; ///< of "multi"

    QString source() const { return m_work.filePath(u"source"_s); }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, m_home.path());
        e.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        e.insert(u"LC_ALL"_s, u"C"_s);
        e.remove(u"REGISTRY_AUTH_FILE"_s);
        e.remove(u"XDG_RUNTIME_DIR"_s);
        return e;
    }
    ProcessResult berthctl(const QStringList &args)
    {
        return runProgram(QStringLiteral(BERTHCTL_BINARY), args, env(), 300000);
    }
    /// The manifest of `reference` as the registry serves it (berthctl image inspect --raw).
    QByteArray rawManifest(const QString &reference)
    {
        return berthctl({u"image"_s, u"inspect"_s, u"--raw"_s, reference, u"--tls-verify=false"_s})
            .out;
    }
    QJsonObject manifestOf(const QString &reference)
    {
        return QJsonDocument::fromJson(rawManifest(reference)).object();
    }
    ProcessResult skopeo(const QStringList &args)
    {
        return runProgram(u"skopeo"_s, args, env(), 300000);
    }
    QString ref(const QString &repo) const { return m_registry.host() + u'/' + repo; }

    /// digest -> content hash of every blob in a layout.
    static QMap<QString, QByteArray> blobs(const QString &layout)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(layout + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            out.insert(QFileInfo(path).fileName(),
                       Berth::Oci::Digest::sha256(f.readAll()).hex().toLatin1());
        }
        return out;
    }
    static QJsonObject lastJsonLine(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
        m_digest = makeOciImage(source(), u"latest"_s, 3, 256 * 1024);
        m_indexDigest = makeOciImage(source(), u"multi"_s, 2, 64 * 1024, u"amd64,arm64"_s, 7);
        QVERIFY(m_digest.startsWith(u"sha256:"_s));
        QVERIFY(m_indexDigest.startsWith(u"sha256:"_s));
    }

    void berthPushesSkopeoPulls()
    {
        ProcessResult r = berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                                    ref(u"test/app:v1"_s), u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_digest.toUtf8());
        const QString copy = m_work.filePath(u"by-skopeo"_s);
        r = skopeo({u"copy"_s, u"--src-tls-verify=false"_s, u"docker://"_s + ref(u"test/app:v1"_s),
                    u"oci:"_s + copy + u":v1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QMap<QString, QByteArray> mine = blobs(source()), theirs = blobs(copy);
        for (auto it = theirs.begin(); it != theirs.end(); ++it)
            QCOMPARE(mine.value(it.key()), it.value()); // same bytes under the same digests
        r = skopeo({u"inspect"_s, u"--raw"_s, u"--tls-verify=false"_s,
                    u"docker://"_s + ref(u"test/app:v1"_s)});
        QCOMPARE(Berth::Oci::Digest::sha256(r.out).toString(), m_digest);
    }

    void skopeoPushesAnIndexBerthPulls()
    {
        ProcessResult r = skopeo({u"copy"_s, u"--all"_s, u"--dest-tls-verify=false"_s,
                                  u"oci:"_s + source() + u":multi"_s,
                                  u"docker://"_s + ref(u"test/multi:v1"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString pulled = m_work.filePath(u"by-berth"_s);
        r = berthctl({u"image"_s, u"pull"_s, ref(u"test/multi:v1"_s), u"oci:"_s + pulled + u":v1"_s,
                      u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("digest"_L1).toString(), m_indexDigest);
        // Every blob of both platforms, byte for byte.
        const QMap<QString, QByteArray> mine = blobs(source()), theirs = blobs(pulled);
        QCOMPARE(theirs.size(),
                 2 * (2 + 1) + 2 + 1); // 2 images × (2 layers + config) + 2 manifests + index
        for (auto it = theirs.begin(); it != theirs.end(); ++it)
            QCOMPARE(mine.value(it.key()), it.value());
        // And skopeo reads Berth's layout back.
        r = skopeo({u"inspect"_s, u"--raw"_s, u"oci:"_s + pulled + u":v1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("arm64"));
    }

    void secondPushMountsInsteadOfUploading()
    {
        const ProcessResult r
            = berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                        ref(u"other/app:v1"_s), u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = lastJsonLine(r.out);
        QCOMPARE(summary.value("mounted"_L1).toInt(),
                 4); // 3 layers + config, known from the first push
        QCOMPARE(summary.value("copied"_L1).toInt(), 0);
        // Pushing again: everything is already there.
        const ProcessResult again
            = berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                        ref(u"other/app:v1"_s), u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QCOMPARE(lastJsonLine(again.out).value("skipped"_L1).toInt(), 4);
    }

    void staleMountSourcesFallBackToUploads()
    {
        // The blob-location cache says every blob lives in a repository that does not exist
        // (deleted since): docker-registry answers the mounts with 202, and Berth uploads instead,
        // from the layout in that session, and from a staged download in a registry-to-registry
        // copy (after cancelling the session).
        const QString cacheFile = m_home.filePath(u"cache/berth/blob-locations.json"_s);
        QFile cache(cacheFile);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QJsonObject locations = QJsonDocument::fromJson(cache.readAll()).object();
        cache.close();
        for (auto it = locations.begin(); it != locations.end(); ++it) {
            if (it.key().startsWith(u"sha256:"_s))
                it.value() = QJsonArray {ref(u"ghost/gone"_s)};
        }
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write(QJsonDocument(locations).toJson());
        cache.close();
        ProcessResult r
            = berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                        ref(u"fresh/app:v1"_s), u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("mounted"_L1).toInt(), 0);
        QCOMPARE(lastJsonLine(r.out).value("copied"_L1).toInt(), 4);
        // The cache learnt where they really are: pointing it at the ghost again for the copy.
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write(QJsonDocument(locations).toJson());
        cache.close();
        r = berthctl({u"image"_s, u"copy"_s, ref(u"fresh/app:v1"_s), ref(u"fresh/copy:v1"_s),
                      u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("digest"_L1).toString(), m_digest);
        QCOMPARE(lastJsonLine(r.out).value("mounted"_L1).toInt(), 0);
        QCOMPARE(lastJsonLine(r.out).value("copied"_L1).toInt(), 4);
        const ProcessResult check = skopeo(
            {u"copy"_s, u"--src-tls-verify=false"_s, u"docker://"_s + ref(u"fresh/copy:v1"_s),
             u"oci:"_s + m_work.filePath(u"fresh-copy"_s) + u":x"_s});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

    void uncompressedLayersOfAnIndexGoCompressed()
    {
        // Two platforms of plain tar layers: each layer goes up gzip-compressed, each child
        // manifest that had one is rewritten, and the index names the new children.
        const QString layout = m_work.filePath(u"plain"_s);
        const ProcessResult made = runProgram(
            u"python3"_s,
            {QStringLiteral(BERTH_TESTS_DIR "/support/make-oci-image.py"), u"--out"_s, layout,
             u"--name"_s, u"plain"_s, u"--layers"_s, u"2"_s, u"--layer-size"_s, u"65536"_s,
             u"--platforms"_s, u"amd64,arm64"_s, u"--uncompressed"_s, u"--seed"_s, u"11"_s});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        ProcessResult r
            = berthctl({u"image"_s, u"push"_s, u"oci:"_s + layout + u":plain"_s,
                        ref(u"plain/multi:v1"_s), u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("compressed"_L1).toInt(), 4);
        const QJsonObject index = manifestOf(ref(u"plain/multi:v1"_s));
        QCOMPARE(index["manifests"_L1].toArray().size(), 2);
        for (const QJsonValue &child : index["manifests"_L1].toArray()) {
            const QJsonObject manifest
                = manifestOf(ref(u"plain/multi@"_s) + child["digest"_L1].toString());
            QCOMPARE(manifest["layers"_L1].toArray().size(), 2);
            for (const QJsonValue &layer : manifest["layers"_L1].toArray())
                QCOMPARE(layer["mediaType"_L1].toString(),
                         u"application/vnd.oci.image.layer.v1.tar+gzip"_s);
        }
        // skopeo checks every manifest and blob digest on the way.
        r = skopeo({u"copy"_s, u"--all"_s, u"--src-tls-verify=false"_s,
                    u"docker://"_s + ref(u"plain/multi:v1"_s),
                    u"oci:"_s + m_work.filePath(u"plain-by-skopeo"_s) + u":x"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void registryToRegistryCopy()
    {
        const ProcessResult r
            = berthctl({u"image"_s, u"copy"_s, ref(u"test/multi:v1"_s), ref(u"copies/multi:v2"_s),
                        u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("digest"_L1).toString(), m_indexDigest);
        const ProcessResult check = skopeo({u"inspect"_s, u"--raw"_s, u"--tls-verify=false"_s,
                                            u"docker://"_s + ref(u"copies/multi:v2"_s)});
        QCOMPARE(Berth::Oci::Digest::sha256(check.out).toString(), m_indexDigest);
    }

    void listInspectAndDelete()
    {
        ProcessResult r
            = berthctl({u"image"_s, u"ls"_s, m_registry.host(), u"--tls-verify=false"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.split('\n').contains("test/app"));
        QVERIFY(r.out.split('\n').contains("test/multi"));
        QCOMPARE(berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                           ref(u"test/app:v2"_s), u"--tls-verify=false"_s})
                     .exitCode,
                 0);
        r = berthctl({u"image"_s, u"tags"_s, ref(u"test/app"_s), u"--tls-verify=false"_s});
        QCOMPARE(r.out, QByteArray("v1\nv2\n"));
        r = berthctl({u"image"_s, u"inspect"_s, ref(u"test/app:v1"_s), u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value("Digest"_L1).toString(), m_digest);
        QCOMPARE(info.value("Layers"_L1).toArray().size(), 3);
        QCOMPARE(info.value("Architecture"_L1).toString(), u"amd64"_s);
        QCOMPARE(info.value("RepoTags"_L1).toArray(), (QJsonArray {u"v1"_s, u"v2"_s}));
        QCOMPARE(info.value("Created"_L1).toString(), u"2026-01-01T00:00:00Z"_s);
        QCOMPARE(info.value("Entrypoint"_L1).toArray(), QJsonArray {u"/usr/bin/app"_s});
        QCOMPARE(info.value("Cmd"_L1).toArray(), QJsonArray {u"--serve"_s});
        QCOMPARE(info.value("User"_L1).toString(), u"1001"_s);
        QCOMPARE(info.value("WorkingDir"_L1).toString(), u"/srv"_s);
        QCOMPARE(info.value("ExposedPorts"_L1).toArray(), QJsonArray {u"8080/tcp"_s});
        QCOMPARE(info.value("Labels"_L1).toObject().value("org.example.test"_L1).toString(),
                 u"berth"_s);
        QCOMPARE(info.value("History"_L1).toArray().size(), 4); // a step per layer, and CMD
        // skopeo's shapes: Layers the digests, LayersData the descriptors.
        qint64 layers = 0;
        for (const QJsonValue &layer : info.value("LayersData"_L1).toArray())
            layers += layer.toObject().value("Size"_L1).toInteger();
        QCOMPARE(info.value("Size"_L1).toInteger(), layers);
        QCOMPARE(info.value("LayersData"_L1).toArray().at(0).toObject().value("Digest"_L1),
                 info.value("Layers"_L1).toArray().at(0));
        QVERIFY(info.value("Layers"_L1).toArray().at(0).toString().startsWith(u"sha256:"_s));
        r = berthctl({u"-o"_s, u"yaml"_s, u"image"_s, u"inspect"_s, ref(u"test/app:v1"_s),
                      u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("WorkingDir: /srv\n")
                     && r.out.contains(QByteArray("Digest: " + m_digest.toLatin1() + '\n')),
                 r.out.constData());
        r = berthctl(
            {u"image"_s, u"inspect"_s, u"--raw"_s, ref(u"test/app:v1"_s), u"--tls-verify=false"_s});
        QCOMPARE(Berth::Oci::Digest::sha256(r.out).toString(), m_digest);
        // rm resolves the tag and deletes by digest: both tags of that digest go, and it says so.
        r = berthctl({u"image"_s, u"rm"_s, ref(u"test/app:v1"_s), u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("v1, v2"), r.err.constData());
        QCOMPARE(
            berthctl({u"image"_s, u"inspect"_s, ref(u"test/app:v2"_s), u"--tls-verify=false"_s})
                .exitCode,
            1);
        r = berthctl({u"image"_s, u"rm"_s, ref(u"test/app:v1"_s), u"--tls-verify=false"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("MANIFEST_UNKNOWN") || r.err.contains("Not found"));
    }

    void httpsWithBasicAuth()
    {
        const auto ca = Berth::Sandbox::CertificateAuthority::create(u"Test Registry CA"_s);
        const auto leaf = ca.issue(u"registry"_s, {u"localhost"_s}, {u"127.0.0.1"_s});
        RegistryProcess secure;
        QVERIFY2(secure.start({leaf.certificatePem, leaf.keyPem, u"alice"_s, u"wonderland"_s}),
                 qPrintable(secure.errorString()));
        QTemporaryDir certs;
        QFile caFile(certs.filePath(u"ca.crt"_s));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(ca.pair().certificatePem);
        caFile.close();
        const QString target = secure.host() + u"/secure/app:v1"_s;
        const QStringList push {u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s, target};

        // Verification is on: an unknown CA is refused.
        ProcessResult r = berthctl(push + QStringList {u"--creds"_s, u"alice:wonderland"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("secure connection") || r.err.contains("certificate"),
                 r.err.constData());
        // Trusted, but no credentials, then wrong ones.
        r = berthctl(push + QStringList {u"--cert-dir"_s, certs.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("credentials"), r.err.constData());
        r = berthctl(push
                     + QStringList {u"--cert-dir"_s, certs.path(), u"--creds"_s, u"alice:wrong"_s});
        QCOMPARE(r.exitCode, 1);
        // Right: pushed; skopeo reads it with the same CA and credentials.
        r = berthctl(
            push
            + QStringList {u"--cert-dir"_s, certs.path(), u"--creds"_s, u"alice:wonderland"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = skopeo({u"inspect"_s, u"--raw"_s, u"--cert-dir"_s, certs.path(), u"--creds"_s,
                    u"alice:wonderland"_s, u"docker://"_s + target});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(Berth::Oci::Digest::sha256(r.out).toString(), m_digest);
        // Credentials from an auth file (as podman login writes it).
        QFile auth(certs.filePath(u"auth.json"_s));
        QVERIFY(auth.open(QIODevice::WriteOnly));
        auth.write("{\"auths\":{\"" + secure.host().toUtf8() + "\":{\"auth\":\""
                   + QByteArray("alice:wonderland").toBase64() + "\"}}}");
        auth.close();
        r = berthctl({u"image"_s, u"tags"_s, secure.host() + u"/secure/app"_s, u"--cert-dir"_s,
                      certs.path(), u"--authfile"_s, auth.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("v1\n"));
    }

    void dockerArchivesBothWays()
    {
        // Berth writes a docker-archive that skopeo reads: the same config (the image's identity).
        const QString archive = m_work.filePath(u"berth.tar"_s);
        ProcessResult r = berthctl({u"image"_s, u"pull"_s, ref(u"test/multi:v1"_s),
                                    u"docker-archive:"_s + archive, u"--tls-verify=false"_s});
        QCOMPARE(r.exitCode, 1); // an index does not fit a docker-archive...
        QVERIFY2(r.err.contains("one image"), r.err.constData());
        QVERIFY(!QFile::exists(archive)); // ...and nothing is left behind
        QCOMPARE(berthctl({u"image"_s, u"push"_s, u"oci:"_s + source() + u":latest"_s,
                           ref(u"archive/app:v1"_s), u"--tls-verify=false"_s})
                     .exitCode,
                 0);
        r = berthctl({u"image"_s, u"pull"_s, ref(u"archive/app:v1"_s),
                      u"docker-archive:"_s + archive, u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString viaSkopeo = m_work.filePath(u"from-berth-archive"_s);
        r = skopeo({u"copy"_s, u"docker-archive:"_s + archive, u"oci:"_s + viaSkopeo + u":x"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject original = manifestOf(ref(u"archive/app:v1"_s));
        // The layers skopeo reads in the archive are the image's uncompressed layers: its DiffIDs.
        r = skopeo({u"inspect"_s, u"--config"_s, u"--tls-verify=false"_s,
                    u"docker://"_s + ref(u"archive/app:v1"_s)});
        const QJsonArray diffIds
            = QJsonDocument::fromJson(r.out).object()["rootfs"_L1]["diff_ids"_L1].toArray();
        QCOMPARE(diffIds.size(), 3);
        r = skopeo({u"inspect"_s, u"docker-archive:"_s + archive});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject fromArchive = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(fromArchive["Layers"_L1].toArray(), diffIds);
        const ProcessResult names = runProgram(u"tar"_s, {u"-xOf"_s, archive, u"manifest.json"_s});
        QVERIFY(names.out.contains(
            ref(u"archive/app:v1"_s).toUtf8())); // named in RepoTags, for docker load

        // skopeo writes one; Berth pushes it, and the registry holds the same config.
        const QString theirs = m_work.filePath(u"skopeo.tar"_s);
        r = skopeo({u"copy"_s, u"--src-tls-verify=false"_s,
                    u"docker://"_s + ref(u"archive/app:v1"_s),
                    u"docker-archive:"_s + theirs + u":x/y:z"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = berthctl({u"image"_s, u"push"_s, u"docker-archive:"_s + theirs + u":x/y:z"_s,
                      ref(u"archive/back:v1"_s), u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject back = manifestOf(ref(u"archive/back:v1"_s));
        QCOMPARE(back["config"_L1]["digest"_L1].toString(),
                 original["config"_L1]["digest"_L1].toString());
        QCOMPARE(back["layers"_L1].toArray().size(), 3);
        // The archive's layers are uncompressed; they reach the registry gzip-compressed, as
        // skopeo sends them, and decompress to the DiffIDs (the pull to a docker-archive checks).
        QVERIFY2(r.err.contains("3 uncompressed layers sent gzip-compressed"), r.err.constData());
        for (const QJsonValue &layer : back["layers"_L1].toArray()) {
            QCOMPARE(layer["mediaType"_L1].toString(),
                     u"application/vnd.docker.image.rootfs.diff.tar.gzip"_s);
            QVERIFY(!diffIds.contains(layer["digest"_L1]));
        }
        r = berthctl({u"image"_s, u"pull"_s, ref(u"archive/back:v1"_s),
                      u"docker-archive:"_s + m_work.filePath(u"back.tar"_s),
                      u"--tls-verify=false"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = skopeo({u"copy"_s, u"--src-tls-verify=false"_s,
                    u"docker://"_s + ref(u"archive/back:v1"_s),
                    u"oci:"_s + m_work.filePath(u"back-by-skopeo"_s) + u":x"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Pushed again elsewhere: the cache knows each layer's gzip form, the registry has it.
        r = berthctl({u"image"_s, u"push"_s, u"docker-archive:"_s + theirs + u":x/y:z"_s,
                      ref(u"archive/back:v2"_s), u"--tls-verify=false"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject again = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(again["compressed"_L1].toInt(), 0);
        QCOMPARE(again["skipped"_L1].toInt(), 4); // the config, and the layers by their gzip form
        QCOMPARE(rawManifest(ref(u"archive/back:v2"_s)), rawManifest(ref(u"archive/back:v1"_s)));
        // Not an archive: a clear error.
        QFile junk(m_work.filePath(u"junk.tar"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        r = berthctl({u"image"_s, u"push"_s, u"docker-archive:"_s + junk.fileName(),
                      ref(u"archive/junk:v1"_s), u"--tls-verify=false"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a docker-archive"), r.err.constData());
    }

    void usageAndBadInput()
    {
        QCOMPARE(berthctl({u"image"_s}).exitCode, 2);
        QCOMPARE(berthctl({u"image"_s, u"push"_s, ref(u"a/b"_s), ref(u"c/d"_s)}).exitCode,
                 2); // push needs oci: source
        QCOMPARE(berthctl({u"image"_s, u"copy"_s, u"oci:/x"_s, ref(u"a/b"_s), u"--jobs"_s, u"99"_s})
                     .exitCode,
                 2);
        const ProcessResult r = berthctl(
            {u"image"_s, u"inspect"_s, m_registry.host() + u"/a@sha256:../../etc/passwd"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a valid digest"));
        // A missing source layout: clear error, nothing created at the destination.
        const ProcessResult missing
            = berthctl({u"image"_s, u"push"_s, u"oci:"_s + m_work.filePath(u"nope"_s),
                        ref(u"x/y:z"_s), u"--tls-verify=false"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("not an OCI layout"));
    }
};

QTEST_GUILESS_MAIN(tst_Registry)
#include "tst_registry.moc"
