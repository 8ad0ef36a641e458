// SPDX-License-Identifier: Apache-2.0
#include "ocilayout.h"

#include "common/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

static constexpr auto refNameKey = "org.opencontainers.image.ref.name";

Result<void> OciLayout::create()
{
    if (!QDir().mkpath(m_path + u"/blobs/sha256"_s))
        return Error(Error::Kind::Io, Tr::tr("cannot create %1").arg(m_path));
    if (!QFile::exists(m_path + u"/oci-layout"_s)) {
        if (auto r = writeFileAtomically(m_path + u"/oci-layout"_s,
                                         "{\"imageLayoutVersion\":\"1.0.0\"}", FileSecrecy::Public);
            !r)
            return r;
    }
    if (!QFile::exists(m_path + u"/index.json"_s)) {
        const QByteArray empty
            = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]})";
        return writeFileAtomically(m_path + u"/index.json"_s, empty, FileSecrecy::Public);
    }
    return {};
}

Result<QList<Descriptor>> OciLayout::index() const
{
    QFile f(m_path + u"/index.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("%1 is not an OCI layout: %2").arg(m_path, f.errorString()));
    auto parsed = Manifest::parse(f.read(maxManifestSize + 1));
    if (!parsed)
        return Error(Error::Kind::Parse,
                     Tr::tr("%1/index.json: %2").arg(m_path, parsed.error().detail()));
    if (!parsed->isIndex && !parsed->raw.contains("\"manifests\""))
        return Error(Error::Kind::Parse, Tr::tr("%1/index.json is not an index").arg(m_path));
    return parsed->manifests;
}

Result<Descriptor> OciLayout::resolve(const QString &refName) const
{
    auto list = index();
    if (!list)
        return list.error();
    if (refName.isEmpty()) {
        if (list->size() == 1)
            return list->constFirst();
        return Error(
            Error::Kind::InvalidInput,
            Tr::tr("%1 holds %n image(s); name one as oci:DIR:NAME", nullptr, int(list->size()))
                .arg(m_path));
    }
    for (const Descriptor &d : *list) {
        if (d.annotations.value(QLatin1StringView(refNameKey)).toString() == refName)
            return d;
    }
    return Error(Error::Kind::NotFound, Tr::tr("no image named \"%1\" in %2").arg(refName, m_path));
}

QString OciLayout::blobPath(const Digest &digest) const
{
    // The digest was validated: algorithm and hex are safe path components.
    return m_path + u"/blobs/"_s + digest.algorithm() + u'/' + digest.hex();
}

bool OciLayout::hasBlob(const Descriptor &blob) const
{
    const QFileInfo info(blobPath(blob.digest));
    return info.exists() && (blob.size < 0 || info.size() == blob.size);
}

Result<QByteArray> OciLayout::readBlob(const Digest &digest, qint64 limit) const
{
    QFile f(blobPath(digest));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot read blob %1 in %2: %3")
                         .arg(digest.toString(), m_path, f.errorString()));
    if (f.size() > limit)
        return Error(Error::Kind::Parse,
                     Tr::tr("blob %1 is larger than %2 bytes").arg(digest.toString()).arg(limit));
    const QByteArray data = f.readAll();
    DigestHasher hasher(digest.algorithm());
    hasher.addData(data);
    if (hasher.finish() != digest)
        return Error(Error::Kind::Parse,
                     Tr::tr("blob %1 in %2 is corrupt (its content has another digest)")
                         .arg(digest.toString(), m_path));
    return data;
}

Result<void> OciLayout::writeBlob(const QByteArray &data, const Digest &digest)
{
    if (QFileInfo::exists(blobPath(digest)))
        return {};
    QDir().mkpath(m_path + u"/blobs/"_s + digest.algorithm());
    return writeFileAtomically(blobPath(digest), data, FileSecrecy::Public);
}

Result<void> OciLayout::importBlob(const QString &from, const Descriptor &blob,
                                   std::stop_token stop)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, Tr::tr("cannot read %1: %2").arg(from, in.errorString()));
    const QString dir = m_path + u"/blobs/"_s + blob.digest.algorithm();
    QDir().mkpath(dir);
    QTemporaryFile out(dir + u"/.berth-partial-XXXXXX"_s);
    if (!out.open())
        return Error(
            Error::Kind::Io,
            Tr::tr("cannot create a temporary file in %1: %2").arg(dir, out.errorString()));
    DigestHasher hasher(blob.digest.algorithm());
    qint64 copied = 0;
    while (true) {
        if (stop.stop_requested())
            return Error::cancelled();
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        copied += chunk.size();
        if (copied > blob.size)
            break; // more than the descriptor: no need to read on
        hasher.addData(chunk.constData(), chunk.size());
        if (out.write(chunk) != chunk.size())
            return Error(Error::Kind::Io,
                         Tr::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    if (copied != blob.size || hasher.finish() != blob.digest)
        return Error(Error::Kind::Parse,
                     Tr::tr("blob %1 in %2 is corrupt (its content has "
                            "another digest)")
                         .arg(blob.digest.toString(), QFileInfo(from).path()));
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return Error(Error::Kind::Io, Tr::tr("cannot write %1").arg(out.fileName()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                       | QFileDevice::ReadOther);
    QFile::remove(blobPath(blob.digest));
    if (!out.rename(blobPath(blob.digest)))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot rename %1 to %2: %3")
                         .arg(out.fileName(), blobPath(blob.digest), out.errorString()));
    out.setAutoRemove(false);
    return {};
}

Result<void> OciLayout::tag(const Descriptor &manifest, const QString &refName)
{
    QFile f(m_path + u"/index.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray manifests;
    for (const QJsonValue &v : index.value("manifests"_L1).toArray()) {
        const QString name = v.toObject()
                                 .value("annotations"_L1)
                                 .toObject()
                                 .value(QLatin1StringView(refNameKey))
                                 .toString();
        if (refName.isEmpty()
                ? v.toObject().value("digest"_L1).toString() != manifest.digest.toString()
                : name != refName)
            manifests.append(v);
    }
    Descriptor named = manifest;
    if (!refName.isEmpty())
        named.annotations.insert(QLatin1StringView(refNameKey), refName);
    manifests.append(named.toJson());
    index.insert(u"schemaVersion"_s, 2);
    index.insert(u"mediaType"_s, QString::fromLatin1(MediaType::OciIndex));
    index.insert(u"manifests"_s, manifests);
    return writeFileAtomically(m_path + u"/index.json"_s,
                               QJsonDocument(index).toJson(QJsonDocument::Compact),
                               FileSecrecy::Public);
}

} // namespace Berth::Oci
