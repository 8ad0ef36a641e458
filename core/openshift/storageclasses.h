// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "change.h"
#include "common/reply.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Berth::OpenShift {

/// Whether a provisioner can serve a ReadWriteMany claim (the registry's own PVC needs one).
struct RwxSupport
{
    enum class Answer { Yes, No, Conditional, NotKnown };
    Answer answer = Answer::NotKnown;
    QString note; ///< translated: why, or on what condition
};

/// One StorageClass as `oc get storageclass` shows it.
struct StorageClassInfo
{
    QString name;
    QString provisioner;
    bool isDefault = false; ///< either default-class annotation is "true"
    QString reclaimPolicy; ///< Delete when unset, as the server defaults it
    QString volumeBindingMode; ///< Immediate when unset
    bool allowVolumeExpansion = false;
    QDateTime created;
    QJsonObject object;

    static StorageClassInfo fromObject(const QJsonObject &object);
};

/// The classes, sorted by name, and the version of that snapshot (to watch from).
struct StorageClassList
{
    QList<StorageClassInfo> items;
    QString resourceVersion;

    /// The classes of a List object (`items`, `metadata.resourceVersion`).
    static StorageClassList fromList(const QJsonObject &list);
};

/// The cluster's storage classes, and the procedure's step 1: which one is the default.
class StorageClasses final : public QObject
{
    Q_OBJECT
public:
    explicit StorageClasses(Kube::KubeClient *client, QObject *parent = nullptr);

    ValueReply<StorageClassList> *list();

    /// The changes that make `name` the one default, as the OpenShift console's "Set as
    /// default" does: a JSON patch setting its annotation to "true" first, then each class that
    /// was default set to "false"; classes without the annotation are left alone. Empty when
    /// `name` is already the only default; an error when there is no such class.
    static Result<QList<Change>> setDefault(const QList<StorageClassInfo> &classes,
                                            const QString &name);
    /// The classes marked default (more than one: the cluster picks among them unpredictably).
    static QStringList defaults(const QList<StorageClassInfo> &classes);
    /// What is known of `provisioner` serving ReadWriteMany.
    static RwxSupport rwxSupport(const QString &provisioner);

private:
    Kube::KubeClient *m_client;
};

} // namespace Berth::OpenShift
