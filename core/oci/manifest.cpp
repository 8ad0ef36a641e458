// SPDX-License-Identifier: Apache-2.0
#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

QByteArray MediaType::acceptHeader()
{
    return QByteArray(OciManifest) + ", " + OciIndex + ", " + DockerManifest + ", " + DockerList
        + ", " + DockerSchema1Signed + ", " + DockerSchema1;
}

QString Platform::toString() const
{
    QString out = os + u'/' + architecture;
    if (!variant.isEmpty())
        out += u'/' + variant;
    return out;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject o {
        {u"mediaType"_s, mediaType}, {u"digest"_s, digest.toString()}, {u"size"_s, size}};
    if (!platform.os.isEmpty()) {
        QJsonObject p {{u"os"_s, platform.os}, {u"architecture"_s, platform.architecture}};
        if (!platform.variant.isEmpty())
            p.insert(u"variant"_s, platform.variant);
        o.insert(u"platform"_s, p);
    }
    if (!annotations.isEmpty())
        o.insert(u"annotations"_s, annotations);
    return o;
}

static Result<Descriptor> descriptor(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    auto digest = Digest::parse(o.value("digest"_L1).toString());
    if (!digest)
        return Error(Error::Kind::Parse, Tr::tr("%1: %2").arg(where, digest.error().detail()));
    // A whole number of bytes: toInteger() refuses 1.5 and strings.
    const qint64 size = o.value("size"_L1).toInteger(-1);
    if (size < 0)
        return Error(Error::Kind::Parse, Tr::tr("%1: the size is missing or negative").arg(where));
    Descriptor d;
    d.mediaType = o.value("mediaType"_L1).toString();
    d.digest = *digest;
    d.size = size;
    const QJsonObject p = o.value("platform"_L1).toObject();
    d.platform = {p.value("os"_L1).toString(), p.value("architecture"_L1).toString(),
                  p.value("variant"_L1).toString()};
    d.annotations = o.value("annotations"_L1).toObject();
    return d;
}

Result<Manifest> Manifest::parse(const QByteArray &raw, const QString &contentType)
{
    if (raw.size() > maxManifestSize)
        return Error(
            Error::Kind::Parse,
            Tr::tr("the manifest is larger than 4 MiB (%1 bytes); refused").arg(raw.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (!doc.isObject())
        return Error(Error::Kind::Parse,
                     Tr::tr("the manifest is not a JSON object (%1): %2")
                         .arg(parseError.errorString(), QString::fromUtf8(raw.left(1024))));
    const QJsonObject o = doc.object();
    Manifest m;
    m.raw = raw;
    m.digest = Digest::sha256(raw);
    const QString type = contentType.section(u';', 0, 0).trimmed();
    m.mediaType = o.value("mediaType"_L1).toString();
    if (m.mediaType.isEmpty())
        m.mediaType = type;
    if (!type.isEmpty() && !o.value("mediaType"_L1).toString().isEmpty()
        && o.value("mediaType"_L1).toString() != type && type != u"application/json"
        && type != u"application/octet-stream")
        return Error(
            Error::Kind::Parse,
            Tr::tr("the manifest says it is %1 but was served as %2").arg(m.mediaType, type));

    // Ambiguity: fields of several formats at once (keys compared case-insensitively).
    QStringList keys;
    for (const QString &k : o.keys())
        keys.append(k.toLower());
    const bool hasManifests = keys.contains(u"manifests"_s);
    const bool hasLayers = keys.contains(u"layers"_s) || keys.contains(u"config"_s);
    const bool hasSchema1 = keys.contains(u"fslayers"_s) || keys.contains(u"history"_s);
    if (int(hasManifests) + int(hasLayers) + int(hasSchema1) > 1)
        return Error(Error::Kind::Parse,
                     Tr::tr("the document is ambiguous: it has fields of both a manifest and an "
                            "index; refused"));

    const int schemaVersion = o.value("schemaVersion"_L1).toInt();
    if (schemaVersion == 1 || hasSchema1) {
        m.isSchema1 = true;
        if (m.mediaType.isEmpty())
            m.mediaType = QString::fromLatin1(MediaType::DockerSchema1);
        for (const QJsonValue &l : o.value("fsLayers"_L1).toArray()) {
            auto digest = Digest::parse(l.toObject().value("blobSum"_L1).toString());
            if (!digest)
                return Error(Error::Kind::Parse, digest.error().detail());
            m.layers.append({{}, *digest, -1, {}, {}});
        }
        return m;
    }
    if (schemaVersion != 2)
        return Error(Error::Kind::Parse,
                     Tr::tr("unsupported manifest schemaVersion %1")
                         .arg(o.value("schemaVersion"_L1).toVariant().toString()));
    if (hasManifests) {
        m.isIndex = true;
        if (m.mediaType.isEmpty())
            m.mediaType = QString::fromLatin1(MediaType::OciIndex);
        const QJsonArray list = o.value("manifests"_L1).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto d = descriptor(list.at(i), u"manifests[%1]"_s.arg(i));
            if (!d)
                return d.error();
            m.manifests.append(*d);
        }
        return m;
    }
    if (m.mediaType.isEmpty())
        m.mediaType = QString::fromLatin1(MediaType::OciManifest);
    if (m.mediaType != QLatin1StringView(MediaType::OciManifest)
        && m.mediaType != QLatin1StringView(MediaType::DockerManifest)
        && !m.mediaType.startsWith(u"application/vnd.oci"_s))
        return Error(Error::Kind::Parse, Tr::tr("unknown manifest media type %1").arg(m.mediaType));
    auto config = descriptor(o.value("config"_L1), u"config"_s);
    if (!config)
        return config.error();
    m.config = *config;
    const QJsonArray layers = o.value("layers"_L1).toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        auto d = descriptor(layers.at(i), u"layers[%1]"_s.arg(i));
        if (!d)
            return d.error();
        m.layers.append(*d);
    }
    return m;
}

QList<Descriptor> Manifest::blobs() const
{
    QList<Descriptor> out;
    if (isIndex)
        return out;
    if (config.digest.isValid())
        out.append(config);
    out += layers;
    return out;
}

qint64 Manifest::layersSize() const
{
    if (isSchema1)
        return -1;
    QSet<QString> counted;
    qint64 size = 0;
    for (const Descriptor &layer : layers) {
        if (!counted.contains(layer.digest.toString())) {
            counted.insert(layer.digest.toString());
            size += layer.size;
        }
    }
    return size;
}

} // namespace Berth::Oci
