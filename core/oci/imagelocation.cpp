// SPDX-License-Identifier: Apache-2.0
#include "imagelocation.h"

#include "registrytransport.h"

using namespace Qt::StringLiterals;

namespace Berth::Oci {

Result<ImageLocation> ImageLocation::parse(const QString &text)
{
    ImageLocation location;
    // PREFIX:PATH[:NAME]: the path ends at the first colon, as in skopeo.
    const auto local
        = [&](Kind kind, qsizetype prefix, const QString &problem) -> Result<ImageLocation> {
        location.kind = kind;
        const QString rest = text.mid(prefix);
        const qsizetype colon = rest.indexOf(u':');
        location.path = colon < 0 ? rest : rest.left(colon);
        location.name = colon < 0 ? QString() : rest.mid(colon + 1);
        if (location.path.isEmpty())
            return Error(Error::Kind::InvalidInput, problem);
        return location;
    };
    if (text.startsWith(u"oci:"_s))
        return local(Kind::OciLayout, 4, Tr::tr("\"%1\": oci: needs a directory").arg(text));
    if (text.startsWith(u"docker-archive:"_s))
        return local(Kind::DockerArchive, 15,
                     Tr::tr("\"%1\": docker-archive: needs a file").arg(text));
    if (text.startsWith(u"docker-daemon:"_s) || text.startsWith(u"dir:"_s))
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\": this transport is not supported yet; use oci:DIR, "
                            "docker-archive:FILE or a registry reference")
                         .arg(text));
    auto reference = ImageReference::parse(text);
    if (!reference)
        return reference.error();
    location.reference = *reference;
    return location;
}

QString ImageLocation::toString() const
{
    if (kind == Kind::OciLayout)
        return u"oci:"_s + path + (name.isEmpty() ? QString() : u':' + name);
    if (kind == Kind::DockerArchive)
        return u"docker-archive:"_s + path + (name.isEmpty() ? QString() : u':' + name);
    return reference.toString();
}

QString ImageLocation::toSkopeo() const
{
    return kind == Kind::Registry ? u"docker://"_s + reference.toString() : toString();
}

/// skopeo's flags for a registry: of one side ("src" or "dest") of a copy, or of a command with
/// one registry (no side).
static void addRegistryFlags(Command &command, const QString &side, const RegistryOptions &o)
{
    const QString flag = side.isEmpty() ? u"--"_s : u"--"_s + side + u'-';
    if (!o.bearerToken.isEmpty())
        command.secret(flag + u"registry-token="_s, u"OC_TOKEN"_s);
    else if (o.credential)
        command.secret(flag + u"creds="_s,
                       side.isEmpty() ? u"CREDS"_s : side.toUpper() + u"_CREDS"_s);
    if (!o.tlsVerify)
        command << flag + u"tls-verify=false"_s;
    if (!o.certDir.isEmpty())
        command << flag + u"cert-dir="_s + o.certDir;
}

Command ImageLocation::skopeoCopy(const ImageLocation &from, const ImageLocation &to,
                                  const RegistryOptions &source, const RegistryOptions &destination)
{
    Command command({u"skopeo"_s, u"copy"_s, u"--all"_s});
    if (from.kind == Kind::Registry)
        addRegistryFlags(command, u"src"_s, source);
    if (to.kind == Kind::Registry)
        addRegistryFlags(command, u"dest"_s, destination);
    command << from.toSkopeo() << to.toSkopeo();
    return command;
}

QList<Command> ImageLocation::readCommands(const QString &image)
{
    return {Command({u"podman"_s, u"pull"_s, image}), Command({u"docker"_s, u"pull"_s, image}),
            Command({u"skopeo"_s, u"inspect"_s, u"docker://"_s + image}),
            Command({u"oc"_s, u"image"_s, u"info"_s, image})};
}

Command ImageLocation::skopeoDelete(const ImageReference &image, const RegistryOptions &options)
{
    Command command({u"skopeo"_s, u"delete"_s});
    addRegistryFlags(command, {}, options);
    command << u"docker://"_s + image.toString();
    return command;
}

} // namespace Berth::Oci
