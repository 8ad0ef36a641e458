// SPDX-License-Identifier: Apache-2.0
#include "dockerarchive.h"

#include "imagereference.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>

#include <zlib.h>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;

struct Member
{
    qint64 offset = 0;
    qint64 size = 0;
};

qint64 octal(const char *field, int length)
{
    qint64 v = 0;
    for (int i = 0; i < length && field[i]; ++i) {
        if (field[i] >= '0' && field[i] <= '7')
            v = v * 8 + (field[i] - '0');
    }
    return v;
}

/// The regular files of a tar archive (ustar, PAX `path`, GNU long names), by name.
Result<QHash<QString, Member>> listTar(QFile &file)
{
    QHash<QString, Member> members;
    QString longName;
    qint64 pos = 0;
    while (true) {
        if (!file.seek(pos))
            return Error(Error::Kind::Io, Tr::tr("cannot seek in %1").arg(file.fileName()));
        const QByteArray header = file.read(512);
        if (header.size() < 512 || header.count('\0') == 512)
            break;
        const char *h = header.constData();
        const qint64 size = octal(h + 124, 12);
        const char type = h[156];
        QString name = QString::fromUtf8(QByteArray(h, 100).constData());
        if (QByteArray(h + 257, 5) == "ustar" && h[345])
            name = QString::fromUtf8(QByteArray(h + 345, 155).constData()) + u'/' + name;
        const qint64 data = pos + 512;
        if (type == 'x' || type == 'L') {
            const QByteArray extended = file.read(qMin<qint64>(size, 64 * 1024));
            if (type == 'L') {
                longName = QString::fromUtf8(extended.constData());
            } else {
                for (const QByteArray &record : extended.split('\n')) {
                    const qsizetype space = record.indexOf(' ');
                    if (space > 0 && record.mid(space + 1).startsWith("path="))
                        longName = QString::fromUtf8(record.mid(space + 6));
                }
            }
        } else if (type == '0' || type == '\0') {
            if (!longName.isEmpty())
                name = longName;
            longName.clear();
            while (name.startsWith(u"./"_s))
                name = name.mid(2);
            members.insert(name, {data, size});
        } else {
            longName.clear();
        }
        pos = data + (size + 511) / 512 * 512;
    }
    return members;
}

/// Copies `size` bytes at `offset` of `in` into `out`, hashing them.
Result<Digest> copyHashed(QFile &in, qint64 offset, qint64 size, QIODevice &out,
                          const std::stop_token &stop)
{
    if (!in.seek(offset))
        return Error(Error::Kind::Io, Tr::tr("cannot seek in %1").arg(in.fileName()));
    DigestHasher hasher;
    qint64 left = size;
    while (left > 0) {
        if (stop.stop_requested())
            return Error::cancelled();
        const QByteArray chunk = in.read(qMin(left, chunkSize));
        if (chunk.isEmpty())
            return Error(Error::Kind::Parse, Tr::tr("%1 ends early").arg(in.fileName()));
        hasher.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return Error(Error::Kind::Io, Tr::tr("cannot write: %1").arg(out.errorString()));
        left -= chunk.size();
    }
    return hasher.finish();
}

QByteArray tarHeader(const QString &name, qint64 size, char type)
{
    QByteArray h(512, '\0');
    const QByteArray n = name.toUtf8();
    memcpy(h.data(), n.constData(), size_t(qMin<qsizetype>(n.size(), 100)));
    auto field = [&h](int offset, int length, qint64 value) {
        const QByteArray text = QByteArray::number(value, 8).rightJustified(length - 1, '0');
        memcpy(h.data() + offset, text.constData(), size_t(length - 1));
    };
    field(100, 8, type == '5' ? 0755 : 0644);
    field(108, 8, 0);
    field(116, 8, 0);
    field(124, 12, size);
    field(136, 12, 0);
    h[156] = type;
    memcpy(h.data() + 257,
           "ustar\0"
           "00",
           8);
    memset(h.data() + 148, ' ', 8);
    unsigned checksum = 0;
    for (const char c : h)
        checksum += static_cast<unsigned char>(c);
    const QByteArray sum = QByteArray::number(checksum, 8).rightJustified(6, '0');
    memcpy(h.data() + 148, sum.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

Result<void> writeEntry(QIODevice &tar, const QString &name, QIODevice &data, qint64 size,
                        const std::stop_token &stop)
{
    tar.write(tarHeader(name, size, '0'));
    qint64 left = size;
    while (left > 0) {
        if (stop.stop_requested())
            return Error::cancelled();
        const QByteArray chunk = data.read(qMin(left, chunkSize));
        if (chunk.isEmpty())
            return Error(Error::Kind::Io, Tr::tr("cannot read the data of %1").arg(name));
        if (tar.write(chunk) != chunk.size())
            return Error(Error::Kind::Io,
                         Tr::tr("cannot write the archive: %1").arg(tar.errorString()));
        left -= chunk.size();
    }
    tar.write(QByteArray(int((512 - size % 512) % 512), '\0'));
    return {};
}

/// Decompresses the gzip file `in` into `out`, hashing the decompressed bytes (the DiffID).
Result<Digest> gunzipHashed(QFile &in, QIODevice &out, const std::stop_token &stop)
{
    z_stream z {};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return Error(Error::Kind::Io, u"zlib"_s);
    DigestHasher hasher;
    QByteArray output(int(chunkSize), Qt::Uninitialized);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stop.stop_requested()) {
            inflateEnd(&z);
            return Error::cancelled();
        }
        QByteArray input = in.read(chunkSize);
        if (input.isEmpty())
            break;
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(input.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(output.size());
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                inflateEnd(&z);
                return Error(Error::Kind::Parse, Tr::tr("%1 is not valid gzip").arg(in.fileName()));
            }
            const qsizetype produced = output.size() - qsizetype(z.avail_out);
            hasher.addData(output.constData(), produced);
            if (out.write(output.constData(), produced) != produced) {
                inflateEnd(&z);
                return Error(Error::Kind::Io, Tr::tr("cannot write: %1").arg(out.errorString()));
            }
        } while (z.avail_out == 0 && status != Z_STREAM_END);
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return Error(Error::Kind::Parse, Tr::tr("%1 is truncated gzip").arg(in.fileName()));
    return hasher.finish();
}

/// A device that takes every write and keeps nothing: to hash a DiffID without a copy.
class Discard final : public QIODevice
{
public:
    Discard() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

/// The layer blob `blob` decompressed (when it is gzip) into `out`, and its digest: the DiffID.
Result<Digest> uncompressedHashed(QFile &blob, QIODevice &out, const std::stop_token &stop)
{
    const bool gzip = blob.peek(2) == QByteArray("\x1f\x8b", 2);
    return gzip ? gunzipHashed(blob, out, stop) : copyHashed(blob, 0, blob.size(), out, stop);
}

/// The config's rootfs.diff_ids, one for each of `layers` layers.
Result<QList<Digest>> diffIdsOf(const QByteArray &config, qsizetype layers)
{
    const QJsonArray ids = QJsonDocument::fromJson(config)
                               .object()
                               .value("rootfs"_L1)
                               .toObject()
                               .value("diff_ids"_L1)
                               .toArray();
    if (ids.size() != layers)
        return Error(Error::Kind::Parse,
                     Tr::tr("the image config lists %1 layers, the manifest %2")
                         .arg(ids.size())
                         .arg(layers));
    QList<Digest> out;
    for (const QJsonValue &id : ids) {
        auto digest = Digest::parse(id.toString());
        if (!digest)
            return digest.error();
        out.append(*digest);
    }
    return out;
}

Error diffIdMismatch(const Digest &layer, const Digest &diffId, const Digest &got)
{
    return Error(Error::Kind::Parse,
                 Tr::tr("layer %1 does not decompress to its DiffID %2 (got %3)")
                     .arg(layer.toString(), diffId.toString(), got.toString()));
}

} // namespace

Result<Descriptor> DockerArchive::toOciLayout(const QString &archive, const QString &repoTag,
                                              OciLayout &layout, const QString &refName,
                                              std::stop_token stop)
{
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot read %1: %2").arg(archive, file.errorString()));
    auto members = listTar(file);
    if (!members)
        return members.error();
    const Member manifestMember = members->value(u"manifest.json"_s);
    if (manifestMember.size <= 0 || manifestMember.size > 1024 * 1024)
        return Error(Error::Kind::Parse,
                     Tr::tr("%1 is not a docker-archive (no manifest.json)").arg(archive));
    file.seek(manifestMember.offset);
    const QJsonArray images = QJsonDocument::fromJson(file.read(manifestMember.size)).array();
    QJsonObject image;
    for (const QJsonValue &v : images) {
        if (repoTag.isEmpty()) {
            if (images.size() == 1)
                image = v.toObject();
            continue;
        }
        // "x/y:z" and "docker.io/x/y:z" name the same image: compare normalized references.
        const auto wanted = ImageReference::parse(repoTag);
        for (const QJsonValue &t : v.toObject().value("RepoTags"_L1).toArray()) {
            const auto named = ImageReference::parse(t.toString());
            if (t.toString() == repoTag
                || (wanted && named && wanted->toString() == named->toString()))
                image = v.toObject();
        }
    }
    if (image.isEmpty())
        return Error(Error::Kind::NotFound,
                     repoTag.isEmpty()
                         ? Tr::tr("%1 holds %n image(s); name one as docker-archive:FILE:REPO:TAG",
                                  nullptr, int(images.size()))
                               .arg(archive)
                         : Tr::tr("no image %1 in %2").arg(repoTag, archive));
    if (auto created = layout.create(); !created)
        return created.error();
    // The config, then each layer, into the layout's blobs.
    auto addBlob = [&](const QString &name, qint64 limit) -> Result<Descriptor> {
        if (name.contains(u"../"_s) || name.startsWith(u'/'))
            return Error(Error::Kind::Parse,
                         Tr::tr("%1 names a file outside it: %2").arg(archive, name));
        const Member m = members->value(name, {-1, -1});
        if (m.offset < 0)
            return Error(Error::Kind::Parse, Tr::tr("%1 has no %2").arg(archive, name));
        if (m.size > limit)
            return Error(Error::Kind::Parse, Tr::tr("%1 in %2 is too large").arg(name, archive));
        QTemporaryFile temp(layout.path() + u"/blobs/sha256/.import-XXXXXX"_s);
        if (!temp.open())
            return Error(Error::Kind::Io, Tr::tr("cannot write into %1").arg(layout.path()));
        auto digest = copyHashed(file, m.offset, m.size, temp, stop);
        if (!digest)
            return digest.error();
        temp.close();
        QFile::remove(layout.blobPath(*digest));
        if (!temp.rename(layout.blobPath(*digest)))
            return Error(Error::Kind::Io, Tr::tr("cannot write %1").arg(layout.blobPath(*digest)));
        temp.setAutoRemove(false);
        file.seek(m.offset);
        const bool gzip = file.read(2) == QByteArray("\x1f\x8b", 2);
        return Descriptor {gzip ? u"application/vnd.docker.image.rootfs.diff.tar.gzip"_s
                                : u"application/vnd.docker.image.rootfs.diff.tar"_s,
                           *digest,
                           m.size,
                           {},
                           {}};
    };
    auto config = addBlob(image.value("Config"_L1).toString(), maxManifestSize);
    if (!config)
        return config.error();
    config->mediaType = QLatin1String(MediaType::DockerConfig);
    QJsonArray layers;
    QList<Descriptor> added;
    for (const QJsonValue &l : image.value("Layers"_L1).toArray()) {
        auto layer = addBlob(l.toString(), std::numeric_limits<qint64>::max());
        if (!layer)
            return layer.error();
        layers.append(layer->toJson());
        added.append(*layer);
    }
    // Each layer must be what the config says it is (rootfs.diff_ids), as skopeo checks: an
    // archive whose layers were swapped or damaged is refused before anything is sent.
    auto configBytes = layout.readBlob(config->digest);
    if (!configBytes)
        return configBytes.error();
    auto diffIds = diffIdsOf(*configBytes, added.size());
    if (!diffIds)
        return diffIds.error();
    for (qsizetype i = 0; i < added.size(); ++i) {
        QFile blob(layout.blobPath(added.at(i).digest));
        if (!blob.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(blob.fileName()));
        Discard discard;
        const Result<Digest> got = uncompressedHashed(blob, discard, stop);
        if (!got)
            return got.error();
        if (*got != diffIds->at(i))
            return diffIdMismatch(added.at(i).digest, diffIds->at(i), *got);
    }
    const QJsonObject manifest {{u"schemaVersion"_s, 2},
                                {u"mediaType"_s, QString::fromLatin1(MediaType::DockerManifest)},
                                {u"config"_s, config->toJson()},
                                {u"layers"_s, layers}};
    const QByteArray raw = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const Digest digest = Digest::sha256(raw);
    if (auto w = layout.writeBlob(raw, digest); !w)
        return w.error();
    const Descriptor top {
        QString::fromLatin1(MediaType::DockerManifest), digest, raw.size(), {}, {}};
    if (auto t = layout.tag(top, refName); !t)
        return t.error();
    return top;
}

Result<void> DockerArchive::fromOciLayout(const OciLayout &layout, const QString &refName,
                                          const QString &repoTag, const QString &archive,
                                          std::stop_token stop)
{
    auto top = layout.resolve(refName);
    if (!top)
        return top.error();
    auto raw = layout.readBlob(top->digest);
    if (!raw)
        return raw.error();
    auto manifest = Manifest::parse(*raw, top->mediaType);
    if (!manifest)
        return manifest.error();
    if (manifest->isIndex)
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("a docker-archive holds one image, not an index of %n platform(s); "
                            "copy one platform by digest",
                            nullptr, int(manifest->manifests.size())));
    auto configBytes = layout.readBlob(manifest->config.digest);
    if (!configBytes)
        return configBytes.error();
    const auto diffIds = diffIdsOf(*configBytes, manifest->layers.size());
    if (!diffIds)
        return diffIds.error();

    QSaveFile tar(archive);
    if (!tar.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot write %1: %2").arg(archive, tar.errorString()));
    const QString configName = manifest->config.digest.hex() + u".json"_s;
    QByteArray config = *configBytes;
    QBuffer configBuffer(&config);
    configBuffer.open(QIODevice::ReadOnly);
    if (auto w = writeEntry(tar, configName, configBuffer, config.size(), stop); !w)
        return w.error();
    QJsonArray layerNames;
    for (qsizetype i = 0; i < manifest->layers.size(); ++i) {
        const Descriptor &layer = manifest->layers.at(i);
        const Digest &diffId = diffIds->at(i);
        if (layer.mediaType.contains(u"zstd"_s))
            return Error(Error::Kind::InvalidInput,
                         Tr::tr("zstd layers cannot be written to a docker-archive yet"));
        QFile blob(layout.blobPath(layer.digest));
        if (!blob.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(blob.fileName()));
        QTemporaryFile plain(QFileInfo(archive).absolutePath() + u"/.berth-layer-XXXXXX"_s);
        if (!plain.open())
            return Error(Error::Kind::Io,
                         Tr::tr("cannot create a temporary file beside %1").arg(archive));
        const Result<Digest> got = uncompressedHashed(blob, plain, stop);
        if (!got)
            return got.error();
        if (*got != diffId)
            return diffIdMismatch(layer.digest, diffId, *got);
        const QString dir = diffId.hex();
        tar.write(tarHeader(dir + u'/', 0, '5'));
        plain.seek(0);
        if (auto w = writeEntry(tar, dir + u"/layer.tar"_s, plain, plain.size(), stop); !w)
            return w.error();
        layerNames.append(QString(dir + u"/layer.tar"_s));
    }
    QJsonObject entry {{u"Config"_s, configName}, {u"Layers"_s, layerNames}};
    if (!repoTag.isEmpty())
        entry.insert(u"RepoTags"_s, QJsonArray {repoTag});
    QByteArray manifestJson = QJsonDocument(QJsonArray {entry}).toJson(QJsonDocument::Compact);
    QBuffer manifestBuffer(&manifestJson);
    manifestBuffer.open(QIODevice::ReadOnly);
    if (auto w = writeEntry(tar, u"manifest.json"_s, manifestBuffer, manifestJson.size(), stop); !w)
        return w.error();
    tar.write(QByteArray(1024, '\0'));
    if (!tar.commit())
        return Error(Error::Kind::Io,
                     Tr::tr("cannot write %1: %2").arg(archive, tar.errorString()));
    return {};
}

} // namespace Berth::Oci
