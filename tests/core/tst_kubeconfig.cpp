// SPDX-License-Identifier: Apache-2.0
#include "common/yamljson.h"
#include "kube/kubeconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Berth::Kube;

static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0600);
    return path;
}

static QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static const QByteArray ocConfig = R"(apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://api.ocp.example.com:6443
    tls-server-name: api.internal
    proxy-url: http://proxy:3128
  name: api-ocp-example-com:6443
contexts:
- context:
    cluster: api-ocp-example-com:6443
    namespace: team-a
    user: kubeadmin/api-ocp-example-com:6443
  name: team-a/api-ocp-example-com:6443/kubeadmin
current-context: team-a/api-ocp-example-com:6443/kubeadmin
preferences: {}
users:
- name: kubeadmin/api-ocp-example-com:6443
  user:
    token: sha256~abc
)";

class tst_KubeConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("token");
        QTest::newRow("oc login") << ocConfig << u"team-a/api-ocp-example-com:6443/kubeadmin"_s
                                  << u"https://api.ocp.example.com:6443"_s << u"team-a"_s << false
                                  << u"sha256~abc"_s;
        QTest::newRow("insecure, no namespace")
            << QByteArray("clusters:\n- name: c\n  cluster:\n    server: https://h:6443\n    "
                          "insecure-skip-tls-verify: true\n"
                          "users:\n- name: u\n  user: {token: t}\ncontexts:\n- name: x\n  context: "
                          "{cluster: c, user: u}\ncurrent-context: x\n")
            << u"x"_s << u"https://h:6443"_s << u"default"_s << true << u"t"_s;
        QTest::newRow("empty file")
            << QByteArray() << QString() << QString() << QString() << false << QString();
    }
    void parse()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, current);
        QFETCH(QString, server);
        QFETCH(QString, ns);
        QFETCH(bool, insecure);
        QFETCH(QString, token);
        QTemporaryDir dir;
        auto config = KubeConfig::load(write(dir, u"config"_s, yaml));
        QVERIFY(config);
        QCOMPARE(config->currentContext(), current);
        auto conn = config->connection();
        if (current.isEmpty()) {
            QVERIFY(!conn);
            return;
        }
        QVERIFY2(conn, qPrintable(conn.error().message()));
        QCOMPARE(conn->server.toString(), server);
        QCOMPARE(conn->ns, ns);
        QCOMPARE(conn->tls.insecureSkipVerify, insecure);
        QCOMPARE(conn->token, token.toUtf8());
    }

    void invalidYamlIsAParseError()
    {
        QTemporaryDir dir;
        auto config = KubeConfig::load(write(dir, u"config"_s, "clusters: [\n"));
        QVERIFY(!config);
        QCOMPARE(config.error().kind(), Berth::Error::Kind::Parse);
        QVERIFY(config.error().detail().contains(dir.filePath(u"config"_s)));
    }

    void unknownFieldsSurviveAWrite()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, ocConfig);
        auto config = KubeConfig::load(path);
        QVERIFY(config);
        KubeCluster cluster = *config->cluster(u"api-ocp-example-com:6443"_s);
        cluster.server = u"https://api.ocp.example.com:443"_s;
        config->setCluster(cluster);
        config->setUser({u"kubeadmin/api-ocp-example-com:6443"_s, u"sha256~new"_s, {}, {}, {}});
        QVERIFY(config->save());
        const auto json = Berth::yamlToJson(read(path));
        QVERIFY(json);
        const QJsonObject c
            = json->toObject()["clusters"_L1].toArray()[0].toObject()["cluster"_L1].toObject();
        QCOMPARE(c["proxy-url"_L1].toString(), u"http://proxy:3128"_s);
        QCOMPARE(c["tls-server-name"_L1].toString(), u"api.internal"_s);
        QCOMPARE(c["server"_L1].toString(), u"https://api.ocp.example.com:443"_s);
        QVERIFY(json->toObject().contains("preferences"_L1));
        QCOMPARE(json->toObject()["users"_L1]
                     .toArray()[0]
                     .toObject()["user"_L1]
                     .toObject()["token"_L1]
                     .toString(),
                 u"sha256~new"_s);
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }

    void severalFilesMergeAsKubectl()
    {
        QTemporaryDir dir;
        const QString a
            = write(dir, u"a"_s,
                    "clusters:\n- name: c\n  cluster: {server: https://first:6443}\ncontexts:\n- "
                    "name: one\n  context: {cluster: c, user: u}\n");
        const QString b
            = write(dir, u"b"_s,
                    "clusters:\n- name: c\n  cluster: {server: https://second:6443}\n- name: d\n  "
                    "cluster: {server: https://d:6443}\n"
                    "contexts:\n- name: two\n  context: {cluster: d, user: u}\ncurrent-context: "
                    "two\nusers:\n- name: u\n  user: {token: t}\n");
        auto config = KubeConfig::load(QStringList {a, b});
        QVERIFY(config);
        // The first file to name an entry wins; current-context from the first file that sets it.
        QCOMPARE(config->cluster(u"c"_s)->server, u"https://first:6443"_s);
        QCOMPARE(config->contextNames(), QStringList({u"one"_s, u"two"_s}));
        QCOMPARE(config->currentContext(), u"two"_s);
        QCOMPARE(config->connection()->server.toString(), u"https://d:6443"_s);
        // Writes go to the file that holds the entry; new entries to the first file.
        KubeCluster d = *config->cluster(u"d"_s);
        d.server = u"https://d2:6443"_s;
        config->setCluster(d);
        config->setContext({u"three"_s, u"c"_s, u"u"_s, u"ns"_s});
        config->setCurrentContext(u"three"_s);
        QVERIFY(config->save());
        QVERIFY(read(b).contains("https://d2:6443"));
        QVERIFY(!read(a).contains("d2"));
        QVERIFY(read(a).contains("three"));
        QVERIFY(read(b).contains("current-context: three"));
    }

    void kubeconfigEnvironmentVariable()
    {
        QTemporaryDir dir;
        qputenv("KUBECONFIG",
                QFile::encodeName(dir.filePath(u"a"_s) + u"::"_s + dir.filePath(u"b"_s) + u':'
                                  + dir.filePath(u"a"_s)));
        QCOMPARE(KubeConfig::defaultPaths(),
                 QStringList({dir.filePath(u"a"_s), dir.filePath(u"b"_s)}));
        qunsetenv("KUBECONFIG");
        QCOMPARE(KubeConfig::defaultPaths(), QStringList({QDir::homePath() + u"/.kube/config"_s}));
    }

    void staleLockIsReportedByName()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, ocConfig);
        write(dir, u"config.lock"_s, {});
        auto config = KubeConfig::load(path);
        QVERIFY(config);
        QVERIFY(config->warnings().join(u' ').contains(path + u".lock"_s));
        config->setCurrentContext(u"x"_s);
        const auto saved = config->save();
        QVERIFY(!saved);
        QVERIFY(saved.error().detail().contains(path + u".lock"_s));
        QVERIFY(!read(path).contains("current-context: x")); // nothing written
    }

    void readableByOthersIsWarned()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, ocConfig);
        QVERIFY(KubeConfig::load(path)->warnings().isEmpty());
        ::chmod(QFile::encodeName(path).constData(), 0644);
        QVERIFY(KubeConfig::load(path)->warnings().join(u' ').contains(u"chmod 600"_s));
    }

    void execPluginIsShownNeverRun()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"ran"_s);
        const QString path = write(
            dir, u"config"_s,
            "clusters:\n- name: c\n  cluster: {server: https://h:6443}\nusers:\n- name: u\n  "
            "user:\n    exec:\n"
            "      command: touch\n      args: ['"
                + marker.toUtf8()
                + "']\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
        auto conn = KubeConfig::load(path)->connection();
        QVERIFY(!conn);
        QVERIFY(conn.error().detail().contains(u"touch"_s));
        QVERIFY(!QFile::exists(marker));
    }

    void relativeCertificateAuthorityPath()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"certs"_s));
        write(dir, u"certs/ca.crt"_s, "not a certificate");
        const QString path
            = write(dir, u"config"_s,
                    "clusters:\n- name: c\n  cluster: {server: https://h:6443, "
                    "certificate-authority: certs/ca.crt}\n"
                    "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
        auto config = KubeConfig::load(path);
        QCOMPARE(config->cluster(u"c"_s)->certificateAuthority, dir.filePath(u"certs/ca.crt"_s));
        auto conn = config->connection();
        QVERIFY(!conn);
        QCOMPARE(conn.error().kind(), Berth::Error::Kind::Parse); // read, but not PEM
    }

    void stringsStayStringsForKubectl_data()
    {
        QTest::addColumn<QString>("value");
        const QStringList values {u"on"_s,
                                  u"On"_s,
                                  u"ON"_s,
                                  u"off"_s,
                                  u"Off"_s,
                                  u"OFF"_s,
                                  u"yes"_s,
                                  u"Yes"_s,
                                  u"YES"_s,
                                  u"no"_s,
                                  u"No"_s,
                                  u"NO"_s,
                                  u"y"_s,
                                  u"Y"_s,
                                  u"n"_s,
                                  u"N"_s,
                                  u"true"_s,
                                  u"True"_s,
                                  u"TRUE"_s,
                                  u"false"_s,
                                  u"False"_s,
                                  u"FALSE"_s,
                                  u"12345"_s,
                                  u"2024"_s,
                                  u"-1"_s,
                                  u"+1"_s,
                                  u"3.14"_s,
                                  u".5"_s,
                                  u"1e3"_s,
                                  u"0x1F"_s,
                                  u"1_000"_s,
                                  u"1:20"_s,
                                  u"0777"_s,
                                  u"0o777"_s,
                                  u".inf"_s,
                                  u"-.Inf"_s,
                                  u".NaN"_s,
                                  u"2001-12-14"_s,
                                  u"null"_s,
                                  u"Null"_s,
                                  u"NULL"_s,
                                  u"~"_s,
                                  QString(),
                                  u"*star"_s,
                                  u"&anchor"_s,
                                  u"!tag"_s,
                                  u"%directive"_s,
                                  u"@at"_s,
                                  u"`tick"_s,
                                  u"a:b"_s,
                                  u"a: b"_s,
                                  u"ends:"_s,
                                  u"a #b"_s,
                                  u"a#b"_s,
                                  u"#comment"_s,
                                  u"- dash"_s,
                                  u"-"_s,
                                  u"?"_s,
                                  u"="_s,
                                  u"<<"_s,
                                  u"[x]"_s,
                                  u"{x}"_s,
                                  u"'single'"_s,
                                  u"\"double\""_s,
                                  u" leading"_s,
                                  u"trailing "_s,
                                  u"two\nlines"_s,
                                  u"sha256~abc"_s,
                                  u"team-a"_s,
                                  u"0b101"_s,
                                  u"0X1F"_s,
                                  u"0B101"_s,
                                  u"0O17"_s,
                                  u"1e1_0"_s,
                                  u"1.5e+1_0"_s,
                                  u"1.5e-3"_s,
                                  u"127-0-0-1:6443"_s};
        for (const QString &value : values)
            QTest::newRow(value.isEmpty() ? "empty" : qPrintable(value)) << value;
    }
    void stringsStayStringsForKubectl()
    {
        // The file holds the value quoted (as oc or a person wrote it), as a name, a token and a
        // namespace; Berth adds a login of its own with the same value, and writes the file.
        // Real kubectl must read every one back as the same string.
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QByteArray quoted = QJsonDocument(QJsonArray {value})
                                      .toJson(QJsonDocument::Compact)
                                      .mid(1)
                                      .chopped(1); // a JSON string is a YAML double-quoted one
        QByteArray text = "clusters:\n- name: c\n  cluster: {server: \"https://h:6443\"}\n"
                          "users:\n- name: u\n  user: {token: "
            + quoted + "}\ncontexts:\n- name: x\n  context: {cluster: c, user: u, namespace: "
            + quoted + "}\n";
        if (!value.isEmpty())
            text += "- name: " + quoted + "\n  context: {cluster: c, user: u}\n";
        text += "current-context: x\n";
        const QString path = write(dir, u"config"_s, text);
        auto config = KubeConfig::load(path);
        QVERIFY(config);
        QCOMPARE(config->context(u"x"_s)->ns, value);
        config->setUser({u"mine"_s, value, {}, {}, {}});
        config->setContext({u"berth"_s, u"c"_s, u"mine"_s, value});
        config->setCurrentContext(u"berth"_s);
        QVERIFY(config->save());

        QProcess kubectl;
        kubectl.start(
            QStringLiteral(KUBECTL_BINARY),
            {u"--kubeconfig"_s, path, u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s});
        QVERIFY(kubectl.waitForFinished(30000));
        QVERIFY2(kubectl.exitCode() == 0, kubectl.readAllStandardError().constData());
        const QJsonObject view = QJsonDocument::fromJson(kubectl.readAllStandardOutput()).object();
        QCOMPARE(view["current-context"_L1].toString(), u"berth"_s);
        QStringList names;
        for (const QJsonValue &c : view["contexts"_L1].toArray()) {
            const QJsonObject context = c.toObject();
            names.append(context["name"_L1].toString());
            if (context["name"_L1] == u"x"_s || context["name"_L1] == u"berth"_s)
                QCOMPARE(context["context"_L1]["namespace"_L1].toString(), value);
        }
        QVERIFY2(names.contains(u"x"_s) && names.contains(u"berth"_s),
                 qPrintable(names.join(u", "_s)));
        if (!value.isEmpty())
            QVERIFY2(names.contains(value), qPrintable(names.join(u", "_s)));
        for (const QJsonValue &u : view["users"_L1].toArray())
            QCOMPARE(u["user"_L1]["token"_L1].toString(), value);
        // And Berth reads its own file back the same.
        auto again = KubeConfig::load(path);
        QVERIFY(again);
        QCOMPARE(again->context(u"x"_s)->ns, value);
        QCOMPARE(again->context(u"berth"_s)->ns, value);
        QCOMPARE(again->user(u"mine"_s)->token, value);
    }

    void plainScalarsKeepTheirType()
    {
        // What was plain stays plain: a boolean Berth does not know stays a boolean.
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s,
                                   "preferences: {colors: true}\nclusters:\n- name: c\n  cluster: "
                                   "{server: https://h:6443, insecure-skip-tls-verify: true}\n");
        auto config = KubeConfig::load(path);
        config->setCurrentContext(u"x"_s);
        QVERIFY(config->save());
        const QByteArray written = read(path);
        QVERIFY2(written.contains("colors: true"), written.constData());
        QVERIFY2(written.contains("insecure-skip-tls-verify: true"), written.constData());
        QVERIFY(KubeConfig::load(path)->cluster(u"c"_s)->insecureSkipTlsVerify);
    }

    void malformedEntriesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problem");
        QTest::newRow("section is a scalar") << QByteArray("clusters: foo\n") << u"clusters"_s;
        QTest::newRow("section is a mapping") << QByteArray("users: {a: b}\n") << u"users"_s;
        QTest::newRow("entry is a scalar") << QByteArray("contexts: [foo]\n") << u"contexts[0]"_s;
        QTest::newRow("name is a list")
            << QByteArray("users:\n- name: [a]\n  user: {token: t}\n") << u"users[0].name"_s;
        QTest::newRow("user is a scalar")
            << QByteArray("users:\n- name: u\n  user: foo\n") << u"users[0].user"_s;
        QTest::newRow("cluster is a list")
            << QByteArray("clusters:\n- name: c\n  cluster: [a]\n") << u"clusters[0].cluster"_s;
        QTest::newRow("server is a mapping")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: {a: b}}\n")
            << u"clusters[0].cluster.server"_s;
        QTest::newRow("token is a list")
            << QByteArray("users:\n- name: u\n  user: {token: [a]}\n") << u"users[0].user.token"_s;
        QTest::newRow("exec is a scalar")
            << QByteArray("users:\n- name: u\n  user: {exec: foo}\n") << u"users[0].user.exec"_s;
        QTest::newRow("context's user is a mapping")
            << QByteArray("contexts:\n- name: x\n  context: {cluster: c, user: {a: b}}\n")
            << u"contexts[0].context.user"_s;
        QTest::newRow("current-context is a mapping")
            << QByteArray("current-context: {a: b}\n") << u"current-context"_s;
    }
    void malformedEntriesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, yaml);
        auto config = KubeConfig::load(path);
        QVERIFY(!config);
        QCOMPARE(config.error().kind(), Berth::Error::Kind::Parse);
        QVERIFY2(config.error().detail().contains(path)
                     && config.error().detail().contains(problem),
                 qPrintable(config.error().detail()));
        QCOMPARE(read(path), yaml); // untouched
    }

    void emptySectionsAreEmptyLists()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, "clusters:\nusers:\ncontexts:\n");
        auto config = KubeConfig::load(path);
        QVERIFY(config);
        QVERIFY(config->contextNames().isEmpty());
        config->setUser({u"u"_s, u"t"_s, {}, {}, {}});
        config->setContext({u"x"_s, u"c"_s, u"u"_s, {}});
        QVERIFY(config->save());
        QCOMPARE(KubeConfig::load(path)->user(u"u"_s)->token, u"t"_s);
    }

    void loginThroughASymlinkChainWritesTheFinalFile()
    {
        QTemporaryDir dir;
        const QString real = write(dir, u"real-config"_s, ocConfig);
        QVERIFY(QFile::link(real, dir.filePath(u"middle"_s)));
        QVERIFY(QFile::link(u"middle"_s, dir.filePath(u"config"_s))); // relative, as ln -s makes
        auto config = KubeConfig::load(dir.filePath(u"config"_s));
        config->setUser({u"kubeadmin/api-ocp-example-com:6443"_s, u"sha256~new"_s, {}, {}, {}});
        QVERIFY(config->save());
        QVERIFY(QFileInfo(dir.filePath(u"config"_s)).isSymLink());
        QVERIFY(QFileInfo(dir.filePath(u"middle"_s)).isSymLink());
        QVERIFY(read(real).contains("sha256~new"));
    }

    void aTokenInAFileOthersCanReadIsWarnedWhenRead()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"config"_s, ocConfig);
        QVERIFY(KubeConfig::load(path)->connection()->warnings.isEmpty());
        ::chmod(QFile::encodeName(path).constData(), 0640);
        const auto conn = KubeConfig::load(path)->connection();
        QCOMPARE(conn->warnings,
                 QStringList {u"%1 is readable by other users; run: chmod 600 %1"_s.arg(path)});
    }

    void nickname_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("nick");
        QTest::newRow("oc") << u"https://api.ocp-vmw.cie.netapp.com:6443"_s
                            << u"api-ocp-vmw-cie-netapp-com:6443"_s;
        QTest::newRow("default port") << u"https://api.x.com"_s << u"api-x-com:443"_s;
        QTest::newRow("ip") << u"https://127.0.0.1:34001"_s << u"127-0-0-1:34001"_s;
    }
    void nickname()
    {
        QFETCH(QString, server);
        QFETCH(QString, nick);
        QCOMPARE(clusterNickname(QUrl(server)), nick);
    }
};

QTEST_GUILESS_MAIN(tst_KubeConfig)
#include "tst_kubeconfig.moc"
