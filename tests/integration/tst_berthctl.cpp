// SPDX-License-Identifier: Apache-2.0
// berthctl login, whoami and context against berth-sandbox, checked with the real kubectl.
#include "certificateauthority.h"
#include "httpserver.h"
#include "sandboxprocess.h"
#include "tls/certificateinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Berth::Test::ProcessResult;

class tst_Berthctl : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, m_home->path());
        e.remove(u"KUBECONFIG"_s);
        e.insert(u"LC_ALL"_s, u"C"_s);
        return e;
    }
    ProcessResult berthctl(const QStringList &args)
    {
        return Berth::Test::runProgram(QStringLiteral(BERTHCTL_BINARY), args, env());
    }
    ProcessResult kubectl(const QStringList &args)
    {
        return Berth::Test::runProgram(QStringLiteral(KUBECTL_BINARY), args, env());
    }
    QString kubeconfigPath() const { return m_home->path() + u"/.kube/config"_s; }
    QByteArray kubeconfig() const
    {
        QFile f(kubeconfigPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString nick() const { return u"127-0-0-1:%1"_s.arg(m_sandbox.apiUrl().port()); }

    Berth::Test::SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void loginWithCertificateAuthority()
    {
        // A context of another cluster that must survive the login.
        QDir().mkpath(m_home->path() + u"/.kube"_s);
        QFile other(kubeconfigPath());
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("apiVersion: v1\nkind: Config\nclusters:\n- name: other\n  cluster:\n    "
                    "server: https://other.example.com:6443\n"
                    "    extensions:\n    - name: keep-me\n      extension: {a: 1}\nusers:\n- "
                    "name: other-user\n  user:\n    token: other-token\n"
                    "contexts:\n- name: other-ctx\n  context:\n    cluster: other\n    user: "
                    "other-user\ncurrent-context: other-ctx\n"
                    "preferences: {}\n");
        other.close();

        const ProcessResult r = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(),
                                          u"--token"_s, m_sandbox.token(u"kubeadmin"_s),
                                          u"--certificate-authority"_s, m_sandbox.apiCaFile()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(QByteArray("Logged into \"" + m_sandbox.apiUrl().toString().toUtf8()
                                          + "\" as \"kubeadmin\"")));
        QVERIFY(r.out.contains("Using project \"default\"."));
        QVERIFY2(!r.err.contains("sha256~"), "a token reached stderr");

        // oc's names, mode 0600, the other context and its unknown fields kept.
        const QByteArray config = kubeconfig();
        QVERIFY(config.contains(QString(u"name: "_s + nick()).toUtf8()));
        QVERIFY(config.contains(QString(u"name: kubeadmin/"_s + nick()).toUtf8()));
        QVERIFY(config.contains(
            QString(u"current-context: default/"_s + nick() + u"/kubeadmin"_s).toUtf8()));
        QVERIFY(config.contains("certificate-authority-data:"));
        QVERIFY(config.contains("name: other-ctx"));
        QVERIFY(config.contains("keep-me"));
        QVERIFY(config.contains("preferences"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(kubeconfigPath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        // The real kubectl uses what berthctl wrote.
        const ProcessResult k = kubectl({u"get"_s, u"storageclass"_s});
        QVERIFY2(k.exitCode == 0, k.err.constData());
        QVERIFY(k.out.contains("ontap-gold"));
        QCOMPARE(kubectl({u"config"_s, u"current-context"_s}).out.trimmed(),
                 QString(u"default/"_s + nick() + u"/kubeadmin"_s).toUtf8());

        ProcessResult who = berthctl({u"whoami"_s});
        QCOMPARE(who.exitCode, 0);
        QCOMPARE(who.out, QByteArray("kubeadmin\n"));
        who = berthctl({u"whoami"_s, u"-t"_s});
        QCOMPARE(who.out.trimmed(), m_sandbox.token(u"kubeadmin"_s).toUtf8());
        who = berthctl({u"whoami"_s, u"-o"_s, u"json"_s});
        QVERIFY(who.out.contains("system:cluster-admins"));

        // Contexts: list and switch back.
        const ProcessResult list = berthctl({u"context"_s, u"list"_s});
        QVERIFY(list.out.contains("other-ctx"));
        QVERIFY(list.out.contains("* "));
        QCOMPARE(berthctl({u"context"_s, u"use"_s, u"other-ctx"_s}).exitCode, 0);
        QCOMPARE(kubectl({u"config"_s, u"current-context"_s}).out.trimmed(),
                 QByteArray("other-ctx"));
        QCOMPARE(berthctl({u"context"_s, u"use"_s, u"missing"_s}).exitCode, 1);
        QCOMPARE(
            berthctl({u"--context"_s, u"default/"_s + nick() + u"/kubeadmin"_s, u"whoami"_s}).out,
            QByteArray("kubeadmin\n"));
    }

    void untrustedCertificateIsRefusedWithItsFingerprint()
    {
        const ProcessResult r = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(),
                                          u"--token"_s, m_sandbox.token(u"kubeadmin"_s)});
        QCOMPARE(r.exitCode, 1);
        const QSslCertificate ca = QSslCertificate::fromPath(m_sandbox.apiCaFile()).constFirst();
        const QByteArray fingerprint = Berth::Tls::sha256Fingerprint(ca).toUtf8();
        QVERIFY2(r.err.contains("unknown authority"), r.err.constData());
        QVERIFY2(r.err.contains(fingerprint), r.err.constData());
        QVERIFY(r.err.contains("--certificate-authority"));
        QVERIFY(!QFile::exists(kubeconfigPath()));
    }

    void pinnedByFingerprint()
    {
        const QSslCertificate ca = QSslCertificate::fromPath(m_sandbox.apiCaFile()).constFirst();
        // A wrong fingerprint changes nothing.
        ProcessResult r = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(),
                                    u"--token"_s, m_sandbox.token(u"developer"_s),
                                    u"--trust-fingerprint"_s, QString(64, u'a')});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(kubeconfigPath()));
        r = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s,
                      m_sandbox.token(u"developer"_s), u"--trust-fingerprint"_s,
                      Berth::Tls::sha256Fingerprint(ca).toLower()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("as \"developer\""));
        QVERIFY(r.out.contains("Using project \"team-a\"."));
        // The pinned CA is what kubectl now verifies against.
        QVERIFY(kubeconfig().contains(ca.toPem().toBase64()));
        QVERIFY(!kubeconfig().contains("insecure-skip-tls-verify"));
        QCOMPARE(kubectl({u"get"_s, u"configmaps"_s, u"-n"_s, u"team-a"_s}).exitCode, 0);
        QCOMPARE(berthctl({u"whoami"_s}).out, QByteArray("developer\n"));
    }

    void insecureOnlyWhenAsked()
    {
        const ProcessResult r
            = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s,
                        m_sandbox.token(u"viewer"_s), u"--insecure-skip-tls-verify"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("not verified"));
        QVERIFY(kubeconfig().contains("insecure-skip-tls-verify: true"));
        QVERIFY(!kubeconfig().contains("certificate-authority-data"));
        // Written plain, so kubectl reads a boolean (not the string "true").
        QCOMPARE(kubectl({u"get"_s, u"--raw"_s, u"/version"_s}).exitCode, 0);
        QCOMPARE(berthctl({u"whoami"_s}).out, QByteArray("viewer\n"));
    }

    void everyVerbThatReadsTheTokenWarnsOnceAboutAReadableKubeconfig()
    {
        QVERIFY(berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s,
                          m_sandbox.token(u"developer"_s), u"--insecure-skip-tls-verify"_s})
                    .exitCode
                == 0);
        QCOMPARE(berthctl({u"whoami"_s}).err, QByteArray());
        ::chmod(QFile::encodeName(kubeconfigPath()).constData(), 0644);
        const QByteArray warning = "warning: " + kubeconfigPath().toUtf8()
            + " is readable by other users; run: chmod 600 " + kubeconfigPath().toUtf8() + '\n';
        for (const QStringList &verb :
             {QStringList {u"whoami"_s}, QStringList {u"whoami"_s, u"-t"_s},
              QStringList {u"image"_s, u"ls"_s, u"team-a"_s}}) {
            const ProcessResult r = berthctl(verb);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.err, warning);
        }
        // context list reads no token: nothing to say.
        QCOMPARE(berthctl({u"context"_s, u"list"_s}).err, QByteArray());
    }

    void badTokenIsRefused()
    {
        const ProcessResult r
            = berthctl({u"login"_s, u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s,
                        u"sha256~invalid"_s, u"--certificate-authority"_s, m_sandbox.apiCaFile()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The token provided is invalid or expired"), r.err.constData());
        QVERIFY(!QFile::exists(kubeconfigPath()));
    }

    void consoleUrlInsteadOfApiUrl()
    {
        // A web console: an https page answering text/html.
        const Berth::Sandbox::CertificateAuthority ca
            = Berth::Sandbox::CertificateAuthority::create(u"console-ca"_s);
        const Berth::Sandbox::KeyPair leaf
            = ca.issue(u"console"_s, {u"localhost"_s}, {u"127.0.0.1"_s});
        QTemporaryDir dir;
        QFile caFile(dir.filePath(u"ca.crt"_s));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(ca.pair().certificatePem);
        caFile.close();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(leaf.certificatePem));
        ssl.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
        Berth::Sandbox::HttpServer console([](const Berth::Sandbox::ServerRequest &,
                                              Berth::Sandbox::ResponseWriter *w) {
            w->send(200, {{"Content-Type", "text/html; charset=utf-8"}}, "<html>console</html>");
        });
        QVERIFY(console.listen(0, &ssl));
        // berthctl runs in another process; serve from this one's event loop meanwhile.
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(BERTHCTL_BINARY),
                {u"login"_s, u"--server"_s, u"https://127.0.0.1:%1"_s.arg(console.port()),
                 u"--token"_s, u"sha256~x"_s, u"--certificate-authority"_s, caFile.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("console URL") && err.contains(":6443"), err.constData());
    }

    void helpGoesToStdoutWithEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected"); // a line the help holds
        const QByteArray general = "  image      list, inspect, push, pull, copy and remove images";
        QTest::newRow("--help") << QStringList {u"--help"_s} << general;
        QTest::newRow("-h") << QStringList {u"-h"_s} << general;
        QTest::newRow("help") << QStringList {u"help"_s} << general;
        QTest::newRow("global option first")
            << QStringList {u"--kubeconfig"_s, u"x"_s, u"--help"_s} << general;
        QTest::newRow("login --help")
            << QStringList {u"login"_s, u"--help"_s} << QByteArray("  --trust-fingerprint SHA256");
        QTest::newRow("login URL --help")
            << QStringList {u"login"_s, u"https://api.x:6443"_s, u"--help"_s}
            << QByteArray("Usage: berthctl login --server URL --token TOKEN");
        QTest::newRow("whoami -h")
            << QStringList {u"whoami"_s, u"-h"_s} << QByteArray("  -t, --show-token");
        QTest::newRow("help context")
            << QStringList {u"help"_s, u"context"_s} << QByteArray("Usage: berthctl context list");
        QTest::newRow("image --help")
            << QStringList {u"image"_s, u"--help"_s} << QByteArray("  push SRC REF");
        QTest::newRow("image push --help")
            << QStringList {u"image"_s, u"push"_s, u"--help"_s} << QByteArray("  --jobs N");
        QTest::newRow("help image rm")
            << QStringList {u"help"_s, u"image"_s, u"rm"_s} << QByteArray("ImageStreamTag");
        QTest::newRow("storageclass --help")
            << QStringList {u"storageclass"_s, u"--help"_s} << QByteArray("  --dry-run");
        QTest::newRow("storageclass set-default --help")
            << QStringList {u"storageclass"_s, u"set-default"_s, u"--help"_s}
            << QByteArray("\nExample:\n");
        for (const QString &sub : {u"ls"_s, u"tags"_s, u"inspect"_s, u"pull"_s, u"copy"_s})
            QTest::newRow(qPrintable(u"image "_s + sub + u" --help"_s))
                << QStringList {u"image"_s, sub, u"--help"_s} << QByteArray("\nExample:\n");
    }
    void helpGoesToStdoutWithEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const ProcessResult r = berthctl(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY2(r.out.contains(expected), r.out.constData());
        if (args.contains(u"--help"_s) && args.first() == u"--help"_s) {
            for (const char *verb : {"  login ", "  whoami ", "  context ", "  image "})
                QVERIFY2(r.out.contains(verb), verb);
        }
    }

    void helpOfAnUnknownCommandIsAUsageError()
    {
        const ProcessResult r = berthctl({u"frobnicate"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("unknown command \"frobnicate\""));
        const ProcessResult image = berthctl({u"image"_s, u"frob"_s, u"--help"_s});
        QCOMPARE(image.exitCode, 2);
        QVERIFY(image.out.isEmpty());
        QVERIFY(image.err.contains("unknown image command \"frob\""));
    }

    void versionOfBothProgramsNeedsNoDisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("flag");
        QTest::newRow("berthctl --version") << QStringLiteral(BERTHCTL_BINARY) << u"--version"_s;
        QTest::newRow("berth --version") << QStringLiteral(BERTH_BINARY) << u"--version"_s;
        QTest::newRow("berth -v") << QStringLiteral(BERTH_BINARY) << u"-v"_s;
    }
    void versionOfBothProgramsNeedsNoDisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, flag);
        QProcessEnvironment e = env();
        e.remove(u"DISPLAY"_s);
        e.remove(u"WAYLAND_DISPLAY"_s);
        e.remove(u"QT_QPA_PLATFORM"_s); // xcb, which needs a display
        const ProcessResult r = Berth::Test::runProgram(program, {flag}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(" 0.") && r.out.contains("\nQt 6.") && r.out.contains("\nOpenSSL ")
                     && r.out.contains("\nKSyntaxHighlighting: "),
                 r.out.constData());
    }

    void berthHelpNeedsNoDisplay()
    {
        QProcessEnvironment e = env();
        e.remove(u"DISPLAY"_s);
        e.remove(u"WAYLAND_DISPLAY"_s);
        e.remove(u"QT_QPA_PLATFORM"_s);
        const ProcessResult r
            = Berth::Test::runProgram(QStringLiteral(BERTH_BINARY), {u"--help"_s}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("--kubeconfig <FILE>"));
        QVERIFY(r.out.contains("--context <NAME>"));
    }

    void usageErrors()
    {
        QCOMPARE(berthctl({}).exitCode, 2);
        QCOMPARE(berthctl({u"login"_s, u"--server"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(berthctl({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(berthctl({u"-o"_s, u"xml"_s, u"whoami"_s}).exitCode, 2);
        const ProcessResult r = berthctl({u"whoami"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("log in first"));
    }
};

QTEST_GUILESS_MAIN(tst_Berthctl)
#include "tst_berthctl.moc"
