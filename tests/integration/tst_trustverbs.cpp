// SPDX-License-Identifier: Apache-2.0
// berthctl trust: the registry's CA from each source, and the cluster's trust of it, against a
// fresh berth-sandbox whose registry front is signed by its router CA; what it makes is compared
// with what the procedure's own commands make (kubectl create configmap, kubectl patch).
#include "certificateauthority.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Berth::Test::ProcessResult;

class tst_TrustVerbs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Berth::Test::SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;

    ProcessResult berthctl(const QStringList &args)
    {
        return m_sandbox->berthctl(args, m_home->path());
    }
    QString registryHost() const { return m_sandbox->registryUrl().authority(); }
    QString key() const
    {
        return u"127.0.0.1.."_s + QString::number(m_sandbox->registryUrl().port());
    }
    QByteArray routerCa() const
    {
        QFile f(m_sandbox->dataDir() + u"/router-ca.crt"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QJsonObject get(const QStringList &what)
    {
        const ProcessResult r
            = m_sandbox->kubectl(QStringList {u"get"_s} + what + QStringList {u"-o"_s, u"json"_s});
        return QJsonDocument::fromJson(r.out).object();
    }
    QString trustedConfigMap()
    {
        return get({u"image.config.openshift.io"_s, u"cluster"_s})
            .value("spec"_L1)
            .toObject()
            .value("additionalTrustedCA"_L1)
            .toObject()
            .value("name"_L1)
            .toString();
    }
    QJsonObject configMapData(const QString &name)
    {
        return get({u"configmap"_s, name, u"-n"_s, u"openshift-config"_s})
            .value("data"_L1)
            .toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Berth::Test::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }
    void cleanup() { m_sandbox.reset(); }

    void fetchCaGivesTheSourceThatVerifiesTheRoute()
    {
        const ProcessResult r = berthctl({u"trust"_s, u"fetch-ca"_s, u"--host"_s, registryHost()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, routerCa());
        QVERIFY2(r.err.contains(QByteArray(
                     "router-ca (secret/router-ca -n openshift-ingress-operator): verifies "
                     + registryHost().toUtf8())),
                 r.err.constData());
        QVERIFY(r.err.contains("Berth recommends it."));

        // -o FILE, as oc extract: never over an existing file without --confirm.
        const QString file = m_home->filePath(u"tls.crt"_s);
        QCOMPARE(berthctl({u"trust"_s, u"fetch-ca"_s, u"-o"_s, file}).exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), routerCa());
        written.close();
        QVERIFY(written.open(QIODevice::WriteOnly | QIODevice::Truncate));
        written.write("mine\n");
        written.close();
        const ProcessResult again = berthctl({u"trust"_s, u"fetch-ca"_s, u"-o"_s, file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists; add --confirm to replace it"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("mine\n"));
        written.close();
        QCOMPARE(berthctl({u"trust"_s, u"fetch-ca"_s, u"-o"_s, file, u"--confirm"_s}).exitCode, 0);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), routerCa());

        // -o json: every source and the choice, for scripts.
        const ProcessResult json = berthctl({u"trust"_s, u"fetch-ca"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("recommended"_L1).toString(), u"router-ca"_s);
        QCOMPARE(o.value("pem"_L1).toString().toLatin1(), routerCa());
    }

    void aReplacedIngressCertificateMakesRouterCaTheWrongAnchor()
    {
        // An administrator replaced what router-ca holds: it no longer signs the route, and
        // Berth says so and recommends the source that does.
        const auto stranger = Berth::Sandbox::CertificateAuthority::create(u"someone-else"_s);
        const QByteArray pem = stranger.pair().certificatePem;
        const QString patch
            = u"{\"data\":{\"tls.crt\":\""_s + QString::fromLatin1(pem.toBase64()) + u"\"}}"_s;
        QCOMPARE(m_sandbox
                     ->kubectl({u"patch"_s, u"secret"_s, u"router-ca"_s, u"-n"_s,
                                u"openshift-ingress-operator"_s, u"--type=merge"_s, u"-p"_s, patch})
                     .exitCode,
                 0);
        const ProcessResult r = berthctl({u"trust"_s, u"fetch-ca"_s, u"--host"_s, registryHost()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, routerCa()); // the bundle default-ingress-cert publishes
        QVERIFY2(r.err.contains("router-ca (secret/router-ca -n openshift-ingress-operator): does "
                                "not verify"),
                 r.err.constData());
        QVERIFY(r.err.contains("configmap/default-ingress-cert -n openshift-config-managed "
                               "verifies the certificate"));
        // Asked for by name, router-ca is still given.
        const ProcessResult asked = berthctl({u"trust"_s, u"fetch-ca"_s, u"--host"_s,
                                              registryHost(), u"--source"_s, u"router-ca"_s});
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(asked.out, pem);
        QCOMPARE(berthctl({u"trust"_s, u"fetch-ca"_s, u"--source"_s, u"nope"_s}).exitCode, 2);
    }

    void trustClusterMakesWhatTheProceduresCommandsMake()
    {
        const ProcessResult dry = berthctl({u"trust"_s, u"cluster"_s, u"--host"_s, registryHost(),
                                            u"--configmap"_s, u"astra-ca"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(
                     QByteArray("oc create configmap astra-ca -n openshift-config --from-file="
                                + key().toUtf8() + "=/dev/stdin <<'")),
                 dry.out.constData());
        QVERIFY(dry.out.contains("oc patch image.config.openshift.io/cluster --type=merge -p "
                                 "'{\"spec\":{\"additionalTrustedCA\":{\"name\":\"astra-ca\"}}}'"));
        QCOMPARE(trustedConfigMap(), QString());
        QVERIFY(configMapData(u"astra-ca"_s).isEmpty());

        const ProcessResult r = berthctl({u"trust"_s, u"cluster"_s, u"--host"_s, registryHost(),
                                          u"--configmap"_s, u"astra-ca"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("configmap/astra-ca created\n"
                                "image.config.openshift.io/cluster patched\n"),
                 r.out.constData());
        // The procedure's commands, by kubectl, on a file holding the same CA.
        const QString file = m_home->filePath(u"tls.crt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(routerCa());
        f.close();
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"configmap"_s, u"by-kubectl"_s, u"-n"_s,
                                u"openshift-config"_s, u"--from-file="_s + key() + u'=' + file})
                     .exitCode,
                 0);
        QCOMPARE(configMapData(u"astra-ca"_s), configMapData(u"by-kubectl"_s));
        QCOMPARE(trustedConfigMap(), u"astra-ca"_s);

        // Again: nothing to do, and it says so.
        const ProcessResult again = berthctl({u"trust"_s, u"cluster"_s, u"--host"_s, registryHost(),
                                              u"--configmap"_s, u"astra-ca"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray());
        QVERIFY(again.err.contains(
            QByteArray("The cluster already trusts this CA for " + registryHost().toUtf8())));

        const ProcessResult status
            = berthctl({u"trust"_s, u"status"_s, u"--host"_s, registryHost()});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(
                     "The nodes trust the CAs of ConfigMap astra-ca in openshift-config:"),
                 status.out.constData());
        QVERIFY(QRegularExpression(QRegularExpression::escape(registryHost()) + u" +"_s
                                   + QRegularExpression::escape(key()) + u" +ingress-operator@"_s)
                    .match(QString::fromUtf8(status.out))
                    .hasMatch());
        QVERIFY(status.out.contains("verifies the certificate it presents."));
    }

    void aConfigMapAlreadyNamedGetsTheKeyAndKeepsItsOthers()
    {
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"configmap"_s, u"corp-cas"_s, u"-n"_s,
                                u"openshift-config"_s,
                                u"--from-literal=mirror.corp.example.com..5000=placeholder"_s})
                     .exitCode,
                 0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"patch"_s, u"image.config.openshift.io/cluster"_s,
                                u"--type=merge"_s, u"-p"_s,
                                u"{\"spec\":{\"additionalTrustedCA\":{\"name\":\"corp-cas\"}}}"_s})
                     .exitCode,
                 0);
        const ProcessResult r = berthctl({u"trust"_s, u"cluster"_s, u"--host"_s, registryHost(),
                                          u"--configmap"_s, u"astra-ca"_s, u"-v"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("images.config already takes its trusted CAs from ConfigMap "
                                "corp-cas"),
                 r.err.constData());
        QVERIFY(r.out.contains("oc set data configmap/corp-cas -n openshift-config --from-file="));
        QVERIFY(r.out.contains("configmap/corp-cas patched\n"));
        const QJsonObject data = configMapData(u"corp-cas"_s);
        QCOMPARE(data.value("mirror.corp.example.com..5000"_L1).toString(), u"placeholder"_s);
        QCOMPARE(data.value(key()).toString().toLatin1(), routerCa());
        QCOMPARE(trustedConfigMap(), u"corp-cas"_s);
        QVERIFY(configMapData(u"astra-ca"_s).isEmpty());
    }

    void aKeyHoldingAnotherCaIsKeptUnlessReplaced()
    {
        QCOMPARE(
            m_sandbox
                ->kubectl(
                    {u"create"_s, u"configmap"_s, u"astra-ca"_s, u"-n"_s, u"openshift-config"_s,
                     u"--from-file="_s + key() + u'=' + m_sandbox->dataDir() + u"/api-ca.crt"_s})
                .exitCode,
            0);
        const QStringList args {u"trust"_s,     u"cluster"_s,     u"--host"_s,
                                registryHost(), u"--configmap"_s, u"astra-ca"_s};
        ProcessResult r = berthctl(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QByteArray("already holds another CA for " + registryHost().toUtf8())),
            r.err.constData());
        QCOMPARE(trustedConfigMap(), QString());
        r = berthctl(QStringList {args} << u"--replace"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains(
            QByteArray("holds another CA for " + registryHost().toUtf8() + "; it is replaced.")));
        QCOMPARE(configMapData(u"astra-ca"_s).value(key()).toString().toLatin1(), routerCa());
        QCOMPARE(trustedConfigMap(), u"astra-ca"_s);
    }

    void whatTheRoutePresentsIsTakenOnlyWithItsFingerprint()
    {
        const ProcessResult json = berthctl(
            {u"trust"_s, u"fetch-ca"_s, u"--host"_s, registryHost(), u"-o"_s, u"json"_s});
        const QJsonArray sources
            = QJsonDocument::fromJson(json.out).object().value("sources"_L1).toArray();
        const QString fingerprint = sources.at(2)
                                        .toObject()
                                        .value("certificates"_L1)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value("sha256"_L1)
                                        .toString();
        QVERIFY(!fingerprint.isEmpty());
        const QStringList args {u"trust"_s,     u"fetch-ca"_s, u"--host"_s,
                                registryHost(), u"--source"_s, u"presented"_s};
        ProcessResult r = berthctl(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("taken only with its SHA-256 fingerprint"), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        r = berthctl(QStringList {args} << u"--fingerprint"_s << u"AB:CD"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("the connection may be intercepted"));
        r = berthctl(QStringList {args} << u"--fingerprint"_s << fingerprint.toLower());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, routerCa()); // the sandbox's route sends its root too
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no host") << QStringList {u"--configmap"_s, u"x"_s} << 2
                                 << QByteArray("needs --host");
        QTest::newRow("path in host")
            << QStringList {u"--host"_s, u"../x"_s} << 1 << QByteArray("is not a registry host");
        QTest::newRow("ipv6") << QStringList {u"--host"_s, u"[::1]:5000"_s} << 1
                              << QByteArray("cannot name the IPv6 address");
        QTest::newRow("configmap name")
            << QStringList {u"--host"_s, u"r.example.com"_s, u"--configmap"_s, u"Bad_Name"_s} << 1
            << QByteArray("is not a ConfigMap name");
        QTest::newRow("not a certificate")
            << QStringList {u"--host"_s, u"r.example.com"_s, u"--ca-file"_s, u"/etc/hostname"_s}
            << 1 << QByteArray("neither a PEM nor a DER");
    }
    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const ProcessResult r = berthctl(QStringList {u"trust"_s, u"cluster"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(trustedConfigMap(), QString());
    }

    void aPullSecretIsWhatOcCreateSecretDockerRegistryMakes_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::newRow("plain") << u"s3cret"_s << QString();
        QTest::newRow("with email") << u"s3cret"_s << u"ops@example.com"_s;
        QTest::newRow("characters Go escapes") << u"a<b>&c\"d\\e\u00e9"_s << QString();
        QTest::newRow("line and paragraph separators, a control character")
            << u"a\u2028b\u2029c\u0001d"_s << QString();
        QTest::newRow("outside the BMP") << u"pa\U0001F600ss"_s << QString();
    }
    void aPullSecretIsWhatOcCreateSecretDockerRegistryMakes()
    {
        QFETCH(QString, password);
        QFETCH(QString, email);
        const QString server = u"registry.example.com:5000"_s;
        QStringList kubectl {u"create"_s,
                             u"secret"_s,
                             u"docker-registry"_s,
                             u"by-kubectl"_s,
                             u"-n"_s,
                             u"team-a"_s,
                             u"--docker-server="_s + server,
                             u"--docker-username=robot"_s,
                             u"--docker-password="_s + password};
        QStringList ours {u"secret"_s, u"create-pull"_s, u"by-berth"_s, u"-n"_s,
                          u"team-a"_s, u"--server"_s,    server,        u"--username"_s,
                          u"robot"_s,  u"--password"_s,  password};
        if (!email.isEmpty()) {
            kubectl << u"--docker-email="_s + email;
            ours << u"--email"_s << email;
        }
        // The password never shows, in the review nor in the command.
        const ProcessResult dry = berthctl(QStringList {ours} << u"--dry-run"_s);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(!dry.out.contains(password.toUtf8()));
        QVERIFY(dry.out.contains("--docker-password=\"$PASSWORD\""));
        QCOMPARE(m_sandbox->kubectl(kubectl).exitCode, 0);
        const ProcessResult r = berthctl(ours);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("secret/by-berth created\n"));
        QVERIFY(r.err.contains("  imagePullSecrets:\n  - name: by-berth\n"));
        const QJsonObject theirs = get({u"secret"_s, u"by-kubectl"_s, u"-n"_s, u"team-a"_s});
        const QJsonObject mine = get({u"secret"_s, u"by-berth"_s, u"-n"_s, u"team-a"_s});
        QCOMPARE(mine.value("type"_L1), theirs.value("type"_L1));
        QCOMPARE(mine.value("data"_L1), theirs.value("data"_L1));
    }

    void aPullSecretFromTheTokenIsForTheClustersRegistryOnly()
    {
        QVERIFY(m_sandbox->deployRegistry());
        ProcessResult r = berthctl({u"secret"_s, u"create-pull"_s, u"mine"_s, u"--server"_s,
                                    u"quay.io"_s, u"--from-token"_s, u"-n"_s, u"team-a"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("quay.io is not this cluster's registry"), r.err.constData());
        r = berthctl({u"secret"_s, u"create-pull"_s, u"mine"_s, u"--server"_s, registryHost(),
                      u"--from-token"_s, u"-n"_s, u"team-a"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray config
            = QByteArray::fromBase64(get({u"secret"_s, u"mine"_s, u"-n"_s, u"team-a"_s})
                                         .value("data"_L1)
                                         .toObject()
                                         .value(".dockerconfigjson"_L1)
                                         .toString()
                                         .toLatin1());
        const QJsonObject entry = QJsonDocument::fromJson(config)
                                      .object()
                                      .value("auths"_L1)
                                      .toObject()
                                      .value(registryHost())
                                      .toObject();
        QCOMPARE(entry.value("username"_L1).toString(), u"kubeadmin"_s);
        QCOMPARE(entry.value("password"_L1).toString(), m_sandbox->token(u"kubeadmin"_s));
    }

    void linkingAppendsToImagePullSecretsOnceAsOcSecretsLinkDoes()
    {
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"secret"_s, u"generic"_s, u"pull"_s, u"-n"_s,
                                u"team-a"_s, u"--from-literal=x=y"_s})
                     .exitCode,
                 0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"patch"_s, u"serviceaccount"_s, u"builder"_s, u"-n"_s, u"team-a"_s,
                                u"-p"_s, u"{\"imagePullSecrets\":[{\"name\":\"older\"}]}"_s})
                     .exitCode,
                 0);
        ProcessResult r = berthctl({u"secret"_s, u"link"_s, u"builder"_s, u"pull"_s,
                                    u"--for=pull"_s, u"-n"_s, u"team-a"_s, u"-v"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out,
                 QByteArray("oc secrets link builder pull --for=pull -n team-a\n"
                            "serviceaccount/builder replaced\n"));
        const QJsonObject account = get({u"serviceaccount"_s, u"builder"_s, u"-n"_s, u"team-a"_s});
        QCOMPARE(account.value("imagePullSecrets"_L1).toArray(),
                 QJsonArray({QJsonObject {{u"name"_s, u"older"_s}},
                             QJsonObject {{u"name"_s, u"pull"_s}}}));
        // Again: nothing is sent.
        const QString version
            = account.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
        r = berthctl({u"secret"_s, u"link"_s, u"builder"_s, u"pull"_s, u"--for=pull"_s, u"-n"_s,
                      u"team-a"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("already pulls with pull"));
        QCOMPARE(get({u"serviceaccount"_s, u"builder"_s, u"-n"_s, u"team-a"_s})
                     .value("metadata"_L1)
                     .toObject()
                     .value("resourceVersion"_L1)
                     .toString(),
                 version);
        // A secret that is not there is said, and nothing is sent.
        r = berthctl({u"secret"_s, u"link"_s, u"builder"_s, u"absent"_s, u"--for=pull"_s, u"-n"_s,
                      u"team-a"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("secret absent does not exist in team-a"));
        QCOMPARE(berthctl({u"secret"_s, u"link"_s, u"builder"_s, u"pull"_s, u"-n"_s, u"team-a"_s})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_TrustVerbs)
#include "tst_trustverbs.moc"
