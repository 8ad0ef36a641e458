// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest.h"
#include "registryclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Berth::Oci {

/// What an image's config blob says (the OCI image config, which Docker's shares): how a
/// container of it starts, and how it was built.
struct ImageConfig
{
    struct Step
    {
        QDateTime created; ///< invalid when not said
        QString createdBy; ///< the build instruction
        QString comment;
        bool emptyLayer = false; ///< a step that made no layer (ENV, CMD…)
    };

    QDateTime created; ///< invalid when not said
    QString author;
    QString dockerVersion; ///< of the Docker that built it, if one did
    QString architecture;
    QString os;
    QString variant;
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;
    QString user;
    QString workingDir;
    QStringList exposedPorts; ///< "8080/tcp", sorted
    QStringList volumes; ///< sorted
    QMap<QString, QString> labels;
    QList<Step> history; ///< oldest first

    /// Reads a config blob; an error when it is not a JSON object. Fields of the wrong type are
    /// left empty (as the runtimes ignore them).
    static Result<ImageConfig> parse(const QByteArray &json);
};

/// One tag or digest of a repository, inspected: the manifest, and for an image its config and
/// size; for an index, its platforms. What the tag detail view and `berthctl image inspect`
/// show.
struct ImageDetails
{
    QString registry; ///< as the user names it (docker.io, not its API host)
    QString repository;
    QString reference; ///< as asked: a tag or a digest
    Manifest manifest;
    /// An image's config, when its manifest has one of an image config's media types.
    std::optional<ImageConfig> config;
    QString configError; ///< why that config could not be read; the rest stands
    QStringList tags; ///< every tag of the repository, when they were asked for and listed

    /// As `berthctl image inspect` prints it: skopeo inspect's fields with skopeo's names and
    /// shapes (Name, Digest, RepoTags, Created, DockerVersion, Labels, Architecture, Os,
    /// Layers as digests, LayersData, Env), then Berth's (MediaType, Manifests, Size, the
    /// rest of the config).
    QJsonObject toJson() const;
};

/// Reads ImageDetails of `repository`:`reference` through `client`: the manifest (its digest
/// checked when the reference is one), the config blob of an image and, with `listTags`, the
/// repository's tags. `registry` names the registry in the details. The reply is a child of
/// `client`; aborting it aborts its requests.
ValueReply<ImageDetails> *inspectImage(RegistryClient *client, const QString &registry,
                                       const QString &repository, const QString &reference,
                                       bool listTags = true);

/// The tags of a repository that point at one digest: what goes with a delete by digest.
struct TagsOfDigest
{
    QStringList tags; ///< in the registry's order
    bool complete = true; ///< false: the repository has more tags than were checked
};
/// How many tags tagsOfDigest() checks at most.
inline constexpr qsizetype maxTagsChecked = 500;
/// The tags of `repository` that point at `digest`: a HEAD of each of the first `maxChecked`
/// tags, four at a time; a tag gone meanwhile (404) is none of them, any other error is the
/// reply's. Aborting the reply aborts its requests.
ValueReply<TagsOfDigest> *tagsOfDigest(RegistryClient *client, const QString &repository,
                                       const Digest &digest, qsizetype maxChecked = maxTagsChecked);

/// What deleteImage() removed.
struct DeletedImage
{
    Digest digest;
    /// The tags that pointed to it, gone with it; nullopt when they could not be listed.
    std::optional<TagsOfDigest> tags;
    Error tagsError; ///< why they could not

    /// Those tags in words: "v1, v2", "none", that only the first 500 were checked, or why
    /// they are not known.
    QString tagsInWords() const;
};
/// What deleting `repository`:`reference` would remove, read and changing nothing: its digest
/// and the tags that point to it (tagsOfDigest()), for a confirmation to list.
ValueReply<DeletedImage> *planImageDeletion(RegistryClient *client, const QString &repository,
                                            const QString &reference);
/// Deletes the digest of `planned` from `repository`; a registry that does not allow deleting
/// (405) says how to allow it. The reply's value is `planned`.
ValueReply<DeletedImage> *deleteImage(RegistryClient *client, const QString &repository,
                                      const DeletedImage &planned);
/// Deletes `repository`:`reference` as a registry deletes an image: by its digest, which takes
/// every tag that points to it (planImageDeletion(), then the delete). Aborting the reply aborts
/// its requests.
ValueReply<DeletedImage> *deleteImage(RegistryClient *client, const QString &repository,
                                      const QString &reference);

} // namespace Berth::Oci
