// SPDX-License-Identifier: Apache-2.0
#include "imagereference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

bool isValidRegistryHost(const QString &hostPort)
{
    static const QRegularExpression re(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?\\z"_s);
    return hostPort.size() <= 260 && re.match(hostPort).hasMatch();
}

Result<ImageReference> ImageReference::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.startsWith(u"docker://"_s))
        text = text.mid(9);
    auto invalid = [&input](const QString &why) {
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("invalid image reference \"%1\": %2").arg(input.left(200), why));
    };
    if (text.isEmpty())
        return invalid(Tr::tr("it is empty"));
    ImageReference ref;
    if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
        auto digest = Digest::parse(text.mid(at + 1));
        if (!digest)
            return invalid(digest.error().detail());
        ref.digest = *digest;
        text.truncate(at);
    }
    // The first component is a registry when it looks like a host: a dot, a port or localhost.
    const qsizetype slash = text.indexOf(u'/');
    const QString first = slash >= 0 ? text.left(slash) : QString();
    if (slash >= 0
        && (first.contains(u'.') || first.contains(u':') || first == u"localhost"
            || first.startsWith(u'['))) {
        ref.registry = first;
        text = text.mid(slash + 1);
    } else {
        ref.registry = u"docker.io"_s;
    }
    if (!isValidRegistryHost(ref.registry))
        return invalid(Tr::tr("\"%1\" is not a valid registry host").arg(ref.registry));
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon > text.lastIndexOf(u'/')) {
        ref.tag = text.mid(colon + 1);
        text.truncate(colon);
        static const QRegularExpression tagRe(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\\z"_s);
        if (!tagRe.match(ref.tag).hasMatch())
            return invalid(Tr::tr("\"%1\" is not a valid tag").arg(ref.tag));
    }
    static const QRegularExpression repoRe(
        u"^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*\\z"_s);
    if (!repoRe.match(text).hasMatch() || text.size() > 255)
        return invalid(
            Tr::tr("\"%1\" is not a valid repository name (lower case, digits, '.', '_', '-', '/')")
                .arg(text));
    if (ref.registry == u"docker.io" && !text.contains(u'/'))
        text.prepend(u"library/"_s);
    ref.repository = text;
    if (ref.tag.isEmpty() && !ref.digest.isValid())
        ref.tag = u"latest"_s;
    return ref;
}

QString ImageReference::toString() const
{
    QString out = registry + u'/' + repository;
    if (!tag.isEmpty())
        out += u':' + tag;
    if (digest.isValid())
        out += u'@' + digest.toString();
    return out;
}

QString ImageReference::apiHost() const
{
    return registry == u"docker.io" ? u"registry-1.docker.io"_s : registry;
}

} // namespace Berth::Oci
