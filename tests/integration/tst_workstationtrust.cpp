// SPDX-License-Identifier: Apache-2.0
// The workstation side of the procedure's step 10, done by berthctl and checked with the real
// skopeo: after `trust export` and `registry login` into a temporary home, skopeo reads the
// sandbox's registry with TLS verified and no flags; the files written keep what they held;
// a kill -9 at any moment leaves the old file or the new one.
#include "files.h"
#include "registryprocess.h"
#include "sandboxprocess.h"

#include "oci/digest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Berth::Test::ProcessResult;
using Berth::Test::runProgram;

using Berth::Test::contents;
using Berth::Test::writeFile;

class tst_WorkstationTrust : public QObject
{
    Q_OBJECT

private:
    Berth::Test::SandboxProcess m_sandbox;
    QTemporaryDir m_work;
    QString m_digest;
    std::unique_ptr<QTemporaryDir> m_home;

    QString registry() const { return m_sandbox.registryUrl().authority(); }
    QString runtimeDir() const { return m_home->filePath(u"run"_s); }
    QString authJson() const { return runtimeDir() + u"/containers/auth.json"_s; }
    QString dockerJson() const { return m_home->filePath(u".docker/config.json"_s); }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_sandbox.userEnvironment(m_home->path());
        e.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        e.insert(u"PATH"_s, m_work.filePath(u"bin"_s) + u':' + e.value(u"PATH"_s));
        e.insert(u"HELPER_LOG"_s, m_home->filePath(u"helper.log"_s));
        for (const QString &name :
             {u"REGISTRY_AUTH_FILE"_s, u"DOCKER_CONFIG"_s, u"XDG_CONFIG_HOME"_s})
            e.remove(name);
        return e;
    }
    ProcessResult berthctl(const QStringList &args)
    {
        return runProgram(QStringLiteral(BERTHCTL_BINARY), args, env());
    }
    ProcessResult skopeoInspect()
    {
        return runProgram(
            u"skopeo"_s,
            {u"inspect"_s, u"--raw"_s, u"docker://"_s + registry() + u"/team-a/app:v1"_s}, env());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.deployRegistry());
        m_digest = Berth::Test::makeOciImage(m_work.filePath(u"image"_s), u"v1"_s, 2, 32 * 1024);
        QTemporaryDir pushHome;
        const ProcessResult push = m_sandbox.berthctl(
            {u"image"_s, u"push"_s, u"oci:"_s + m_work.filePath(u"image"_s) + u":v1"_s,
             registry() + u"/team-a/app:v1"_s, u"--cert-dir"_s, m_sandbox.dataDir()},
            pushHome.path());
        // --cert-dir reads every *.crt of the data directory, the router CA among them.
        QVERIFY2(push.exitCode == 0, push.err.constData());
        // A credential helper that keeps what it is given, as docker-credential-pass would.
        QVERIFY(writeFile(m_work.filePath(u"bin/docker-credential-berthtest"_s),
                          "#!/bin/sh\necho \"$1\" >> \"$HELPER_LOG\"\ncat >> \"$HELPER_LOG\"\n"));
        QFile::setPermissions(m_work.filePath(u"bin/docker-credential-berthtest"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QDir().mkpath(runtimeDir());
    }

    void skopeoReadsTheRegistryAfterExportAndLogin()
    {
        // Before: the certificate is not trusted, and nothing was turned off to hide it.
        ProcessResult r = skopeoInspect();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("x509") || r.err.contains("certificate"), r.err.constData());

        const QString caFile
            = m_home->filePath(u".config/containers/certs.d/"_s + registry() + u"/ca.crt"_s);
        r = berthctl(
            {u"trust"_s, u"export"_s, u"--host"_s, registry(), u"--rootless"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("rootless: " + caFile.toUtf8() + " would be written")),
                 r.out.constData());
        QVERIFY(!QFile::exists(caFile));
        QVERIFY(!QFile::exists(QFileInfo(caFile).path()));

        r = berthctl({u"trust"_s, u"export"_s, u"--host"_s, registry(), u"--rootless"_s,
                      u"--image"_s, u"team-a/app:v1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Berth's own check with the real client after the export: skopeo reaches the host
        // (its certificate is trusted) and finds no login yet.
        QVERIFY2(
            r.out.contains(QByteArray("failed  skopeo login --get-login " + registry().toUtf8()
                                      + "\n      not logged into " + registry().toUtf8() + '\n')),
            r.out.constData());
        QVERIFY2(r.out.contains(QByteArray("failed  skopeo inspect --raw docker://"
                                           + registry().toUtf8() + "/team-a/app:v1\n")),
                 r.out.constData());
        QVERIFY(r.out.contains(QByteArray("rootless: " + m_home->path().toUtf8()
                                          + "/.config/containers/certs.d/" + registry().toUtf8()
                                          + "/ca.crt written")));
        // Trusted now, but no credentials: the registry refuses.
        r = skopeoInspect();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unauthorized") || r.err.contains("authentication required"),
                 r.err.constData());

        r = berthctl({u"registry"_s, u"login"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("\n  " + authJson().toUtf8() + "\n")),
                 r.out.constData());
        QVERIFY(!QFile::exists(authJson()));

        // The project's newest tag is what skopeo reads when no image is named.
        r = berthctl({u"registry"_s, u"login"_s, u"-n"_s, u"team-a"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // What skopeo says once the login is saved, as Berth ran it: no flags, the files only.
        QVERIFY2(r.out.contains(QByteArray("ok  skopeo login --get-login " + registry().toUtf8()
                                           + "\n      kubeadmin\n")),
                 r.out.constData());
        QVERIFY2(r.out.contains(QByteArray("ok  skopeo inspect --raw docker://"
                                           + registry().toUtf8() + "/team-a/app:v1\n")),
                 r.out.constData());
        QVERIFY2(r.out.contains(QByteArray("ok  podman login --get-login " + registry().toUtf8()
                                           + "\n      kubeadmin\n")),
                 r.out.constData());
        QVERIFY2(r.out.contains(QByteArray("Saved the login of kubeadmin for " + registry().toUtf8()
                                           + " in " + authJson().toUtf8())),
                 r.out.constData());
        QVERIFY(r.out.contains("Login Succeeded!"));
        QCOMPARE(QFile::permissions(authJson()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        r = skopeoInspect();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(Berth::Oci::Digest::sha256(r.out).toString(), m_digest);

        r = berthctl({u"trust"_s, u"status"_s, u"--host"_s, registry()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression(u"\nrootless +\\S+/ca.crt +holds the recommended CA\n"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY(
            r.out.contains(QByteArray("Login: saved, and " + registry().toUtf8() + " takes it")));

        // The same as JSON, the workstation and the clients included.
        r = berthctl({u"trust"_s, u"status"_s, u"--host"_s, registry(), u"-o"_s, u"json"_s, u"-n"_s,
                      u"team-a"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        const QJsonObject host = status.value(u"registry"_s).toObject();
        QCOMPARE(host.value(u"host"_s).toString(), registry());
        QCOMPARE(host.value(u"login"_s).toObject().value(u"accepted"_s), QJsonValue(true));
        QCOMPARE(host.value(u"workstation"_s).toArray().at(2).toObject().value(u"state"_s),
                 QJsonValue(u"Matches"_s));
        const QJsonArray clients = host.value(u"clients"_s).toArray();
        QCOMPARE(clients.size(), 3); // skopeo login and inspect, podman login
        for (const QJsonValue &c : clients)
            QVERIFY2(c.toObject().value(u"passed"_s).toBool(), r.out.constData());
    }

    void systemStoresUnderARootKeepAnotherCaUnlessReplaced()
    {
        const QString root = m_home->filePath(u"root"_s);
        const QString docker = root + u"/etc/docker/certs.d/"_s + registry() + u"/ca.crt"_s;
        const QString podman = root + u"/etc/containers/certs.d/"_s + registry() + u"/ca.crt"_s;
        QVERIFY(writeFile(docker, contents(m_sandbox.dataDir() + u"/api-ca.crt"_s)));
        const QStringList args {u"trust"_s,    u"export"_s,   u"--host"_s, registry(),
                                u"--docker"_s, u"--podman"_s, u"--root"_s, root};
        ProcessResult r = berthctl(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("holds another CA") && r.err.contains("nothing was written"),
                 r.err.constData());
        QVERIFY(!QFile::exists(podman));
        QCOMPARE(contents(docker), contents(m_sandbox.dataDir() + u"/api-ca.crt"_s));

        r = berthctl(args + QStringList {u"--replace"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray routerCa = contents(m_sandbox.dataDir() + u"/router-ca.crt"_s);
        QCOMPARE(contents(docker), routerCa);
        QCOMPARE(contents(podman), routerCa);
        QVERIFY(r.out.contains("replaced; the CA it held is kept as "));
        const QStringList backups
            = QDir(QFileInfo(docker).path()).entryList({u"ca.crt.berth-backup-*"_s}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(contents(QFileInfo(docker).path() + u'/' + backups.first()),
                 contents(m_sandbox.dataDir() + u"/api-ca.crt"_s));
        // The helper mode pkexec runs for a user: the CA on its standard input.
        QProcess helper;
        helper.setProcessEnvironment(env());
        const QString other = m_home->filePath(u"root2"_s);
        helper.start(QStringLiteral(BERTHCTL_BINARY),
                     {u"trust"_s, u"install-ca"_s, u"--store"_s, u"docker"_s, u"--host"_s,
                      registry(), u"--root"_s, other});
        QVERIFY(helper.waitForStarted());
        helper.write(routerCa);
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitCode(), 0);
        QCOMPARE(contents(other + u"/etc/docker/certs.d/"_s + registry() + u"/ca.crt"_s), routerCa);
    }

    void hostileHostnamesAreRefusedBeforeAnyPathIsMade_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("dot dot") << u"../x"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("over-long") << QString(300, u'a');
        QTest::newRow("port") << u"a:70000"_s;
    }
    void hostileHostnamesAreRefusedBeforeAnyPathIsMade()
    {
        QFETCH(QString, host);
        const QString root = m_home->filePath(u"root"_s);
        QVERIFY(QDir().mkpath(root));
        const ProcessResult r = berthctl({u"trust"_s, u"export"_s, u"--host"_s, host, u"--docker"_s,
                                          u"--rootless"_s, u"--root"_s, root, u"--ca-file"_s,
                                          m_sandbox.dataDir() + u"/router-ca.crt"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a registry host"), r.err.constData());
        QVERIFY(QDir(root).isEmpty());
        QVERIFY(!QFile::exists(m_home->filePath(u".config"_s)));
        const ProcessResult login = berthctl({u"registry"_s, u"login"_s, u"--registry"_s, host});
        QCOMPARE(login.exitCode, 1);
        QVERIFY(!QFile::exists(authJson()));
    }

    void aUserWritesSystemStoresThroughPkexec()
    {
        // As a user (nobody, when the tests run as root), the system stores go through pkexec:
        // a stand-in that records what it runs and runs it, its files under a root of its own
        // (the real one would write /etc as root).
        QTemporaryDir user;
        QFile::setPermissions(user.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        const QString bin = user.filePath(u"bin"_s);
        auto standIn = [&bin](const QByteArray &script) {
            return writeFile(bin + u"/pkexec"_s, script)
                && QFile::setPermissions(bin + u"/pkexec"_s,
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                             | QFile::ReadOther | QFile::ExeOther)
                && QFile::setPermissions(
                       bin, QFile::permissions(bin) | QFile::ReadOther | QFile::ExeOther);
        };
        QVERIFY(writeFile(user.filePath(u"ca.crt"_s),
                          contents(m_sandbox.dataDir() + u"/router-ca.crt"_s)));
        QFile::setPermissions(user.filePath(u"ca.crt"_s),
                              QFile::permissions(user.filePath(u"ca.crt"_s)) | QFile::ReadOther);
        QProcessEnvironment e;
        e.insert(u"PATH"_s, bin + u":/usr/bin:/bin"_s);
        e.insert(u"HOME"_s, user.path());
        e.insert(u"PKEXEC_LOG"_s, user.filePath(u"pkexec.log"_s));
        e.insert(u"FAKE_ROOT"_s, user.filePath(u"root"_s));
        QStringList command {QStringLiteral(BERTHCTL_BINARY),
                             u"trust"_s,
                             u"export"_s,
                             u"--host"_s,
                             registry(),
                             u"--docker"_s,
                             u"--rootless"_s,
                             u"--ca-file"_s,
                             user.filePath(u"ca.crt"_s),
                             u"--skip-check"_s};
        if (::geteuid() == 0)
            command
                = QStringList {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s}
                + command;
        const QString program = ::geteuid() == 0 ? u"setpriv"_s : command.takeFirst();
        const QString rootless
            = user.filePath(u".config/containers/certs.d/"_s + registry() + u"/ca.crt"_s);

        // Refused by pkexec: an error that says the write did not happen, and the rootless store
        // (which berthctl could write itself) is not written either.
        for (const auto &[code, why] :
             {std::pair {126, "pkexec exit 126: the password dialog was dismissed"},
              std::pair {127, "pkexec exit 127: not authorized, or no polkit agent is running"}}) {
            QVERIFY(standIn("#!/bin/sh\nexit " + QByteArray::number(code) + "\n"));
            const ProcessResult refused = runProgram(program, command, e);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(
                         QByteArray(QByteArray("the write as root did not happen (") + why)),
                     refused.err.constData());
            QVERIFY(!QFile::exists(rootless));
        }

        // A stand-in that records what it runs and runs it, its files under a root of its own.
        QVERIFY(standIn(
            "#!/bin/sh\necho \"$*\" > \"$PKEXEC_LOG\"\nexec \"$@\" --root \"$FAKE_ROOT\"\n"));
        const ProcessResult r = runProgram(program, command, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The exact command is said before it runs, and it is the one run.
        const QByteArray ran = contents(user.filePath(u"pkexec.log"_s)).trimmed();
        QCOMPARE(ran,
                 QByteArray(BERTHCTL_BINARY " trust install-ca --store docker --host ")
                     + registry().toUtf8());
        QVERIFY2(
            r.err.contains(QByteArray("Running, with the CA on its standard input: pkexec " + ran)),
            r.err.constData());
        // The CA went on its standard input; then the rootless store was written.
        const QByteArray ca = contents(m_sandbox.dataDir() + u"/router-ca.crt"_s);
        QCOMPARE(contents(user.filePath(u"root/etc/docker/certs.d/"_s + registry() + u"/ca.crt"_s)),
                 ca);
        QCOMPARE(contents(rootless), ca);
    }

    void theClustersTokenGoesToItsRegistryOnly()
    {
        const ProcessResult r
            = berthctl({u"registry"_s, u"login"_s, u"--registry"_s, u"quay.io"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("quay.io is not this cluster's registry"), r.err.constData());
        QVERIFY(!QFile::exists(authJson()));
    }

    void dockerConfigKeepsOtherHostsHelpersAndUnknownKeys()
    {
        const QByteArray original
            = "{\n  \"auths\": {\n    \"quay.io\": {\"auth\": \"cTp4\"}\n  },\n"
              "  \"credHelpers\": {\"gcr.io\": \"gcloud\"},\n"
              "  \"x-future\": {\"nested\": [true, null, 1e3]}\n}\n";
        QVERIFY(writeFile(dockerJson(), original));
        ProcessResult r = berthctl({u"registry"_s, u"login"_s, u"--docker"_s, u"--skip-check"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray after = contents(dockerJson());
        // Only the new entry was added: taking it out gives the file back byte for byte.
        const qsizetype at = after.indexOf(QByteArray(",\n    \"" + registry().toUtf8() + "\""));
        QVERIFY2(at > 0, after.constData());
        const qsizetype end = after.indexOf('}', at) + 1;
        QCOMPARE(after.left(at) + after.mid(end), original);
        const QJsonObject entry = QJsonDocument::fromJson(after)
                                      .object()
                                      .value("auths"_L1)
                                      .toObject()
                                      .value(registry())
                                      .toObject();
        QCOMPARE(QByteArray::fromBase64(entry.value("auth"_L1).toString().toLatin1()),
                 "kubeadmin:" + m_sandbox.token(u"kubeadmin"_s).toUtf8());
        // Again, over its own entry: still one entry, the rest unchanged.
        r = berthctl({u"registry"_s, u"login"_s, u"--docker"_s, u"--skip-check"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contents(dockerJson()), after);
    }

    void aCredentialHelperForTheHostTakesTheLogin_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::newRow("credHelpers") << u"\"credHelpers\": {\"HOST\": \"berthtest\"}"_s;
        QTest::newRow("credsStore") << u"\"credsStore\": \"berthtest\""_s;
    }
    void aCredentialHelperForTheHostTakesTheLogin()
    {
        QFETCH(QString, setting);
        const QByteArray original
            = u"{\"auths\": {}, %1}\n"_s.arg(QString(setting).replace(u"HOST"_s, registry()))
                  .toUtf8();
        QVERIFY(writeFile(dockerJson(), original));
        const ProcessResult r = berthctl(
            {u"registry"_s, u"login"_s, u"--authfile"_s, dockerJson(), u"--skip-check"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("through docker-credential-berthtest"));
        QCOMPARE(contents(dockerJson()), original);
        const QByteArray log = contents(m_home->filePath(u"helper.log"_s));
        QVERIFY2(log.startsWith("store\n"), log.constData());
        const QJsonObject stored = QJsonDocument::fromJson(log.mid(6)).object();
        QCOMPARE(stored.value("ServerURL"_L1).toString(), registry());
        QCOMPARE(stored.value("Username"_L1).toString(), u"kubeadmin"_s);
        QCOMPARE(stored.value("Secret"_L1).toString(), m_sandbox.token(u"kubeadmin"_s));
    }

    void aMalformedAuthFileIsRefusedUntouched()
    {
        const QByteArray original = "{\"auths\": {\"quay.io\": ";
        QVERIFY(writeFile(authJson(), original));
        const ProcessResult r = berthctl({u"registry"_s, u"login"_s, u"--skip-check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("leaves it as it is"), r.err.constData());
        QCOMPARE(contents(authJson()), original);

        // A malformed config.json after a good auth.json: auth.json is written, and said.
        QVERIFY(QFile::remove(authJson()));
        QVERIFY(writeFile(dockerJson(), original));
        const ProcessResult partly
            = berthctl({u"registry"_s, u"login"_s, u"--docker"_s, u"--skip-check"_s});
        QCOMPARE(partly.exitCode, 1);
        QVERIFY2(partly.err.contains(
                     QByteArray("The login was saved in " + authJson().toUtf8() + " before that.")),
                 partly.err.constData());
        QVERIFY(QFile::exists(authJson()));
        QCOMPARE(contents(dockerJson()), original);
        QVERIFY(QFile::remove(dockerJson()));
    }

    void aKillAtAnyMomentLeavesTheOldFileOrTheNew()
    {
        // Large enough that a write takes a while: 20,000 other hosts.
        QByteArray original = "{\"auths\": {";
        for (int i = 0; i < 20000; ++i)
            original += QByteArray(i ? "," : "") + "\"host" + QByteArray::number(i)
                + ".example.com\": {\"auth\": \"dTpw\"}";
        original += "}}";
        const QByteArray routerCa = contents(m_sandbox.dataDir() + u"/router-ca.crt"_s);
        const QByteArray apiCa = contents(m_sandbox.dataDir() + u"/api-ca.crt"_s);
        const QString caFile
            = m_home->filePath(u"root/etc/docker/certs.d/"_s + registry() + u"/ca.crt"_s);
        // How long both take when left alone, so that the kills land around their writes.
        const QStringList loginArgs {u"registry"_s, u"login"_s, u"--registry"_s, registry(),
                                     u"--skip-check"_s};
        const QStringList installArgs {
            u"trust"_s,     u"install-ca"_s, u"--store"_s,
            u"docker"_s,    u"--host"_s,     registry(),
            u"--replace"_s, u"--root"_s,     m_home->filePath(u"root"_s)};
        auto start = [this](QProcess *p, const QStringList &args, const QByteArray &input) {
            p->setProcessEnvironment(env());
            p->start(QStringLiteral(BERTHCTL_BINARY), args);
            if (!p->waitForStarted())
                return false;
            p->write(input);
            p->closeWriteChannel();
            return true;
        };
        QElapsedTimer clock;
        qint64 alone = 0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(writeFile(authJson(), original));
            QProcess login;
            clock.start();
            QVERIFY(start(&login, loginArgs, {}));
            QVERIFY(login.waitForFinished());
            QCOMPARE(login.exitCode(), 0);
            alone = std::max(alone, clock.elapsed());
        }
        int finished = 0;
        int leftTemporaries = 0;
        for (int round = 0; round < 40; ++round) {
            QVERIFY(writeFile(authJson(), original));
            QVERIFY(writeFile(caFile, apiCa));
            QProcess login;
            QProcess install;
            QVERIFY(start(&login, loginArgs, {}) && start(&install, installArgs, routerCa));
            // Anywhere from half the time a write takes alone to a little past it.
            QThread::msleep(alone / 2 + QRandomGenerator::global()->bounded(int(alone) + 1));
            for (QProcess *p : {&login, &install}) {
                ::kill(pid_t(p->processId()), SIGKILL);
                QVERIFY(p->waitForFinished());
                finished += p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(contents(authJson()));
            QVERIFY2(doc.isObject(), qPrintable(u"round %1: a torn auth.json"_s.arg(round)));
            const QJsonObject auths = doc.object().value("auths"_L1).toObject();
            QVERIFY(auths.size() == 20000 || (auths.size() == 20001 && auths.contains(registry())));
            const QByteArray ca = contents(caFile);
            QVERIFY2(ca == apiCa || ca == routerCa,
                     qPrintable(u"round %1: a torn ca.crt"_s.arg(round)));
            leftTemporaries += QDir(runtimeDir() + u"/containers"_s)
                                   .entryList({u".auth.json.berth-*"_s}, QDir::Files | QDir::Hidden)
                                   .size();
        }
        qInfo("a write alone: %lld ms; %d of 80 writers finished before their kill; %d "
              "temporary files left by killed writes",
              alone, finished, leftTemporaries);
        // The kills fell on both sides of the writes' end: some cut short, some after it.
        QVERIFY2(finished > 0 && finished < 80, qPrintable(QString::number(finished)));
        // What a killed writer left behind goes with the next write.
        QCOMPARE(berthctl({u"registry"_s, u"login"_s, u"--skip-check"_s}).exitCode, 0);
        QStringList left;
        for (const QFileInfo &file : QDir(runtimeDir() + u"/containers"_s)
                                         .entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
            left.append(u"%1 (%2 bytes)"_s.arg(file.fileName()).arg(file.size()));
        QVERIFY2(left == QStringList {u"auth.json (%1 bytes)"_s.arg(QFileInfo(authJson()).size())},
                 qPrintable(left.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(tst_WorkstationTrust)
#include "tst_workstationtrust.moc"
