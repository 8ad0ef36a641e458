// SPDX-License-Identifier: Apache-2.0
#include "imagepruner.h"

#include "common/error.h"
#include "kube/kubeclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Berth::OpenShift {

ImagePruner ImagePruner::fromJson(const QJsonObject &object)
{
    const QJsonObject spec = object.value("spec"_L1).toObject();
    ImagePruner pruner;
    pruner.schedule = spec.value("schedule"_L1).toString().trimmed();
    pruner.suspended = spec.value("suspend"_L1).toBool();
    pruner.keepTagRevisions = spec.value("keepTagRevisions"_L1).toInt(pruner.keepTagRevisions);
    pruner.keepYoungerThan
        = spec.value("keepYoungerThanDuration"_L1).toString(pruner.keepYoungerThan);
    for (const QJsonValue &v :
         object.value("status"_L1).toObject().value("conditions"_L1).toArray()) {
        const QJsonObject condition = v.toObject();
        if (condition.value("type"_L1).toString() == u"Failed") {
            pruner.lastRunFailed = condition.value("status"_L1).toString() == u"True";
            pruner.lastRunMessage = condition.value("message"_L1).toString();
        }
    }
    return pruner;
}

ValueReply<ImagePruner> *ImagePruner::read(Kube::KubeClient *client, QObject *parent)
{
    auto *reply = new ValueReply<ImagePruner>(parent);
    auto *get = client->get(Kube::Resources::imagePruners(), {}, u"cluster"_s);
    reply->chain(get, [reply, get] { reply->finishWith(fromJson(get->value())); });
    return reply;
}

QString ImagePruner::storageNote(const Result<ImagePruner> &pruner)
{
    if (!pruner)
        return Tr::tr("The space comes back when images are pruned (when the image pruner runs "
                      "is not known: %1).")
            .arg(pruner.error().message());
    if (pruner->suspended)
        return Tr::tr("The image pruner is suspended: the space comes back only when images are "
                      "pruned by hand (oc adm prune images --confirm).");
    const QString when = pruner->schedule.isEmpty() || pruner->schedule == u"0 0 * * *"
        ? Tr::tr("daily at midnight")
        : Tr::tr("on the schedule %1").arg(pruner->schedule);
    QString note = Tr::tr("The space comes back when the image pruner runs (%1) and the image is "
                          "in no other tag, used by no pod, older than %2 and not among the %3 "
                          "newest revisions of a tag.")
                       .arg(when, pruner->keepYoungerThan)
                       .arg(pruner->keepTagRevisions);
    if (pruner->lastRunFailed)
        note += u' ' + Tr::tr("Its last run failed: %1").arg(pruner->lastRunMessage);
    return note;
}

} // namespace Berth::OpenShift
