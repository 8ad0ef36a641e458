// SPDX-License-Identifier: Apache-2.0
// berthctl trust: the registry's CA from each source, and the cluster's trust of it, against a
// fresh berth-sandbox whose registry front is signed by its router CA; what it makes is compared
// with what the procedure's own commands make (kubectl create configmap, kubectl patch).
#include "certificateauthority.h"
#include "sandboxprocess.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(tst_TrustVerbs)
#include "tst_trustverbs.moc"
