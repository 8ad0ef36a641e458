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
    QString registry;
    QString repository;
    QString reference; ///< as asked: a tag or a digest
    Manifest manifest;
    std::optional<ImageConfig> config; ///< an image manifest with a config (not schema 1)
    /// Layers as stored (compressed), each counted once; -1 when a size is not known.
    qint64 layersSize = 0;
    QStringList tags; ///< every tag of the repository (empty when the registry refused the list)

    /// As `berthctl image inspect` prints it: skopeo inspect's names where it has the field
    /// (Name, Digest, RepoTags, Created, Architecture, Os, Labels, Env, Layers), then the rest.
    QJsonObject toJson() const;
};

/// Reads ImageDetails of `repository`:`reference` through `client`: the manifest (its digest
/// checked when the reference is one), the config blob of an image, and the tag list. The
/// reply is a child of `client`; aborting it aborts its requests.
ValueReply<ImageDetails> *inspectImage(RegistryClient *client, const QString &repository,
                                       const QString &reference);

/// The tags of `repository` that point at `digest` (a HEAD of each tag, four at a time), in
/// the registry's order: what goes with a delete by digest. `complete` is false when the
/// repository has more than `maxChecked` tags and only the first were checked.
struct TagsOfDigest
{
    QStringList tags;
    bool complete = true;
};
ValueReply<TagsOfDigest> *tagsOfDigest(RegistryClient *client, const QString &repository,
                                       const Digest &digest, qsizetype maxChecked = 500);

} // namespace Berth::Oci
