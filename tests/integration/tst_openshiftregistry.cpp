// SPDX-License-Identifier: Apache-2.0
// The sandbox's OpenShift registry front (a real docker-registry behind OpenShift's auth,
// RBAC and ImageStreams), driven by berthctl, kubectl and skopeo as kubeadmin, developer
// and viewer.
#include "oci/digest.h"
#include "registryprocess.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Test;

class tst_OpenShiftRegistry : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_work;
    QString m_digest;

    QString certDir() const { return m_work.filePath(u"router-ca"_s); }
    QString registry() const { return m_sandbox.registryUrl().authority(); }
    QString image() const { return u"oci:"_s + m_work.filePath(u"image"_s) + u":v1"_s; }
    QProcessEnvironment env(const QString &home) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, home);
        e.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        e.remove(u"KUBECONFIG"_s);
        e.remove(u"REGISTRY_AUTH_FILE"_s);
        e.insert(u"LC_ALL"_s, u"C"_s);
        return e;
    }
    /// berthctl as `who`, logged in to the sandbox with its own kubeconfig.
    ProcessResult as(const QString &who, const QStringList &args)
    {
        const QString home = m_work.filePath(u"home-"_s + who);
        if (!QFile::exists(home + u"/.kube/config"_s)) {
            QDir().mkpath(home);
            const ProcessResult login = runProgram(
                QStringLiteral(BERTHCTL_BINARY),
                {u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s,
                 m_sandbox.token(who), u"--certificate-authority"_s, m_sandbox.apiCaFile()},
                env(home));
            if (login.exitCode != 0)
                qWarning() << login.err;
        }
        return runProgram(QStringLiteral(BERTHCTL_BINARY), args, env(home));
    }
    ProcessResult kubectl(const QStringList &args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"KUBECONFIG"_s, m_sandbox.kubeconfig());
        e.insert(u"HOME"_s, m_work.path());
        return runProgram(QStringLiteral(KUBECTL_BINARY), args, e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_digest = makeOciImage(m_work.filePath(u"image"_s), u"v1"_s, 2, 64 * 1024);
        QDir().mkpath(certDir());
        QVERIFY(QFile::copy(m_sandbox.dataDir() + u"/router-ca.crt"_s, certDir() + u"/ca.crt"_s));
    }

    void routerAnswers503UntilTheRegistryIsDeployed()
    {
        const ProcessResult r = as(
            u"kubeadmin"_s,
            {u"image"_s, u"tags"_s, registry() + u"/team-a/app"_s, u"--cert-dir"_s, certDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("503") && r.err.contains("Application is not available"),
                 r.err.constData());
    }

    void deployTheRegistry() { QVERIFY(m_sandbox.deployRegistry()); }

    void kubeadminPushesWithTheKubeconfigToken()
    {
        // No --creds: the registry is the cluster's own, so the login's token is used.
        ProcessResult r = as(u"kubeadmin"_s,
                             {u"image"_s, u"push"_s, image(), registry() + u"/team-a/app:v1"_s,
                              u"--cert-dir"_s, certDir()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_digest.toUtf8());
        // The push made the ImageStream and its tag in the API.
        r = kubectl(
            {u"get"_s, u"imagestream"_s, u"app"_s, u"-n"_s, u"team-a"_s, u"-o"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stream = QJsonDocument::fromJson(r.out).object();
        const QJsonObject tag = stream["status"_L1]["tags"_L1][0].toObject();
        QCOMPARE(tag["tag"_L1].toString(), u"v1"_s);
        QCOMPARE(tag["items"_L1][0]["image"_L1].toString(), m_digest);
        QCOMPARE(
            kubectl({u"get"_s, u"imagestreamtag"_s, u"app:v1"_s, u"-n"_s, u"team-a"_s}).exitCode,
            0);
        // Tags come from the ImageStream; a project lists its ImageStreams.
        r = as(u"kubeadmin"_s,
               {u"image"_s, u"tags"_s, registry() + u"/team-a/app"_s, u"--cert-dir"_s, certDir()});
        QCOMPARE(r.out, QByteArray("v1\n"));
        r = as(u"kubeadmin"_s, {u"image"_s, u"ls"_s, u"team-a"_s});
        QCOMPARE(r.out, QByteArray("team-a/app\n"));
    }

    void skopeoReadsThroughTheSameFront()
    {
        // As podman login -u kubeadmin -p $(oc whoami -t): Basic anything:TOKEN, /openshift/token.
        const ProcessResult r
            = runProgram(u"skopeo"_s,
                         {u"inspect"_s, u"--raw"_s, u"--cert-dir"_s, certDir(), u"--creds"_s,
                          u"kubeadmin:"_s + m_sandbox.token(u"kubeadmin"_s),
                          u"docker://"_s + registry() + u"/team-a/app:v1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(Berth::Oci::Digest::sha256(r.out).toString(), m_digest);
    }

    void bearerChallengeThroughTheTokenEndpoint()
    {
        // --creds: the front challenges (Bearer realm=https://HOST/openshift/token), Berth asks
        // the realm with Basic ANYTHING:TOKEN and uses the token it gets back.
        ProcessResult r
            = as(u"kubeadmin"_s,
                 {u"image"_s, u"tags"_s, registry() + u"/team-a/app"_s, u"--cert-dir"_s, certDir(),
                  u"--creds"_s, u"anyone:"_s + m_sandbox.token(u"kubeadmin"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("v1\n"));
        r = as(u"kubeadmin"_s,
               {u"image"_s, u"tags"_s, registry() + u"/team-a/app"_s, u"--cert-dir"_s, certDir(),
                u"--creds"_s, u"anyone:sha256~wrong"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("authentication required") || r.err.contains("credentials"),
                 r.err.constData());
    }

    void rbacOnImagestreamLayers()
    {
        // developer cannot read the cluster's registry hostnames, but team-a's ImageStreams
        // say where they are pushed (publicDockerImageRepository, as oc registry login reads
        // it): the login's token goes there.
        ProcessResult r = as(u"developer"_s,
                             {u"image"_s, u"push"_s, image(), registry() + u"/team-a/dev:v0"_s,
                              u"--cert-dir"_s, certDir()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // viewer may read nothing of the kind: Berth does not hand the login's token to a
        // registry it cannot recognise, and says how to pass it.
        r = as(u"viewer"_s,
               {u"image"_s, u"push"_s, image(), registry() + u"/team-a/dev:v1"_s, u"--cert-dir"_s,
                certDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--registry-token"), r.err.constData());
        const auto pushAs = [this](const QString &who, const QString &target) {
            return as(who,
                      {u"image"_s, u"push"_s, image(), registry() + target, u"--cert-dir"_s,
                       certDir(), u"--registry-token"_s,
                       QString::fromUtf8(as(who, {u"whoami"_s, u"-t"_s}).out.trimmed())});
        };
        const auto pullAs
            = [this](const QString &who, const QString &source, const QString &target) {
                  return as(who,
                            {u"image"_s, u"pull"_s, registry() + source, target, u"--cert-dir"_s,
                             certDir(), u"--registry-token"_s,
                             QString::fromUtf8(as(who, {u"whoami"_s, u"-t"_s}).out.trimmed())});
              };
        // developer administers team-a, and nothing else.
        r = pushAs(u"developer"_s, u"/team-a/dev:v1"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = pushAs(u"developer"_s, u"/default/dev:v1"_s);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        // viewer may not pull until granted registry-viewer, and may not push even then.
        const QString pulled = u"oci:"_s + m_work.filePath(u"viewer-pull"_s) + u":v1"_s;
        r = pullAs(u"viewer"_s, u"/team-a/app:v1"_s, pulled);
        QCOMPARE(r.exitCode, 1);
        // The registry answers 401 to a good token denied: Berth says what is missing.
        QVERIFY2(r.err.contains("viewer may not pull from team-a/app: that needs get on "
                                "imagestreams/layers in project team-a, which the "
                                "registry-viewer role grants (oc policy add-role-to-user "
                                "registry-viewer viewer -n team-a)"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("none were given") && !r.err.contains("invalid or expired"),
                 r.err.constData());
        QCOMPARE(kubectl({u"create"_s, u"rolebinding"_s, u"registry-viewer"_s,
                          u"--clusterrole=registry-viewer"_s, u"--group=ocp-user-group"_s, u"-n"_s,
                          u"team-a"_s})
                     .exitCode,
                 0);
        r = pullAs(u"viewer"_s, u"/team-a/app:v1"_s, pulled);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = pushAs(u"viewer"_s, u"/team-a/app:v2"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("viewer may not push to team-a/app: that needs update on "
                                "imagestreams/layers in project team-a, which the "
                                "registry-editor role grants"),
                 r.err.constData());
        // A token the API refuses too is still called invalid.
        r = as(u"viewer"_s,
               {u"image"_s, u"push"_s, image(), registry() + u"/team-a/app:v2"_s, u"--cert-dir"_s,
                certDir(), u"--registry-token"_s, u"sha256~not-a-token"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains("may not push"), r.err.constData());
    }

    void registryDeletesAreNotTheWay()
    {
        // Through the registry API (an explicit token skips the ImageStream path): by digest,
        // 405 while the ImageStream still tags it.
        const ProcessResult r
            = as(u"kubeadmin"_s,
                 {u"image"_s, u"rm"_s, registry() + u"/team-a/app:v1"_s, u"--cert-dir"_s, certDir(),
                  u"--registry-token"_s, m_sandbox.token(u"kubeadmin"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("UNSUPPORTED"), r.err.constData());
        QCOMPARE(
            kubectl({u"get"_s, u"imagestreamtag"_s, u"app:v1"_s, u"-n"_s, u"team-a"_s}).exitCode,
            0);
    }

    void removeUntagsThroughTheApi()
    {
        const ProcessResult r = as(
            u"kubeadmin"_s,
            {u"image"_s, u"rm"_s, registry() + u"/team-a/app:v1"_s, u"--cert-dir"_s, certDir()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // When the space comes back, as the cluster's image pruner says (the sample's: the
        // default schedule, three revisions kept).
        QVERIFY2(r.err.contains("Untagged team-a/app:v1 (ImageStreamTag deleted). The space comes "
                                "back when the image pruner runs (daily at midnight)")
                     && r.err.contains("not among the 3 newest revisions of a tag."),
                 r.err.constData());
        QCOMPARE(
            kubectl({u"get"_s, u"imagestreamtag"_s, u"app:v1"_s, u"-n"_s, u"team-a"_s}).exitCode,
            1);
        const ProcessResult tags = as(
            u"kubeadmin"_s,
            {u"image"_s, u"tags"_s, registry() + u"/team-a/app"_s, u"--cert-dir"_s, certDir()});
        QCOMPARE(tags.out, QByteArray());

        // viewer, with registry-viewer in team-a, may not: the role that allows it is named.
        const ProcessResult refused
            = as(u"viewer"_s,
                 {u"-n"_s, u"team-a"_s, u"image"_s, u"rm"_s, registry() + u"/team-a/dev:v0"_s,
                  u"--cert-dir"_s, certDir()}); // the project whose streams name the registry
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("which the registry-editor role grants (oc policy "
                                      "add-role-to-user registry-editor viewer -n team-a)"),
                 refused.err.constData());
        // developer may untag in team-a but not read the cluster's pruner: that is said.
        ProcessResult dev = as(
            u"developer"_s,
            {u"image"_s, u"rm"_s, registry() + u"/team-a/dev:v0"_s, u"--cert-dir"_s, certDir()});
        QVERIFY2(
            dev.exitCode == 0
                && dev.err.contains("when the image pruner runs is not known: Permission denied"),
            dev.err.constData());
        // A suspended pruner frees nothing by itself.
        QCOMPARE(kubectl({u"patch"_s, u"imagepruner"_s, u"cluster"_s, u"--type=merge"_s, u"-p"_s,
                          u"{\"spec\":{\"suspend\":true}}"_s})
                     .exitCode,
                 0);
        dev = as(
            u"kubeadmin"_s,
            {u"image"_s, u"rm"_s, registry() + u"/team-a/dev:v1"_s, u"--cert-dir"_s, certDir()});
        QVERIFY2(dev.exitCode == 0
                     && dev.err.contains("The image pruner is suspended: the space comes back only "
                                         "when images are pruned by hand (oc adm prune images "
                                         "--confirm)."),
                 dev.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_OpenShiftRegistry)
#include "tst_openshiftregistry.moc"
