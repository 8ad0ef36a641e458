// SPDX-License-Identifier: Apache-2.0
#include "common/command.h"
#include "common/commandlog.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_Command : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << u"storageclass"_s << u"storageclass"_s;
        QTest::newRow("path and flag") << u"--kubeconfig=/a/b.c"_s << u"--kubeconfig=/a/b.c"_s;
        QTest::newRow("qualified name") << u"configs.imageregistry.operator.openshift.io/cluster"_s
                                        << u"configs.imageregistry.operator.openshift.io/cluster"_s;
        QTest::newRow("json") << u"{\"spec\":{\"defaultRoute\":true}}"_s
                              << u"'{\"spec\":{\"defaultRoute\":true}}'"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
        QTest::newRow("backtick") << u"`id`"_s << u"'`id`'"_s;
        QTest::newRow("glob") << u"*.crt"_s << u"'*.crt'"_s;
        QTest::newRow("tilde") << u"~/x"_s << u"'~/x'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    }
    void quoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, word);
        QCOMPARE(Command::quote(argument), word);
    }

    void secretsNeverStay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shell");
        QTest::newRow("--token=") << QStringList {u"oc"_s, u"login"_s, u"--token=sha256~abc"_s}
                                  << u"oc login --token=\"$OC_TOKEN\""_s;
        QTest::newRow("--token VALUE")
            << QStringList {u"oc"_s, u"login"_s, u"--token"_s, u"abc"_s, u"--server=https://x"_s}
            << u"oc login --token \"$OC_TOKEN\" --server=https://x"_s;
        QTest::newRow("podman -p")
            << QStringList {u"podman"_s, u"login"_s,      u"-u"_s, u"kubeadmin"_s,
                            u"-p"_s,     u"sha256~abc"_s, u"reg"_s}
            << u"podman login -u kubeadmin -p \"$PASSWORD\" reg"_s;
        QTest::newRow("oc patch -p is the patch")
            << QStringList {u"oc"_s, u"patch"_s, u"sc"_s, u"thin"_s, u"-p"_s, u"{}"_s}
            << u"oc patch sc thin -p '{}'"_s;
        QTest::newRow("--password=")
            << QStringList {u"oc"_s, u"create"_s, u"secret"_s, u"--docker-password=pw"_s}
            << u"oc create secret --docker-password=\"$PASSWORD\""_s;
        QTest::newRow("oc login -p")
            << QStringList {u"oc"_s, u"login"_s, u"-u"_s, u"kubeadmin"_s, u"-p"_s, u"pw"_s}
            << u"oc login -u kubeadmin -p \"$PASSWORD\""_s;
        QTest::newRow("podman run -p is a port")
            << QStringList {u"podman"_s, u"run"_s, u"-p"_s, u"8080:80"_s, u"img"_s}
            << u"podman run -p 8080:80 img"_s;
        QTest::newRow("skopeo --src-creds")
            << QStringList {u"skopeo"_s,
                            u"copy"_s,
                            u"--src-creds=u:pw"_s,
                            u"--dest-registry-token"_s,
                            u"pw"_s,
                            u"a"_s,
                            u"b"_s}
            << u"skopeo copy --src-creds=\"$SRC_CREDS\" --dest-registry-token "
               "\"$DEST_REGISTRY_TOKEN\" a b"_s;
        QTest::newRow("service account token")
            << QStringList {u"echo"_s, u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s}
            << u"echo \"$OC_TOKEN\""_s;
        QTest::newRow("bare token")
            << QStringList {u"echo"_s, u"sha256~D49SpB_les"_s} << u"echo \"$OC_TOKEN\""_s;
        QTest::newRow("nothing") << QStringList {u"oc"_s, u"get"_s, u"pods"_s} << u"oc get pods"_s;
    }
    void secretsNeverStay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shell);
        const Command command(arguments);
        QCOMPARE(command.toShell(), shell);
        for (const QString &a : command.arguments())
            QVERIFY2(!a.contains(u"sha256~"_s) && !a.contains(u"pw"_s), qPrintable(a));
    }

    void theScriptRunsTheSameArgumentsInBash()
    {
        // A fake oc on PATH records the argument vector it receives: the script must hand it
        // exactly what the Command holds, whatever the quoting.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recorder = dir.filePath(u"oc"_s);
        QFile fake(recorder);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        // `oc whoami --show-server` answers $SERVER, as the real one names its cluster.
        fake.write("#!/bin/sh\n[ \"$1\" = whoami ] && { echo \"$SERVER\"; exit 0; }\n"
                   "printf '%s\\0' \"$@\" >> \"$RECORD\"\nprintf '\\n' >> \"$RECORD\"\n");
        fake.close();
        QVERIFY(QFile::setPermissions(
            recorder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner));
        CommandLog log;
        log.setServer(QUrl(u"https://api.x:6443"_s));
        QSignalSpy added(&log, &CommandLog::added);
        const QStringList patch {
            u"oc"_s,
            u"patch"_s,
            u"storageclass"_s,
            u"ontap-gold"_s,
            u"--type=json"_s,
            u"-p"_s,
            u"[{\"op\":\"replace\",\"path\":\"/metadata/annotations/a~1b\",\"value\":\"it's $x `y`\"}]"_s};
        log.add(u"Make ontap-gold the default\n; rm -rf /"_s, Command(patch));
        Command login({u"oc"_s, u"login"_s, u"--server=https://api.x:6443"_s});
        login.secret(u"--token="_s, u"OC_TOKEN"_s);
        log.add(u"Log in"_s, login);
        QCOMPARE(added.size(), 2);

        const QString script = log.script();
        QVERIFY(script.startsWith(u"#!/usr/bin/env bash\n"_s));
        QVERIFY(script.contains(u"\nset -euo pipefail\n"_s));
        // The summary stays a comment, even with a newline in it.
        QVERIFY(script.contains(u"\n# "_s) && !script.contains(u"\n; rm -rf /"_s));
        const QString path = dir.filePath(u"session.sh"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, dir.path() + u':' + env.value(u"PATH"_s));
        env.insert(u"RECORD"_s, dir.filePath(u"record"_s));
        // Without the token the script stops before running anything, and says what to set.
        Test::ProcessResult refused = Test::runProgram(u"bash"_s, {path}, env);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("OC_TOKEN"), refused.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"record"_s)));

        env.insert(u"OC_TOKEN"_s, u"sha256~secret"_s);
        // oc pointing at another cluster: it stops before the first change, and says where to
        // log in.
        env.insert(u"SERVER"_s, u"https://api.other:6443"_s);
        Test::ProcessResult elsewhere = Test::runProgram(u"bash"_s, {path}, env);
        QVERIFY(elsewhere.exitCode != 0);
        QVERIFY2(elsewhere.err.contains("https://api.x:6443"), elsewhere.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"record"_s)));

        env.insert(u"SERVER"_s, u"https://api.x:6443"_s);
        Test::ProcessResult ran = Test::runProgram(u"bash"_s, {path}, env);
        QCOMPARE(ran.exitCode, 0);
        QFile record(dir.filePath(u"record"_s));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = record.readAll().split('\n');
        auto argv = [](const QByteArray &line) {
            QStringList out;
            for (const QByteArray &a : line.split('\0'))
                out.append(QString::fromUtf8(a));
            out.removeLast(); // after the last NUL
            return out;
        };
        QCOMPARE(argv(lines.value(0)), patch.mid(1));
        QCOMPARE(argv(lines.value(1)),
                 (QStringList {u"login"_s, u"--server=https://api.x:6443"_s,
                               u"--token=sha256~secret"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_Command)
#include "tst_command.moc"
