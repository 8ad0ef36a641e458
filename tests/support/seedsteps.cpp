// SPDX-License-Identifier: Apache-2.0
#include "seedsteps.h"

#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Berth::Test {

namespace {
const QString s_config = u"configs.imageregistry.operator.openshift.io"_s;

/// What an object is, without what the server or the operator keeps on it.
QJsonObject essence(QJsonObject o)
{
    QJsonObject meta = o.value("metadata"_L1).toObject();
    for (const char *f :
         {"uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "selfLink"})
        meta.remove(QLatin1StringView(f));
    o.insert(u"metadata"_s, meta);
    o.remove(u"status"_s);
    QJsonObject spec = o.value("spec"_L1).toObject();
    spec.remove(u"httpSecret"_s); // random, each sandbox's own
    if (!spec.isEmpty())
        o.insert(u"spec"_s, spec);
    return o;
}

QString dump(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                         : QJsonDocument(v.toObject()).toJson());
}
} // namespace

QString runSeedSteps(SandboxProcess *sandbox)
{
    const QList<QStringList> commands {
        {u"patch"_s, u"storageclass"_s, u"thin"_s, u"-p"_s,
         u"{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": "
         u"\"false\"}}}"_s},
        {u"patch"_s, u"storageclass"_s, u"ontap-gold"_s, u"-p"_s,
         u"{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": "
         u"\"true\"}}}"_s},
        // oc edit: storage: pvc: claim: (empty), then managementState: Managed.
        {u"patch"_s, s_config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
         u"{\"spec\":{\"storage\":{\"pvc\":{\"claim\":\"\"}}}}"_s},
        {u"patch"_s, s_config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
         u"{\"spec\":{\"managementState\":\"Managed\"}}"_s},
        {u"patch"_s, s_config, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
         u"{\"spec\":{\"defaultRoute\":true}}"_s},
        // oc policy add-role-to-user/-group: a new binding each, ROLE then ROLE-0.
        {u"create"_s, u"rolebinding"_s, u"registry-viewer"_s, u"--clusterrole=registry-viewer"_s,
         u"--user=ocp-user"_s, u"-n"_s, u"team-a"_s},
        {u"create"_s, u"rolebinding"_s, u"registry-viewer-0"_s, u"--clusterrole=registry-viewer"_s,
         u"--group=ocp-user-group"_s, u"-n"_s, u"team-a"_s},
        {u"create"_s, u"rolebinding"_s, u"registry-editor"_s, u"--clusterrole=registry-editor"_s,
         u"--user=ocp-user"_s, u"-n"_s, u"team-a"_s},
        {u"create"_s, u"rolebinding"_s, u"registry-editor-0"_s, u"--clusterrole=registry-editor"_s,
         u"--group=ocp-user-group"_s, u"-n"_s, u"team-a"_s},
    };
    for (const QStringList &c : commands) {
        const ProcessResult r = sandbox->kubectl(c);
        if (r.exitCode != 0)
            return u"kubectl %1: %2"_s.arg(c.join(u' '), QString::fromUtf8(r.err));
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (sandbox
                ->kubectl({u"get"_s, s_config, u"cluster"_s, u"-o"_s,
                           u"jsonpath={.spec.storage.pvc.claim}"_s})
                .out
            == "image-registry-storage")
            return {};
        QThread::msleep(200);
    }
    return u"the operator did not name its claim in 30 s"_s;
}

QJsonObject seedStepsState(SandboxProcess *sandbox)
{
    auto get = [sandbox](const QStringList &args) {
        const ProcessResult r = sandbox->kubectl(args + QStringList {u"-o"_s, u"json"_s});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object()
                               : QJsonObject {{u"kubectl failed"_s, QString::fromUtf8(r.err)}};
    };
    QJsonArray classes;
    for (const QJsonValue &v : get({u"get"_s, u"storageclasses"_s}).value("items"_L1).toArray())
        classes.append(essence(v.toObject()));
    QJsonArray bindings;
    for (const QJsonValue &v :
         get({u"get"_s, u"rolebindings"_s, u"-n"_s, u"team-a"_s}).value("items"_L1).toArray())
        bindings.append(essence(v.toObject()));
    return {{u"storageclasses"_s, classes},
            {u"config"_s, essence(get({u"get"_s, s_config, u"cluster"_s}))},
            {u"rolebindings"_s, bindings}};
}

QString seedStepsDifference(const QJsonObject &ours, const QJsonObject &theirs)
{
    QString out;
    for (const QString &part : ours.keys()) {
        if (ours.value(part) != theirs.value(part))
            out += part + u":\n"_s + dump(ours.value(part)) + u"\nthe seed's:\n"_s
                + dump(theirs.value(part));
    }
    return out;
}

} // namespace Berth::Test
