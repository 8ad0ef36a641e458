// SPDX-License-Identifier: Apache-2.0
// berthctl's verbs that change the cluster, each against a fresh berth-sandbox, checked with
// the real kubectl.
#include "sandboxprocess.h"
#include "seedsteps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;
using Berth::Test::ProcessResult;

class tst_ClusterVerbs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Berth::Test::SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;

    ProcessResult berthctl(const QStringList &args)
    {
        return m_sandbox->berthctl(args, m_home->path());
    }
    /// berthctl as `identity`, through a kubeconfig of its own made by berthctl login.
    ProcessResult berthctlAs(const QString &identity, const QStringList &args)
    {
        const QString config = m_sandbox->logIn(identity);
        if (config.isEmpty())
            return {-1, {}, m_sandbox->errorString().toUtf8()};
        QProcessEnvironment e = m_sandbox->userEnvironment(m_home->path());
        e.insert(u"KUBECONFIG"_s, config);
        return Berth::Test::runProgram(QStringLiteral(BERTHCTL_BINARY), args, e);
    }
    QString defaultAnnotation(Berth::Test::SandboxProcess *sandbox, const QString &sc)
    {
        return QString::fromUtf8(
            sandbox
                ->kubectl({u"get"_s, u"storageclass"_s, sc, u"-o"_s,
                           u"jsonpath={.metadata.annotations.storageclass\\.kubernetes\\.io/"
                           u"is-default-class}"_s})
                .out);
    }

    /// The one change history file berthctl wrote in the test's home, if it is the user's
    /// alone (0600); empty otherwise.
    QByteArray historyFile()
    {
        const QDir histories(m_home->filePath(u".local/state/berth/history"_s));
        const QStringList files = histories.entryList({u"*.json"_s}, QDir::Files);
        QFile file(histories.filePath(files.value(0)));
        if (files.size() != 1
            || (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            || !file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Berth::Test::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }
    void cleanup() { m_sandbox.reset(); }

    void storageClassListShowsTheDefaultAndWhatCanServeTheRegistry()
    {
        const ProcessResult table = berthctl({u"storageclass"_s, u"list"_s});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("NAME "));
        QVERIFY(lines.at(0).endsWith(" RWX"));
        QVERIFY(lines.at(1).startsWith("ontap-gold "));
        QVERIFY(lines.at(1).endsWith(" yes"));
        QVERIFY(lines.at(2).startsWith("thin (default) "));
        QVERIFY(lines.at(2).endsWith(" no"));
        QCOMPARE(table.err, QByteArray());

        const ProcessResult json = berthctl({u"storageclass"_s, u"list"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray items
            = QJsonDocument::fromJson(json.out).object().value("items"_L1).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toObject().value("provisioner"_L1).toString(),
                 u"kubernetes.io/vsphere-volume"_s);

        // Two defaults: said, with what to do.
        QCOMPARE(m_sandbox
                     ->kubectl({u"annotate"_s, u"--overwrite"_s, u"storageclass"_s, u"ontap-gold"_s,
                                u"storageclass.kubernetes.io/is-default-class=true"_s})
                     .exitCode,
                 0);
        const ProcessResult two = berthctl({u"storageclass"_s, u"list"_s});
        QCOMPARE(two.exitCode, 0);
        QVERIFY2(two.err.contains("ontap-gold, thin are all marked default")
                     && two.err.contains("berthctl storageclass set-default NAME"),
                 two.err.constData());
    }

    void setDefaultDryRunPrintsTheDiffAndTheCommandAndChangesNothing()
    {
        const ProcessResult r
            = berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("+    storageclass.kubernetes.io/is-default-class: 'true'\n"),
                 r.out.constData());
        QVERIFY(r.out.contains("\noc patch storageclass ontap-gold --type=json -p '[{"));
        QVERIFY(r.out.contains("\noc patch storageclass thin --type=json -p '[{"));
        QVERIFY(r.out.contains("storageclass.storage.k8s.io/thin patched (server dry run)\n"));
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), QString());
        // oc's spelling is taken too.
        QCOMPARE(
            berthctl({u"sc"_s, u"set-default"_s, u"ontap-gold"_s, u"--dry-run=server"_s}).exitCode,
            0);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"true"_s);
        QCOMPARE(
            berthctl({u"sc"_s, u"set-default"_s, u"ontap-gold"_s, u"--dry-run=client"_s}).exitCode,
            2);
    }

    void setDefaultDoesWhatTheSeedsPatchesDoAndItsCommandsReproduceIt()
    {
        const ProcessResult r
            = berthctl({u"-v"_s, u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("storageclass.storage.k8s.io/ontap-gold patched\n")
                     && r.out.contains("storageclass.storage.k8s.io/thin patched\n"),
                 r.out.constData());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"false"_s);
        // Again: nothing to do, and it says so.
        const ProcessResult again
            = berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already the only default"));

        // The printed oc commands, run with kubectl against a fresh sandbox, do the same.
        QStringList commands;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("oc "))
                commands.append(QString::fromUtf8(line));
        }
        QCOMPARE(commands.size(), 2);
        Berth::Test::SandboxProcess fresh;
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        const QString script
            = u"set -euo pipefail\noc() { \"$KUBECTL\" --kubeconfig \"$CONFIG\" \"$@\"; }\n"_s
            + commands.join(u'\n') + u'\n';
        QProcessEnvironment e = m_sandbox->userEnvironment(m_home->path());
        e.insert(u"KUBECTL"_s, QStringLiteral(KUBECTL_BINARY));
        e.insert(u"CONFIG"_s, fresh.kubeconfig());
        const ProcessResult ran = Berth::Test::runProgram(u"bash"_s, {u"-c"_s, script}, e);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        for (const QString &sc : {u"ontap-gold"_s, u"thin"_s})
            QCOMPARE(defaultAnnotation(&fresh, sc), defaultAnnotation(m_sandbox.get(), sc));
    }

    void aViewerIsRefusedBeforeAnythingIsSent()
    {
        const ProcessResult r
            = berthctlAs(u"viewer"_s, {u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("error: ") && r.err.contains("storageclass"), r.err.constData());
        QVERIFY2(r.err.contains("cannot") || r.err.contains("forbidden")
                     || r.err.contains("Forbidden"),
                 r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), QString());
    }

    void anExpiredTokenChangesNothingAndSaysToLogInAgain_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("storageclass set-default")
            << QStringList {u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s};
        QTest::newRow("registry set")
            << QStringList {u"registry"_s, u"set"_s, u"--management-state"_s, u"Managed"_s};
        QTest::newRow("policy add-role-to-user") << QStringList {
            u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"developer"_s, u"-n"_s,
            u"team-a"_s};
    }
    void anExpiredTokenChangesNothingAndSaysToLogInAgain()
    {
        // The kubeconfig's token expired or was revoked: one line that says to log in again,
        // exit 1, and the cluster as it was.
        QFETCH(QStringList, args);
        QFile source(m_sandbox->kubeconfig());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString expired = m_home->filePath(u"expired-config"_s);
        QFile config(expired);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QString::fromUtf8(source.readAll())
                         .replace(QRegularExpression(u"token: \\S+"_s), u"token: sha256~revoked"_s)
                         .toUtf8());
        config.close();
        config.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before
            = m_sandbox
                  ->kubectl({u"get"_s, u"storageclasses,rolebindings,configs.imageregistry"_s,
                             u"-A"_s, u"-o"_s, u"yaml"_s})
                  .out;
        QProcessEnvironment e = m_sandbox->userEnvironment(m_home->path());
        e.insert(u"KUBECONFIG"_s, expired);
        const ProcessResult r = Berth::Test::runProgram(QStringLiteral(BERTHCTL_BINARY), args, e);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The token provided is invalid or expired"), r.err.constData());
        QVERIFY2(r.err.contains("berthctl login"), r.err.constData());
        QCOMPARE(m_sandbox
                     ->kubectl({u"get"_s, u"storageclasses,rolebindings,configs.imageregistry"_s,
                                u"-A"_s, u"-o"_s, u"yaml"_s})
                     .out,
                 before);
    }

    void policyGrantsAsTheSeedDoesAndItsCommandsReproduceTheBindings()
    {
        // Step 8 of the procedure: registry-viewer for a user, registry-editor for a group.
        const ProcessResult viewer
            = berthctl({u"-v"_s, u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s,
                        u"developer"_s, u"-n"_s, u"team-a"_s});
        QVERIFY2(viewer.exitCode == 0, viewer.err.constData());
        QVERIFY(viewer.out.endsWith(
            "clusterrole.rbac.authorization.k8s.io/registry-viewer added: \"developer\"\n"));
        QCOMPARE(viewer.err, QByteArray()); // developer exists: no warning
        const ProcessResult editor
            = berthctl({u"-v"_s, u"policy"_s, u"add-role-to-group"_s, u"registry-editor"_s,
                        u"ocp-user-group"_s, u"-n"_s, u"team-a"_s});
        QVERIFY2(editor.exitCode == 0, editor.err.constData());
        auto bindings = [](Berth::Test::SandboxProcess *sandbox) {
            return QString::fromUtf8(
                sandbox
                    ->kubectl({u"get"_s, u"rolebindings"_s, u"-n"_s, u"team-a"_s, u"-o"_s,
                               u"jsonpath={range .items[*]}{.metadata.name}={.roleRef.kind}/"
                               u"{.roleRef.name}:{.subjects[*].kind}/{.subjects[*].name}/"
                               u"{.subjects[*].apiGroup};{end}"_s})
                    .out);
        };
        QCOMPARE(bindings(m_sandbox.get()),
                 u"admin=ClusterRole/admin:User/developer/rbac.authorization.k8s.io;"
                 "registry-editor=ClusterRole/registry-editor:Group/ocp-user-group/"
                 "rbac.authorization.k8s.io;"
                 "registry-viewer=ClusterRole/registry-viewer:User/developer/"
                 "rbac.authorization.k8s.io;"_s);
        // Granted again: nothing to do, and it says so.
        const ProcessResult again
            = berthctl({u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"developer"_s,
                        u"-n"_s, u"team-a"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already has registry-viewer in team-a"));
        // An unknown user is bound anyway, with oc's warning.
        const ProcessResult unknown
            = berthctl({u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"nobody"_s,
                        u"-n"_s, u"team-a"_s});
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY2(unknown.err.contains("warning: user \"nobody\" not found"),
                 unknown.err.constData());
        QCOMPARE(m_sandbox
                     ->kubectl(
                         {u"get"_s, u"rolebinding"_s, u"registry-viewer-0"_s, u"-n"_s, u"team-a"_s})
                     .exitCode,
                 0);

        // The printed oc create lines, run with kubectl against a fresh sandbox, make the same.
        QStringList commands;
        for (const QByteArray &line : viewer.out.split('\n') + editor.out.split('\n')) {
            if (line.startsWith("oc "))
                commands.append(QString::fromUtf8(line));
        }
        QCOMPARE(commands.size(), 2);
        Berth::Test::SandboxProcess fresh;
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        QProcessEnvironment e = m_sandbox->userEnvironment(m_home->path());
        e.insert(u"KUBECTL"_s, QStringLiteral(KUBECTL_BINARY));
        e.insert(u"CONFIG"_s, fresh.kubeconfig());
        const ProcessResult ran = Berth::Test::runProgram(
            u"bash"_s,
            {u"-c"_s,
             u"set -euo pipefail\noc() { \"$KUBECTL\" --kubeconfig \"$CONFIG\" \"$@\"; }\n"_s
                 + commands.join(u'\n') + u'\n'},
            e);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        QCOMPARE(
            bindings(&fresh).remove(u"registry-viewer-0"_s),
            bindings(m_sandbox.get())
                .remove(
                    u"registry-viewer-0=ClusterRole/registry-viewer:User/nobody/rbac.authorization.k8s.io;"_s));

        // Taken back: the emptied binding goes.
        const ProcessResult removed
            = berthctl({u"policy"_s, u"remove-role-from-user"_s, u"registry-viewer"_s,
                        u"developer"_s, u"-n"_s, u"team-a"_s});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains("registry-viewer removed: \"developer\""));
        QVERIFY(
            m_sandbox
                ->kubectl({u"get"_s, u"rolebinding"_s, u"registry-viewer"_s, u"-n"_s, u"team-a"_s})
                .exitCode
            != 0);
        const ProcessResult none
            = berthctl({u"policy"_s, u"remove-role-from-user"_s, u"registry-viewer"_s,
                        u"developer"_s, u"-n"_s, u"team-a"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("does not have registry-viewer"));
    }

    void policyRefusalsSendNothing()
    {
        // The viewer may not grant anything in team-a.
        const ProcessResult viewer
            = berthctlAs(u"viewer"_s,
                         {u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"viewer"_s,
                          u"-n"_s, u"team-a"_s});
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY2(viewer.err.contains("forbidden") || viewer.err.contains("cannot"),
                 viewer.err.constData());
        // The project's admin may grant the registry roles there, but not cluster-admin: the
        // server's escalation check refuses it in the dry run, before anything is created.
        const ProcessResult ok
            = berthctlAs(u"developer"_s,
                         {u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"viewer"_s,
                          u"-n"_s, u"team-a"_s});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const ProcessResult escalate
            = berthctlAs(u"developer"_s,
                         {u"policy"_s, u"add-role-to-user"_s, u"cluster-admin"_s, u"viewer"_s,
                          u"-n"_s, u"team-a"_s});
        QCOMPARE(escalate.exitCode, 1);
        QVERIFY2(escalate.err.contains("not currently held"), escalate.err.constData());
        QVERIFY(
            m_sandbox
                ->kubectl({u"get"_s, u"rolebinding"_s, u"cluster-admin"_s, u"-n"_s, u"team-a"_s})
                .exitCode
            != 0);
        // Names the server would refuse are refused before anything is sent.
        QCOMPARE(berthctl({u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"a/b"_s,
                           u"-n"_s, u"team-a"_s})
                     .exitCode,
                 1);
        QCOMPARE(berthctl({u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"alice"_s,
                           u"-n"_s, u"Team_A"_s})
                     .exitCode,
                 1);
        QCOMPARE(berthctl({u"policy"_s, u"add-role-to-group"_s, u"registry-viewer"_s, u"-z"_s,
                           u"builder"_s})
                     .exitCode,
                 2);
        QCOMPARE(berthctl({u"policy"_s, u"frob"_s}).exitCode, 2);
    }

    void aServiceAccountIsGrantedByDashZ()
    {
        const ProcessResult r
            = berthctl({u"policy"_s, u"add-role-to-user"_s, u"system:image-puller"_s, u"-z"_s,
                        u"builder"_s, u"-n"_s, u"team-a"_s, u"-v"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("--serviceaccount=team-a:builder"));
        QCOMPARE(QString::fromUtf8(
                     m_sandbox
                         ->kubectl({u"get"_s, u"rolebinding"_s, u"system:image-puller"_s, u"-n"_s,
                                    u"team-a"_s, u"-o"_s,
                                    u"jsonpath={.subjects[0].kind}/{.subjects[0].namespace}/"
                                    u"{.subjects[0].name}"_s})
                         .out),
                 u"ServiceAccount/team-a/builder"_s);
    }

    void revertUndoesTheLastChangeUntilSomeoneElseChangedItsObject()
    {
        QCOMPARE(berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s}).exitCode, 0);
        // Two changes, oldest first, by the context's user; the file is the user's alone.
        ProcessResult r = berthctl({u"history"_s});
        QCOMPARE(r.exitCode, 0);
        QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("#   APPLIED ") && lines.at(0).endsWith(" CHANGE"),
                 r.out.constData());
        QVERIFY2(lines.at(1).startsWith("1   ") && lines.at(1).contains(" kubeadmin ")
                     && lines.at(1).contains(" storageclass.storage.k8s.io/ontap-gold ")
                     && lines.at(1).endsWith("Make ontap-gold the default storage class"),
                 r.out.constData());
        QVERIFY2(lines.at(2).startsWith("2   ")
                     && lines.at(2).contains(" storageclass.storage.k8s.io/thin "),
                 r.out.constData());
        QVERIFY(!historyFile().isEmpty());
        r = berthctl({u"history"_s, u"-o"_s, u"json"_s});
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value("name"_L1).toString(), u"thin"_s);
        QCOMPARE(entries.at(1).toObject().value("write"_L1).toString(), u"patch"_s);

        // A dry run says what the revert would do and changes nothing.
        r = berthctl({u"revert"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("+    storageclass.kubernetes.io/is-default-class: 'true'\n")
                     && r.out.contains("oc patch storageclasses.storage.k8s.io thin "
                                       "--type=merge -p ")
                     && r.out.contains("oc patch storageclasses.storage.k8s.io ontap-gold "
                                       "--type=merge -p "),
                 r.out.constData());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"false"_s);

        // The whole command goes back, newest change first: thin is the one default again.
        r = berthctl({u"revert"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("storageclass.storage.k8s.io/thin patched\n"
                                  "storageclass.storage.k8s.io/ontap-gold patched\n"
                                  "Reverted: Make ontap-gold the default storage class\n"
                                  "Reverted: "),
                 r.out.constData());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), QString());
        QCOMPARE(berthctl({u"history"_s}).out, QByteArray("No changes.\n"));

        // Someone else changed ontap-gold since the next set-default: its revert is refused
        // with what they changed, nothing is sent, and forget lets it go.
        QCOMPARE(berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s}).exitCode, 0);
        QCOMPARE(
            m_sandbox->kubectl({u"label"_s, u"storageclass"_s, u"ontap-gold"_s, u"tier=gold"_s})
                .exitCode,
            0);
        r = berthctl({u"revert"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("+    tier: gold\n") && r.err.contains("error: ")
                     && r.err.contains("berthctl history forget"),
                 r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"false"_s);
        r = berthctl({u"history"_s, u"forget"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Forgotten (left as it is on the cluster): "), r.out.constData());
        QCOMPARE(berthctl({u"history"_s}).out, QByteArray("No changes.\n"));
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), u"true"_s);
    }

    void aHistoryThatCannotBeWrittenIsAWarningAndTheChangeStands()
    {
        // A file where the history's directory goes: the change is made, and berthctl says
        // that it cannot be reverted, on stderr, exiting 0.
        QVERIFY(QDir().mkpath(m_home->filePath(u".local/state/berth"_s)));
        QFile blocker(m_home->filePath(u".local/state/berth/history"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ProcessResult r = berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("ontap-gold"), r.out.constData());
        QVERIFY2(r.err.startsWith("warning: Make ontap-gold the default storage class cannot "
                                  "be reverted with Berth: File error: cannot create directory ")
                     && r.err.count("warning: ") == 2,
                 r.err.constData());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"false"_s);
        QCOMPARE(blocker.size(), 0);
    }

    void theRegistrysHttpSecretNeverReachesTheHistory()
    {
        const QByteArray httpSecret
            = m_sandbox
                  ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                             u"cluster"_s, u"-o"_s, u"jsonpath={.spec.httpSecret}"_s})
                  .out;
        QVERIFY(httpSecret.size() > 16);
        ProcessResult r = berthctl({u"registry"_s, u"set"_s, u"--replicas"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray kept = historyFile();
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.contains("\"httpSecret\":\"REDACTED\""));
        QVERIFY(!kept.contains(httpSecret));
        for (const QString &format : {u"json"_s, u"yaml"_s}) {
            r = berthctl({u"history"_s, u"-o"_s, format});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("REDACTED"));
            QVERIFY(!r.out.contains(httpSecret));
        }
        // The replicas go back; the secret, never in the file, stays as it is.
        r = berthctl({u"revert"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_sandbox
                     ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                                u"cluster"_s, u"-o"_s, u"jsonpath={.spec.replicas}"_s})
                     .out,
                 QByteArray("1"));
        QCOMPARE(m_sandbox
                     ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                                u"cluster"_s, u"-o"_s, u"jsonpath={.spec.httpSecret}"_s})
                     .out,
                 httpSecret);
    }

    void aCreatedPullSecretIsRevertedWithoutItsContentsEverReachingTheHistory()
    {
        const QString password = u"pa55-word-in-history"_s;
        ProcessResult r = berthctl({u"secret"_s, u"create-pull"_s, u"pull"_s, u"-n"_s, u"team-a"_s,
                                    u"--server"_s, u"quay.io"_s, u"--username"_s, u"robot"_s,
                                    u"--password"_s, password});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray kept = historyFile();
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.contains("\"name\":\"pull\""));
        QVERIFY(kept.contains("\".dockerconfigjson\":\"REDACTED\""));
        QVERIFY(!kept.contains(password.toUtf8()));
        QVERIFY(!kept.contains(password.toUtf8().toBase64()));
        QVERIFY(!kept.contains("robot:"));

        r = berthctl({u"revert"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("secret/pull deleted\n"), r.out.constData());
        QCOMPARE(
            m_sandbox->kubectl({u"get"_s, u"secret"_s, u"pull"_s, u"-n"_s, u"team-a"_s}).exitCode,
            1);
        // Nothing left: one line that says so.
        r = berthctl({u"revert"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no change to") && r.err.contains("left to revert"),
                 r.err.constData());
        QCOMPARE(berthctl({u"history"_s}).out, QByteArray("No changes.\n"));
    }

    void aPlanThatTheServerWouldRefuseInPartIsNotStartedAtAll()
    {
        // The viewer may patch ontap-gold but not thin: the first change alone would go
        // through. The dry run of both comes first, so neither is sent for real.
        const QString role
            = u"{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRole\","
              "\"metadata\":{\"name\":\"gold-patcher\"},\"rules\":["
              "{\"apiGroups\":[\"storage.k8s.io\"],\"resources\":[\"storageclasses\"],"
              "\"verbs\":[\"get\",\"list\",\"watch\"]},"
              "{\"apiGroups\":[\"storage.k8s.io\"],\"resources\":[\"storageclasses\"],"
              "\"resourceNames\":[\"ontap-gold\"],\"verbs\":[\"patch\"]}]}"_s;
        QFile file(m_home->filePath(u"role.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(role.toUtf8());
        file.close();
        QCOMPARE(m_sandbox->kubectl({u"create"_s, u"-f"_s, file.fileName()}).exitCode, 0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"create"_s, u"clusterrolebinding"_s, u"gold-patcher"_s,
                                u"--clusterrole=gold-patcher"_s, u"--user=viewer"_s})
                     .exitCode,
                 0);
        const ProcessResult r
            = berthctlAs(u"viewer"_s, {u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("storageclass.storage.k8s.io/thin"), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"ontap-gold"_s), QString());
        QCOMPARE(defaultAnnotation(m_sandbox.get(), u"thin"_s), u"true"_s);
    }

    void registrySetDoesStepsTwoToFourAndTheRegistryComesUp()
    {
        QCOMPARE(berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s}).exitCode, 0);
        const ProcessResult dry = berthctl({u"registry"_s, u"set"_s, u"--pvc-claim"_s, QString(),
                                            u"--default-route=true"_s, u"--management-state"_s,
                                            u"Managed"_s, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY(dry.out.contains("+  managementState: Managed"));
        // The registry's own secret is not shown in a review.
        QVERIFY(!dry.out.contains("httpSecret: '") || dry.out.contains("httpSecret: REDACTED"));
        auto state = [this] {
            return QString::fromUtf8(
                m_sandbox
                    ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                               u"cluster"_s, u"-o"_s, u"jsonpath={.spec.managementState}"_s})
                    .out);
        };
        QCOMPARE(state(), u"Removed"_s);
        const ProcessResult r
            = berthctl({u"-v"_s, u"registry"_s, u"set"_s, u"--pvc-claim"_s, QString(),
                        u"--default-route=true"_s, u"--management-state"_s, u"Managed"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Exactly the seed's patches, as one merge patch.
        QVERIFY2(r.out.contains("oc patch configs.imageregistry.operator.openshift.io/cluster "
                                "--type=merge -p '{\"spec\":{\"defaultRoute\":true,"
                                "\"managementState\":\"Managed\",\"storage\":{\"pvc\":"
                                "{\"claim\":\"\"}}}}'"),
                 r.out.constData());
        QCOMPARE(state(), u"Managed"_s);
        // The operator takes it from there: claim, deployment, route, then Available.
        QElapsedTimer clock;
        clock.start();
        QString available;
        while (clock.elapsed() < 60000) {
            available = QString::fromUtf8(
                m_sandbox
                    ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                               u"cluster"_s, u"-o"_s,
                               u"jsonpath={.status.conditions[?(@.type==\"Available\")].reason}"_s})
                    .out);
            if (available == u"Ready") // not "Removed", which is Available too
                break;
            QThread::msleep(250);
        }
        qInfo() << "Available after" << clock.elapsed() << "ms";
        QCOMPARE(available, u"Ready"_s);
        const ProcessResult show = berthctl({u"registry"_s, u"show"_s});
        QVERIFY(show.out.contains("Default route:      true"));
        QVERIFY2(show.out.contains("pvc (image-registry-storage"), show.out.constData());
        // Said again: nothing to do.
        QVERIFY(berthctl({u"registry"_s, u"set"_s, u"--management-state"_s, u"Managed"_s})
                    .out.contains("already says that"));
    }

    void theSeedsStepsThroughBerthctlMakeWhatTheSeedMakes()
    {
        const QList<QStringList> steps {
            {u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s},
            {u"registry"_s, u"set"_s, u"--pvc-claim"_s, QString(), u"--management-state"_s,
             u"Managed"_s, u"--default-route=true"_s},
            {u"policy"_s, u"add-role-to-user"_s, u"registry-viewer"_s, u"ocp-user"_s, u"-n"_s,
             u"team-a"_s},
            {u"policy"_s, u"add-role-to-group"_s, u"registry-viewer"_s, u"ocp-user-group"_s,
             u"-n"_s, u"team-a"_s},
            {u"policy"_s, u"add-role-to-user"_s, u"registry-editor"_s, u"ocp-user"_s, u"-n"_s,
             u"team-a"_s},
            {u"policy"_s, u"add-role-to-group"_s, u"registry-editor"_s, u"ocp-user-group"_s,
             u"-n"_s, u"team-a"_s},
        };
        for (const QStringList &step : steps) {
            const ProcessResult r = berthctl(step);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // registry status says Available once the operator is done.
        QString phase;
        QElapsedTimer clock;
        clock.start();
        while (phase != u"Available" && clock.elapsed() < 60000) {
            const ProcessResult r = berthctl({u"registry"_s, u"status"_s, u"-o"_s, u"json"_s});
            QCOMPARE(r.exitCode, 0);
            phase = QJsonDocument::fromJson(r.out).object().value("phase"_L1).toString();
            if (phase != u"Available")
                QThread::msleep(250);
        }
        QCOMPARE(phase, u"Available"_s);

        Berth::Test::SandboxProcess seed;
        QVERIFY2(seed.start(), qPrintable(seed.errorString()));
        const QString failed = Berth::Test::runSeedSteps(&seed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject ours = Berth::Test::seedStepsState(m_sandbox.get());
        QCOMPARE(ours.value("rolebindings"_L1).toArray().size(), 5);
        const QString difference
            = Berth::Test::seedStepsDifference(ours, Berth::Test::seedStepsState(&seed));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void registryStatusSaysWhyAndWatchFollowsUntilCtrlC()
    {
        const ProcessResult removed = berthctl({u"registry"_s, u"status"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY2(removed.out.startsWith("Registry:            Removed: the registry is not "
                                        "deployed.\nWhat to do:          Give it storage, then "
                                        "set the management state to Managed.\n"),
                 removed.out.constData());

        QProcess watch;
        watch.setProcessEnvironment(m_sandbox->userEnvironment(m_home->path()));
        watch.start(QStringLiteral(BERTHCTL_BINARY), {u"registry"_s, u"status"_s, u"--watch"_s});
        QVERIFY(watch.waitForStarted());
        QByteArray seen;
        auto waitFor = [&watch, &seen](const QByteArray &text) {
            QElapsedTimer clock;
            clock.start();
            while (!seen.contains(text) && clock.elapsed() < 30000) {
                watch.waitForReadyRead(200);
                seen += watch.readAllStandardOutput();
            }
            return seen.contains(text);
        };
        QVERIFY(waitFor("Removed: the registry is not deployed."));
        // Managed on the operator's claim, with thin (vSphere, no RWX) the default: the claim
        // stays Pending, and the watch says why and what to do.
        QCOMPARE(berthctl({u"registry"_s, u"set"_s, u"--pvc-claim"_s, QString(),
                           u"--management-state"_s, u"Managed"_s})
                     .exitCode,
                 0);
        QVERIFY2(waitFor("The claim image-registry-storage is Pending: failed to provision "
                         "volume with StorageClass \"thin\": invalid AccessModes "
                         "[ReadWriteMany]: only AccessModes [ReadWriteOnce] are supported. Its "
                         "class, thin, cannot change: make a storage class that can serve "
                         "ReadWriteMany the default"),
                 seen.constData());
        // What it says to do: a new default, and the claim made again on it.
        QCOMPARE(berthctl({u"storageclass"_s, u"set-default"_s, u"ontap-gold"_s}).exitCode, 0);
        QCOMPARE(m_sandbox
                     ->kubectl({u"delete"_s, u"pvc"_s, u"image-registry-storage"_s, u"-n"_s,
                                u"openshift-image-registry"_s})
                     .exitCode,
                 0);
        QVERIFY2(waitFor("Available: the registry is ready (1 of 1 replicas).  It is reachable "
                         "only inside the cluster: turn on the default route"),
                 seen.constData());
        // Each change is one line with its time: nothing printed twice in a row.
        const QList<QByteArray> lines = seen.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).mid(8) != lines.at(i - 1).mid(8), lines.at(i).constData());
        // Ctrl+C ends the watch, as it ends kubectl get -w.
        ::kill(pid_t(watch.processId()), SIGINT);
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 128 + SIGINT);

        const ProcessResult json = berthctl({u"registry"_s, u"status"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(state.value("phase"_L1).toString(), u"Available"_s);
        QCOMPARE(state.value("claim"_L1).toObject().value("storageClass"_L1).toString(),
                 u"ontap-gold"_s);
        QCOMPARE(state.value("pods"_L1).toArray().size(), 1);
        const ProcessResult yaml = berthctl({u"registry"_s, u"status"_s, u"-o"_s, u"yaml"_s});
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY2(yaml.out.startsWith("---\n") && yaml.out.contains("\nphase: Available\n"),
                 yaml.out.constData());

        // A user who may read nothing of it is told so, with exit 1.
        const ProcessResult viewer = berthctlAs(u"viewer"_s, {u"registry"_s, u"status"_s});
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY2(viewer.out.contains("Unknown: the registry's config could not be read.")
                     && viewer.out.contains("Not readable:")
                     && viewer.out.contains("cannot list resource"),
                 viewer.out.constData());
    }

    void theOperatorsRulesAreCheckedBeforeAnythingIsSent()
    {
        // A ReadWriteOnce claim of one's own, as an admin might name.
        const QByteArray claim
            = "{\"apiVersion\":\"v1\",\"kind\":\"PersistentVolumeClaim\",\"metadata\":{"
              "\"name\":\"rwo-claim\",\"namespace\":\"openshift-image-registry\"},\"spec\":{"
              "\"accessModes\":[\"ReadWriteOnce\"],\"resources\":{\"requests\":{\"storage\":"
              "\"10Gi\"}}}}";
        QFile file(m_home->filePath(u"claim.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(claim);
        file.close();
        QCOMPARE(m_sandbox->kubectl({u"create"_s, u"-f"_s, file.fileName()}).exitCode, 0);
        const QByteArray before
            = m_sandbox
                  ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                             u"cluster"_s, u"-o"_s, u"jsonpath={.spec}"_s})
                  .out;
        const ProcessResult twoReplicas = berthctl(
            {u"registry"_s, u"set"_s, u"--pvc-claim"_s, u"rwo-claim"_s, u"--replicas"_s, u"2"_s});
        QCOMPARE(twoReplicas.exitCode, 1);
        QVERIFY2(twoReplicas.err.contains(
                     "cannot use ReadWriteOnce access mode with more than one replica"),
                 twoReplicas.err.constData());
        const ProcessResult rolling
            = berthctl({u"registry"_s, u"set"_s, u"--pvc-claim"_s, u"rwo-claim"_s});
        QCOMPARE(rolling.exitCode, 1);
        QVERIFY(rolling.err.contains("with RollingUpdate rollout strategy"));
        QCOMPARE(berthctl({u"registry"_s, u"set"_s, u"--pvc-claim"_s, u"rwo-claim"_s,
                           u"--rollout-strategy"_s, u"Recreate"_s, u"--dry-run"_s})
                     .exitCode,
                 0);
        const ProcessResult missing
            = berthctl({u"registry"_s, u"set"_s, u"--pvc-claim"_s, u"no-such-claim"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("never creates it"));
        const ProcessResult outside
            = berthctl({u"registry"_s, u"set"_s, u"--route"_s, u"mine=registry.example.com"_s});
        QCOMPARE(outside.exitCode, 1);
        QVERIFY(outside.err.contains("outside the ingress domain apps.sandbox.berth.test"));
        QCOMPARE(berthctl({u"registry"_s, u"set"_s, u"--route"_s, u"Bad_Name"_s}).exitCode, 1);
        QCOMPARE(berthctl({u"registry"_s, u"set"_s, u"--replicas"_s, u"two"_s}).exitCode, 2);
        QCOMPARE(berthctl({u"registry"_s, u"set"_s, u"--management-state"_s, u"On"_s}).exitCode, 1);
        // None of it reached the config.
        QCOMPARE(m_sandbox
                     ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                                u"cluster"_s, u"-o"_s, u"jsonpath={.spec}"_s})
                     .out,
                 before);
        const ProcessResult emptyDir
            = berthctl({u"registry"_s, u"set"_s, u"--emptydir"_s, u"--dry-run"_s});
        QCOMPARE(emptyDir.exitCode, 0);
        QVERIFY(emptyDir.err.contains("warning: emptyDir storage is lost"));
    }

    void aRouteIsChangedWhereItStandsAndRemovedByName()
    {
        QCOMPARE(m_sandbox
                     ->patchRegistryConfig(u"{\"spec\":{\"routes\":[{\"name\":\"first\"},"
                                           u"{\"name\":\"second\"}]}}"_s)
                     .exitCode,
                 0);
        const auto routes = [this] {
            return QString::fromUtf8(
                m_sandbox
                    ->kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s,
                               u"cluster"_s, u"-o"_s,
                               u"jsonpath={range .spec.routes[*]}{.name}={.hostname} {end}"_s})
                    .out.trimmed());
        };
        const ProcessResult changed = berthctl(
            {u"registry"_s, u"set"_s, u"--route"_s, u"first=mirror.apps.sandbox.berth.test"_s});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(routes(), u"first=mirror.apps.sandbox.berth.test second="_s);
        const ProcessResult removed = berthctl(
            {u"registry"_s, u"set"_s, u"--remove-route"_s, u"first"_s, u"--route"_s, u"third"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(routes(), u"second= third="_s);
        const ProcessResult unknown
            = berthctl({u"registry"_s, u"set"_s, u"--remove-route"_s, u"first"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no route named \"first\""), unknown.err.constData());
        QCOMPARE(routes(), u"second= third="_s);
    }

    void setDefaultOfAnUnknownClassIsRefusedAndPointsToTheList()
    {
        const ProcessResult r = berthctl({u"storageclass"_s, u"set-default"_s, u"gold"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no storage class named \"gold\""));
        QVERIFY(r.err.contains("berthctl storageclass list"));
        QCOMPARE(berthctl({u"storageclass"_s, u"set-default"_s}).exitCode, 2);
        QCOMPARE(berthctl({u"storageclass"_s, u"frob"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterVerbs)
#include "tst_clusterverbs.moc"
