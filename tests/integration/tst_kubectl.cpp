// SPDX-License-Identifier: Apache-2.0
// The real kubectl against berth-sandbox: the sandbox must behave as an OpenShift API server.
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Berth::Test::ProcessResult;

class tst_Kubectl : public QObject
{
    Q_OBJECT

private:
    /// kubectl auth can-i VERB RESOURCE -n NAMESPACE as `token`'s user: "yes" or "no".
    QByteArray canI(const QString &verb, const QString &resource, const QString &ns,
                    const QString &token)
    {
        return kubectl({u"auth"_s, u"can-i"_s, verb, resource, u"-n"_s, ns}, token).out.trimmed();
    }
    QProcessEnvironment kubectlEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KUBECONFIG"_s, m_sandbox.kubeconfig());
        env.insert(u"HOME"_s, m_home.path());
        return env;
    }
    ProcessResult kubectl(const QStringList &args, const QString &token = {})
    {
        QStringList all = args;
        if (!token.isEmpty())
            all.prepend(u"--token="_s + token);
        return Berth::Test::runProgram(QStringLiteral(KUBECTL_BINARY), all, kubectlEnvironment());
    }
    /// Starts `kubectl ARGS` and leaves it running (a watch).
    void startKubectl(QProcess &process, const QStringList &args)
    {
        process.setProcessEnvironment(kubectlEnvironment());
        process.start(QStringLiteral(KUBECTL_BINARY), args);
    }
    void expectOk(const ProcessResult &r) { QVERIFY2(r.exitCode == 0, r.err.constData()); }
    QJsonObject getJson(const QStringList &args)
    {
        const ProcessResult r = kubectl(args + QStringList {u"-o"_s, u"json"_s});
        return QJsonDocument::fromJson(r.out).object();
    }

    Berth::Test::SandboxProcess m_sandbox;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void oversizedRequestsAreRefusedAsTheApiServerRefusesThem()
    {
        // kube-apiserver reads 3 MiB of a body at most (413); an object may hold 1 MiB (422).
        const QString big = m_home.filePath(u"big"_s);
        const QString large = m_home.filePath(u"large"_s);
        for (const auto &[path, size] : {std::pair {big, 4}, std::pair {large, 2}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(size * 1024 * 1024 - 1000, 'x'));
        }
        ProcessResult r = kubectl({u"create"_s, u"configmap"_s, u"big"_s, u"-n"_s, u"team-a"_s,
                                   u"--from-file=data="_s + big});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Request entity too large: limit is 3145728"), r.err.constData());
        r = kubectl({u"create"_s, u"configmap"_s, u"large"_s, u"-n"_s, u"team-a"_s,
                     u"--from-file=data="_s + large});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Too long: must have at most 1048576 bytes"), r.err.constData());
        for (const QString &name : {u"big"_s, u"large"_s})
            QVERIFY(kubectl({u"get"_s, u"configmap"_s, name, u"-n"_s, u"team-a"_s}).exitCode != 0);
    }

    void malformedChunkSizesAreRefusedAndTheSandboxStaysUp_data()
    {
        QTest::addColumn<QByteArray>("chunkSize");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("negative") << QByteArray("-10") << QByteArray("400");
        QTest::newRow("does not fit in 63 bits")
            << QByteArray("7fffffffffffffff") << QByteArray("400");
        QTest::newRow("over the body limit") << QByteArray("7ffffffffffffff") << QByteArray("413");
        QTest::newRow("not hex") << QByteArray("zz") << QByteArray("400");
        QTest::newRow("signed") << QByteArray("+5") << QByteArray("400");
    }
    void malformedChunkSizesAreRefusedAndTheSandboxStaysUp()
    {
        QFETCH(QByteArray, chunkSize);
        QFETCH(QByteArray, status);
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(m_sandbox.apiUrl().host(),
                                      quint16(m_sandbox.apiUrl().port()));
        QVERIFY(socket.waitForEncrypted(10000));
        socket.write("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: sandbox\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n"
                     + chunkSize + "\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n"), 10000);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.constData());
        expectOk(kubectl({u"get"_s, u"--raw"_s, u"/version"_s})); // still serving
    }

    void theRegistryGoesWithTheSandboxWhenItIsKilled()
    {
        Berth::Test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const qint64 pid = sandbox.processId();
        QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const QList<QByteArray> pids = children.readAll().trimmed().split(' ');
        QCOMPARE(pids.size(), 1); // docker-registry
        const qint64 registry = pids.first().toLongLong();
        QVERIFY(registry > 0);
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        // Gone, or a zombie waiting for whoever adopted it.
        auto gone = [registry] {
            QFile stat(u"/proc/%1/stat"_s.arg(registry));
            return !stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z ");
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
    }

    void discovery()
    {
        const ProcessResult r = kubectl({u"get"_s, u"--raw"_s, u"/apis"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject groups = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(groups.value("kind"_L1).toString(), u"APIGroupList"_s);
        QStringList names;
        for (const QJsonValue &g : groups.value("groups"_L1).toArray())
            names.append(g.toObject().value("name"_L1).toString());
        QVERIFY(names.contains(u"imageregistry.operator.openshift.io"_s));
        QVERIFY(names.contains(u"route.openshift.io"_s));
        const ProcessResult resources
            = kubectl({u"api-resources"_s, u"--api-group=imageregistry.operator.openshift.io"_s});
        QCOMPARE(resources.exitCode, 0);
        QVERIFY(resources.out.contains("configs"));
        QVERIFY(resources.out.contains("imagepruners"));
    }

    void getStorageClasses()
    {
        const ProcessResult r = kubectl({u"get"_s, u"storageclass"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("thin"));
        QVERIFY(r.out.contains("ontap-gold"));
        const QJsonObject thin = getJson({u"get"_s, u"storageclass"_s, u"thin"_s});
        QCOMPARE(thin.value("provisioner"_L1).toString(), u"kubernetes.io/vsphere-volume"_s);
    }

    void strategicMergePatchOfTheSeed()
    {
        // The seed's first step, verbatim: oc patch storageclass thin -p '...' (strategic).
        ProcessResult r = kubectl(
            {u"patch"_s, u"storageclass"_s, u"thin"_s, u"-p"_s,
             uR"({"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "false"}}})"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("storageclass.storage.k8s.io/thin patched"));
        r = kubectl(
            {u"patch"_s, u"storageclass"_s, u"ontap-gold"_s, u"-p"_s,
             uR"({"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "true"}}})"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject thin = getJson({u"get"_s, u"storageclass"_s, u"thin"_s});
        QCOMPARE(
            thin["metadata"_L1]["annotations"_L1]["storageclass.kubernetes.io/is-default-class"_L1]
                .toString(),
            u"false"_s);
        const QJsonObject gold = getJson({u"get"_s, u"storageclass"_s, u"ontap-gold"_s});
        QCOMPARE(
            gold["metadata"_L1]["annotations"_L1]["storageclass.kubernetes.io/is-default-class"_L1]
                .toString(),
            u"true"_s);
    }

    void strategicPatchRefusedOnCustomResources()
    {
        const ProcessResult r
            = kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                       u"-p"_s, uR"({"spec":{"defaultRoute":true}})"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unknown format") || r.err.contains("not supported"),
                 r.err.constData());
    }

    void mergePatchRegistryConfig()
    {
        const ProcessResult r
            = kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                       u"--type=merge"_s, u"-p"_s, uR"({"spec":{"defaultRoute":true}})"_s});
        QCOMPARE(r.exitCode, 0);
        const ProcessResult yaml
            = kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                       u"-o"_s, u"yaml"_s});
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY(yaml.out.contains("defaultRoute: true"));
        QVERIFY(yaml.out.contains("kind: Config"));
    }

    void invalidRegistryConfigIs422()
    {
        const ProcessResult r = kubectl(
            {u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
             u"--type=merge"_s, u"-p"_s, uR"({"spec":{"managementState":"Foo"}})"_s, u"-v=6"_s});
        QVERIFY(r.exitCode != 0); // 1; kubectl before 1.21 exits 255 at -v=6
        QVERIFY2(r.err.contains("422"), r.err.right(400).constData());
        QVERIFY(r.err.contains("spec.managementState: Invalid value: \"Foo\""));
        QVERIFY(r.err.contains("^(Managed|Unmanaged|Force|Removed)$"));
    }

    void serverDryRunChangesNothing()
    {
        ProcessResult r
            = kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                       u"--type=merge"_s, u"-p"_s, uR"({"spec":{"logLevel":"Debug"}})"_s,
                       u"--dry-run=server"_s, u"-o"_s, u"jsonpath={.spec.logLevel}"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Debug"));
        r = kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                     u"-o"_s, u"jsonpath={.spec.logLevel}"_s});
        QCOMPARE(r.out, QByteArray("Normal"));
    }

    void staleReplaceIs409()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cm.json"_s);
        QCOMPARE(kubectl({u"create"_s, u"configmap"_s, u"stale"_s, u"-n"_s, u"team-a"_s,
                          u"--from-literal=a=1"_s})
                     .exitCode,
                 0);
        const ProcessResult saved = kubectl(
            {u"get"_s, u"configmap"_s, u"stale"_s, u"-n"_s, u"team-a"_s, u"-o"_s, u"json"_s});
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(saved.out);
        f.close();
        QCOMPARE(kubectl({u"label"_s, u"configmap"_s, u"stale"_s, u"-n"_s, u"team-a"_s,
                          u"changed=yes"_s})
                     .exitCode,
                 0);
        const ProcessResult r = kubectl({u"replace"_s, u"-f"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Conflict") && r.err.contains("the object has been modified"),
                 r.err.constData());
    }

    void createRoleBindingAndCanI()
    {
        const QString viewer = m_sandbox.token(u"viewer"_s);
        QCOMPARE(canI(u"get"_s, u"imagestreams/layers"_s, u"team-a"_s, viewer), QByteArray("no"));
        // oc policy add-role-to-user registry-viewer viewer -n team-a, done with kubectl.
        const QStringList bind {u"create"_s,          u"rolebinding"_s,
                                u"registry-viewer"_s, u"--clusterrole=registry-viewer"_s,
                                u"--user=viewer"_s,   u"-n"_s,
                                u"team-a"_s};
        ProcessResult r = kubectl(bind);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("rolebinding.rbac.authorization.k8s.io/registry-viewer created"));
        QCOMPARE(canI(u"get"_s, u"imagestreams/layers"_s, u"team-a"_s, viewer), QByteArray("yes"));
        QCOMPARE(canI(u"update"_s, u"imagestreams/layers"_s, u"team-a"_s, viewer),
                 QByteArray("no"));
        QCOMPARE(canI(u"get"_s, u"imagestreams/layers"_s, u"default"_s, viewer), QByteArray("no"));
        // A second create is AlreadyExists.
        r = kubectl(bind);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("AlreadyExists") || r.err.contains("already exists"));
    }

    void rbacDeniesWithTheRealMessage()
    {
        const ProcessResult r
            = kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s},
                      m_sandbox.token(u"developer"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("configs.imageregistry.operator.openshift.io \"cluster\" is "
                                "forbidden: User \"developer\" "
                                "cannot get resource \"configs\" in API group "
                                "\"imageregistry.operator.openshift.io\" at the "
                                "cluster scope"),
                 r.err.constData());
        // developer administers team-a.
        QCOMPARE(canI(u"create"_s, u"rolebindings"_s, u"team-a"_s, m_sandbox.token(u"developer"_s)),
                 QByteArray("yes"));
    }

    void unknownTokenIs401()
    {
        const ProcessResult r = kubectl({u"get"_s, u"storageclass"_s}, u"sha256~not-a-token"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Unauthorized") || r.err.contains("must be logged in"),
                 r.err.constData());
    }

    void operatorBringsTheRegistryUp()
    {
        // Trident as the default class, then the seed's registry steps.
        expectOk(kubectl(
            {u"patch"_s, u"storageclass"_s, u"thin"_s, u"-p"_s,
             uR"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}})"_s}));
        expectOk(kubectl(
            {u"patch"_s, u"storageclass"_s, u"ontap-gold"_s, u"-p"_s,
             uR"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}})"_s}));
        ProcessResult r = kubectl(
            {u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
             u"--type=merge"_s, u"-p"_s,
             uR"({"spec":{"managementState":"Managed","storage":{"pvc":{"claim":""}}}})"_s});
        QCOMPARE(r.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                     u"-o"_s, uR"(jsonpath={.status.conditions[?(@.type=="Available")].reason})"_s})
                    .out
                == "Ready",
            20000);
        const QJsonObject pvc = getJson({u"get"_s, u"pvc"_s, u"image-registry-storage"_s, u"-n"_s,
                                         u"openshift-image-registry"_s});
        QCOMPARE(pvc["status"_L1]["phase"_L1].toString(), u"Bound"_s);
        QCOMPARE(pvc["spec"_L1]["accessModes"_L1][0].toString(), u"ReadWriteMany"_s);
        QCOMPARE(pvc["spec"_L1]["storageClassName"_L1].toString(), u"ontap-gold"_s);
        QCOMPARE(kubectl({u"get"_s, u"route"_s, u"default-route"_s, u"-n"_s,
                          u"openshift-image-registry"_s})
                     .exitCode,
                 0);
        const QJsonObject image
            = getJson({u"get"_s, u"images.config.openshift.io"_s, u"cluster"_s});
        const QString first = image["status"_L1]["externalRegistryHostnames"_L1][0].toString();
        QCOMPARE(first, m_sandbox.registryUrl().authority());
        QVERIFY(kubectl({u"get"_s, u"deployment"_s, u"image-registry"_s, u"-n"_s,
                         u"openshift-image-registry"_s})
                    .exitCode
                == 0);
    }

    // After operatorBringsTheRegistryUp: the registry's claim, route, deployment and pods exist.
    void getPrintsTheColumnsOpenShiftPrints_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("cells");
        const QString registryNs = u"openshift-image-registry"_s;
        QTest::newRow("storage classes")
            << QStringList {u"sc"_s}
            << u"NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE"_s
            << QStringList {u"ontap-gold (default) csi.trident.netapp.io Delete"_s,
                            u"thin kubernetes.io/vsphere-volume Delete"_s};
        QTest::newRow("one storage class")
            << QStringList {u"sc"_s, u"thin"_s} << u"NAME PROVISIONER RECLAIMPOLICY"_s
            << QStringList {u"thin kubernetes.io/vsphere"_s};
        QTest::newRow("sorted by a field of the object")
            << QStringList {u"sc"_s, u"--sort-by=.provisioner"_s, u"--no-headers"_s} << QString()
            << QStringList {u"ontap-gold (default) csi.trident.netapp.io"_s};
        QTest::newRow("cluster operator")
            << QStringList {u"co"_s} << u"NAME VERSION AVAILABLE PROGRESSING DEGRADED SINCE"_s
            << QStringList {u"image-registry 4.16.21 True False False"_s};
        QTest::newRow("cluster version")
            << QStringList {u"clusterversion"_s}
            << u"NAME VERSION AVAILABLE PROGRESSING SINCE STATUS"_s
            << QStringList {u"version 4.16.21 True False"_s, u" Cluster version is 4.16.21"_s};
        QTest::newRow("role bindings, wide")
            << QStringList {u"rolebinding"_s, u"admin"_s, u"-n"_s, u"team-a"_s, u"-o"_s, u"wide"_s}
            << u"NAME ROLE AGE USERS GROUPS SERVICEACCOUNTS"_s
            << QStringList {u"admin ClusterRole/admin"_s, u"developer"_s};
        QTest::newRow("projects") << QStringList {u"projects"_s} << u"NAME DISPLAY NAME STATUS"_s
                                  << QStringList {u"team-a Active"_s};
        QTest::newRow("claim")
            << QStringList {u"pvc"_s, u"-n"_s, registryNs}
            << u"NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE"_s
            << QStringList {u"image-registry-storage Bound"_s, u"RWX ontap-gold <unset>"_s};
        QTest::newRow("route") << QStringList {u"route"_s, u"-n"_s, registryNs}
                               << u"NAME HOST/PORT PATH SERVICES PORT TERMINATION WILDCARD"_s
                               << QStringList {
                                      u"default-route default-route-openshift-image-registry."_s,
                                      u"image-registry"_s, u"None"_s};
        QTest::newRow("deployment") << QStringList {u"deployment"_s, u"-n"_s, registryNs}
                                    << u"NAME READY UP-TO-DATE AVAILABLE AGE"_s
                                    << QStringList {u"image-registry 1/1 1 1"_s};
        QTest::newRow("pods") << QStringList {u"pods"_s, u"-n"_s, registryNs}
                              << u"NAME READY STATUS RESTARTS AGE"_s
                              << QStringList {u"1/1 Running 0"_s};
        QTest::newRow("every namespace")
            << QStringList {u"rolebindings"_s, u"-A"_s} << u"NAMESPACE NAME ROLE AGE"_s
            << QStringList {u"team-a admin ClusterRole/admin"_s};
        QTest::newRow("labels") << QStringList {u"ns"_s, u"team-a"_s, u"--show-labels"_s}
                                << u"NAME STATUS AGE LABELS"_s << QStringList {u"team-a Active"_s};
    }
    void getPrintsTheColumnsOpenShiftPrints()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, header);
        QFETCH(QStringList, cells);
        const ProcessResult r = kubectl(QStringList {u"get"_s} + arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        if (!header.isEmpty())
            QCOMPARE(lines.first().simplified().left(header.size()), header);
        for (const QString &cell : cells)
            QVERIFY2(r.out.simplified().contains(cell.toUtf8()), r.out.constData());
        // JSON is what it was: the objects, not their rows.
        const QJsonObject json = getJson(QStringList {u"get"_s} + arguments);
        QVERIFY(json.value("kind"_L1).toString() != u"Table");
        QVERIFY(!json.contains("rows"_L1));
    }

    void getWatchPrintsRows()
    {
        QProcess watch;
        startKubectl(watch, {u"get"_s, u"configmaps"_s, u"-n"_s, u"team-a"_s, u"--watch"_s});
        QVERIFY(watch.waitForStarted());
        QByteArray seen;
        // The list's header first; the watch starts from the list's resourceVersion.
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch.readAllStandardOutput()).contains("DATA"), 15000);
        expectOk(kubectl({u"create"_s, u"configmap"_s, u"printed"_s, u"-n"_s, u"team-a"_s,
                          u"--from-literal=a=1"_s, u"--from-literal=b=2"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += watch.readAllStandardOutput()).simplified().contains("printed 2 "), 15000);
        watch.kill();
        watch.waitForFinished();
    }

    void watchStreamsChanges()
    {
        QProcess watch;
        startKubectl(watch,
                     {u"get"_s, u"configmaps"_s, u"-n"_s, u"team-a"_s, u"--watch"_s,
                      u"--output-watch-events"_s, u"-o"_s, u"json"_s});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(1500);
        expectOk(kubectl({u"create"_s, u"configmap"_s, u"watched"_s, u"-n"_s, u"team-a"_s}));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch.readAllStandardOutput()).contains("\"ADDED\"")
                                     && seen.contains("\"watched\""),
                                 10000);
        watch.kill();
        watch.waitForFinished();
    }

    void persistsAcrossRestart()
    {
        expectOk(kubectl({u"create"_s, u"configmap"_s, u"kept"_s, u"-n"_s, u"team-a"_s}));
        QTest::qWait(500); // the sandbox batches its writes (200 ms)
        m_sandbox.stop();
        QCOMPARE(m_sandbox.exitCode(), 0);
        // Same data dir: start a second process on it.
        QProcess p;
        p.start(QStringLiteral(BERTH_SANDBOX_BINARY), {u"--data-dir"_s, m_sandbox.dataDir()});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()),
                                 15000);
        QVERIFY(p.readLine().startsWith("ready "));
        QCOMPARE(kubectl({u"get"_s, u"configmap"_s, u"kept"_s, u"-n"_s, u"team-a"_s}).exitCode, 0);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        // --reset starts from the initial state.
        p.start(QStringLiteral(BERTH_SANDBOX_BINARY),
                {u"--data-dir"_s, m_sandbox.dataDir(), u"--reset"_s});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()),
                                 15000);
        QVERIFY(p.readLine().startsWith("ready "));
        QCOMPARE(kubectl({u"get"_s, u"configmap"_s, u"kept"_s, u"-n"_s, u"team-a"_s}).exitCode, 1);
        QCOMPARE(kubectl({u"get"_s, u"storageclass"_s, u"thin"_s}).exitCode, 0);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(tst_Kubectl)
#include "tst_kubectl.moc"
