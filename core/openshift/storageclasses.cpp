// SPDX-License-Identifier: Apache-2.0
#include "storageclasses.h"

#include "common/error.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

namespace {
// The annotation Kubernetes reads, and the beta one it still honours.
constexpr auto s_defaultKey = "storageclass.kubernetes.io/is-default-class"_L1;
constexpr auto s_betaDefaultKey = "storageclass.beta.kubernetes.io/is-default-class"_L1;

QString annotation(const QJsonObject &object, QLatin1StringView key)
{
    return object.value("metadata"_L1)
        .toObject()
        .value("annotations"_L1)
        .toObject()
        .value(key)
        .toString();
}

/// A JSON Pointer (RFC 6901) token: "/" and "~" escaped.
QString pointerToken(QString key)
{
    return key.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

/// One JSON patch setting `values` (annotation key -> value) on the class, "add" or "replace"
/// as the object has them; rebuilt from the object ChangePlan reads before it sends.
Change annotationChange(const QJsonObject &object,
                        const QList<std::pair<QLatin1StringView, QString>> &values,
                        const QString &summary)
{
    const QJsonObject annotations
        = object.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
    QJsonArray ops;
    if (!object.value("metadata"_L1).toObject().contains("annotations"_L1))
        ops.append(QJsonObject {{u"op"_s, u"add"_s},
                                {u"path"_s, u"/metadata/annotations"_s},
                                {u"value"_s, QJsonObject()}});
    for (const auto &[key, value] : values)
        ops.append(
            QJsonObject {{u"op"_s, annotations.contains(key) ? u"replace"_s : u"add"_s},
                         {u"path"_s, QString(u"/metadata/annotations/"_s + pointerToken(key))},
                         {u"value"_s, value}});
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    Change change;
    change.write = Change::Write::Patch;
    change.type = Kube::Resources::storageClasses();
    change.name = name;
    change.patchType = Kube::PatchType::Json;
    change.patch = QJsonDocument(ops).toJson(QJsonDocument::Compact);
    change.summary = summary;
    change.command = Command({u"oc"_s, u"patch"_s, u"storageclass"_s, name, u"--type=json"_s,
                              u"-p"_s, QString::fromUtf8(change.patch)});
    change.rebase = [values, summary](const QJsonObject &current) {
        return annotationChange(current, values, summary);
    };
    return change;
}
} // namespace

StorageClassInfo StorageClassInfo::fromObject(const QJsonObject &object)
{
    StorageClassInfo sc;
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    sc.name = meta.value("name"_L1).toString();
    sc.provisioner = object.value("provisioner"_L1).toString();
    sc.isDefault = annotation(object, s_defaultKey) == u"true"
        || annotation(object, s_betaDefaultKey) == u"true";
    sc.reclaimPolicy = object.value("reclaimPolicy"_L1).toString(u"Delete"_s);
    sc.volumeBindingMode = object.value("volumeBindingMode"_L1).toString(u"Immediate"_s);
    sc.allowVolumeExpansion = object.value("allowVolumeExpansion"_L1).toBool();
    sc.created = QDateTime::fromString(meta.value("creationTimestamp"_L1).toString(), Qt::ISODate);
    sc.object = object;
    return sc;
}

StorageClasses::StorageClasses(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

StorageClassList StorageClassList::fromList(const QJsonObject &list)
{
    StorageClassList out;
    for (const QJsonValue &item : list.value("items"_L1).toArray())
        out.items.append(StorageClassInfo::fromObject(item.toObject()));
    std::sort(out.items.begin(), out.items.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    out.resourceVersion
        = list.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
    return out;
}

ValueReply<StorageClassList> *StorageClasses::list()
{
    auto *reply = new ValueReply<StorageClassList>(this);
    auto *listed = m_client->listObject(Kube::Resources::storageClasses());
    reply->chain(listed, [reply, listed] {
        reply->finishWith(StorageClassList::fromList(listed->value()));
    });
    return reply;
}

QStringList StorageClasses::defaults(const QList<StorageClassInfo> &classes)
{
    QStringList out;
    for (const StorageClassInfo &sc : classes) {
        if (sc.isDefault)
            out.append(sc.name);
    }
    return out;
}

Result<QList<Change>> StorageClasses::setDefault(const QList<StorageClassInfo> &classes,
                                                 const QString &name)
{
    const auto target = std::find_if(classes.begin(), classes.end(),
                                     [&name](const auto &sc) { return sc.name == name; });
    if (target == classes.end())
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("there is no storage class named \"%1\"").arg(name));
    QList<Change> changes;
    // The new default first: the cluster is never without one in between.
    if (annotation(target->object, s_defaultKey) != u"true")
        changes.append(annotationChange(target->object, {{s_defaultKey, u"true"_s}},
                                        Tr::tr("Make %1 the default storage class").arg(name)));
    // One patch per class, with each of its default annotations that says "true".
    for (const StorageClassInfo &sc : classes) {
        if (sc.name == name)
            continue;
        QList<std::pair<QLatin1StringView, QString>> unset;
        for (const QLatin1StringView key : {s_defaultKey, s_betaDefaultKey}) {
            if (annotation(sc.object, key) == u"true")
                unset.append({key, u"false"_s});
        }
        if (!unset.isEmpty())
            changes.append(annotationChange(
                sc.object, unset, Tr::tr("Stop %1 being a default storage class").arg(sc.name)));
    }
    return changes;
}

RwxSupport StorageClasses::rwxSupport(const QString &provisioner)
{
    using A = RwxSupport::Answer;
    struct Known
    {
        QLatin1StringView provisioner;
        A answer;
        const char *note;
    };
    // What each provisioner's own documentation says about ReadWriteMany filesystems.
    static const Known known[] = {
        // NetApp Trident: ONTAP NAS (NFS) backends share a volume between nodes.
        {"csi.trident.netapp.io"_L1, A::Yes,
         QT_TRANSLATE_NOOP("Berth::Core", "NetApp Trident; ONTAP NAS backends serve it")},
        {"netapp.io/trident"_L1, A::Yes,
         QT_TRANSLATE_NOOP("Berth::Core", "NetApp Trident (legacy name); ONTAP NAS backends")},
        // The in-tree vSphere plugin attaches a VMDK to one node only.
        {"kubernetes.io/vsphere-volume"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "a vSphere disk attaches to one node")},
        // The vSphere CSI driver shares volumes only through vSAN file services.
        {"csi.vsphere.vmware.com"_L1, A::Conditional,
         QT_TRANSLATE_NOOP("Berth::Core", "only with vSAN file services enabled")},
        // Local volumes live on one node's disks.
        {"kubernetes.io/no-provisioner"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "local volumes live on one node")},
        // OpenShift Data Foundation: CephFS shares, RBD is a block device.
        {"openshift-storage.cephfs.csi.ceph.com"_L1, A::Yes,
         QT_TRANSLATE_NOOP("Berth::Core", "CephFS (OpenShift Data Foundation)")},
        {"openshift-storage.rbd.csi.ceph.com"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "Ceph RBD shares only raw block volumes")},
        // Cloud disks attach to one node; the cloud file services share.
        {"ebs.csi.aws.com"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "an EBS disk attaches to one node")},
        {"kubernetes.io/aws-ebs"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "an EBS disk attaches to one node")},
        {"efs.csi.aws.com"_L1, A::Yes, QT_TRANSLATE_NOOP("Berth::Core", "Amazon EFS (NFS)")},
        {"disk.csi.azure.com"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "an Azure disk attaches to one node")},
        {"kubernetes.io/azure-disk"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "an Azure disk attaches to one node")},
        {"file.csi.azure.com"_L1, A::Yes, QT_TRANSLATE_NOOP("Berth::Core", "Azure Files")},
        {"pd.csi.storage.gke.io"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "a persistent disk attaches to one node")},
        {"filestore.csi.storage.gke.io"_L1, A::Yes,
         QT_TRANSLATE_NOOP("Berth::Core", "Google Filestore (NFS)")},
        {"cinder.csi.openstack.org"_L1, A::No,
         QT_TRANSLATE_NOOP("Berth::Core", "a Cinder volume attaches to one node")},
        {"manila.csi.openstack.org"_L1, A::Yes,
         QT_TRANSLATE_NOOP("Berth::Core", "OpenStack Manila shares")},
        {"nfs.csi.k8s.io"_L1, A::Yes, QT_TRANSLATE_NOOP("Berth::Core", "NFS")},
    };
    for (const Known &k : known) {
        if (provisioner == k.provisioner)
            return {k.answer, Tr::tr(k.note)};
    }
    return {A::NotKnown, Tr::tr("not known for this provisioner")};
}

} // namespace Berth::OpenShift
