// SPDX-License-Identifier: Apache-2.0
#include "await.h"
#include "kube/clustersession.h"
#include "openshift/changeplan.h"
#include "openshift/storageclasses.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

// Against a fresh berth-sandbox per test, checked with the real kubectl.
class tst_ChangePlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SandboxProcess> m_sandbox;
    std::unique_ptr<Kube::ClusterSession> m_session;
    std::unique_ptr<QTemporaryDir> m_state;

    /// A merge patch of the registry operator's config, the object its operator writes too.
    static Change registryLogLevel(const QByteArray &level)
    {
        Change change;
        change.type = Kube::Resources::registryConfigs();
        change.name = u"cluster"_s;
        change.patch = "{\"spec\":{\"logLevel\":\"" + level + "\"}}";
        change.summary = u"Log level "_s + QString::fromLatin1(level);
        return change;
    }

    QString kubectl(const QStringList &arguments)
    {
        const Test::ProcessResult r = m_sandbox->kubectl(arguments);
        if (r.exitCode != 0)
            return u"kubectl failed: "_s + QString::fromUtf8(r.err);
        return QString::fromUtf8(r.out).trimmed();
    }
    QString defaultAnnotation(const QString &storageClass)
    {
        return kubectl({u"get"_s, u"storageclass"_s, storageClass, u"-o"_s,
                        u"jsonpath={.metadata.annotations.storageclass\\.kubernetes\\.io/"
                        u"is-default-class}"_s});
    }
    QList<StorageClassInfo> storageClasses()
    {
        StorageClasses classes(m_session->client());
        QList<StorageClassInfo> out;
        auto *reply = classes.list();
        connect(reply, &Reply::finished, this, [&out, reply] {
            QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
            out = reply->value().items;
        });
        Test::await(reply);
        return out;
    }
    QList<Change> makeDefault(const QString &name)
    {
        const auto changes = StorageClasses::setDefault(storageClasses(), name);
        if (!changes)
            qWarning() << changes.error().message();
        return changes ? *changes : QList<Change>();
    }
    struct Reviewed
    {
        QList<ChangeReview> reviews;
        Error error;
    };
    Reviewed review(ChangePlan *plan)
    {
        Reviewed out;
        auto *reply = plan->review();
        connect(reply, &Reply::finished, this, [&out, reply] {
            out.error = reply->error();
            out.reviews = reply->value();
        });
        Test::await(reply);
        return out;
    }
    ApplyOutcome apply(ChangePlan *plan)
    {
        ApplyOutcome out;
        auto *reply = plan->apply();
        connect(reply, &Reply::finished, this, [&out, reply] {
            out = reply->value();
            QCOMPARE(reply->error().kind(), out.error.kind());
        });
        Test::await(reply);
        return out;
    }
    Change configMap(const QString &name)
    {
        Change change;
        change.write = Change::Write::Create;
        change.type = Kube::Resources::configMaps();
        change.ns = u"team-a"_s;
        change.name = name;
        change.object = QJsonObject {
            {u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"ConfigMap"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, u"team-a"_s}}},
            {u"data"_s, QJsonObject {{u"registry.example..5000"_s, u"PEM"_s}}}};
        change.summary = u"Create ConfigMap "_s + name;
        change.command = Command({u"oc"_s, u"create"_s, u"configmap"_s, name, u"-n"_s, u"team-a"_s,
                                  u"--from-literal=registry.example..5000=PEM"_s});
        return change;
    }

private Q_SLOTS:
    void init()
    {
        // Each sandbox's changes in a history of their own, whatever port it gets.
        m_state = std::make_unique<QTemporaryDir>();
        qputenv("XDG_STATE_HOME", m_state->path().toUtf8());
        m_sandbox = std::make_unique<Test::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_session = std::make_unique<Kube::ClusterSession>();
        m_session->setKubeconfigPaths({m_sandbox->kubeconfig()});
        QVERIFY(m_session->open());
    }
    void cleanup()
    {
        m_session.reset();
        m_sandbox.reset();
    }

    void aReviewShowsEachDiffAndChangesNothing()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        QCOMPARE(plan.changes().size(), 2);
        const Reviewed reviewed = review(&plan);
        QVERIFY(!reviewed.error);
        QCOMPARE(reviewed.reviews.size(), 2);
        const ChangeReview &gold = reviewed.reviews.at(0);
        QVERIFY2(!gold.verdict, qPrintable(gold.verdict.message()));
        QVERIFY2(gold.unifiedDiff.contains(
                     u"\n+    storageclass.kubernetes.io/is-default-class: 'true'\n"_s),
                 qPrintable(gold.unifiedDiff));
        // Bookkeeping is not part of what the user reviews.
        QVERIFY(!gold.currentYaml.contains(u"resourceVersion"_s));
        QVERIFY(!gold.currentYaml.contains(u"uid:"_s));
        // The request as it will be applied: its query too, without the review's dryRun.
        QVERIFY2(gold.request.startsWith(u"PATCH /apis/storage.k8s.io/v1/storageclasses/ontap-gold"
                                         "?fieldManager=berth&fieldValidation=Strict\n"
                                         "Content-Type: application/json-patch+json\n"_s),
                 qPrintable(gold.request));
        const ChangeReview &thin = reviewed.reviews.at(1);
        QVERIFY(thin.unifiedDiff.contains(
            u"\n-    storageclass.kubernetes.io/is-default-class: 'true'\n"
            "+    storageclass.kubernetes.io/is-default-class: 'false'\n"_s));
        // A dry run stores nothing, and nothing went to the command log.
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), QString());
        QVERIFY(m_session->commands()->entries().isEmpty());
        QCOMPARE(plan.changes().size(), 2);
    }

    void applySendsInOrderAndLogsEachCommand()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        QVERIFY(!review(&plan).error);
        const ApplyOutcome outcome = apply(&plan);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.applied.size(), 2);
        QVERIFY(plan.isEmpty());
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"false"_s);
        QCOMPARE(m_session->commands()->entries().size(), 2);
        QCOMPARE(m_session->commands()->entries().at(0).command.arguments().mid(0, 4),
                 (QStringList {u"oc"_s, u"patch"_s, u"storageclass"_s, u"ontap-gold"_s}));
        // A second run has nothing left to do.
        QVERIFY(makeDefault(u"ontap-gold"_s).isEmpty());
    }

    void aConflictBetweenReviewAndApplyKeepsTheChangeAndShowsTheirs()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        QVERIFY(!review(&plan).error);
        // Someone else changes the class after the review.
        QCOMPARE(kubectl({u"label"_s, u"storageclass"_s, u"ontap-gold"_s, u"tier=gold"_s}),
                 u"storageclass.storage.k8s.io/ontap-gold labeled"_s);
        const ApplyOutcome outcome = apply(&plan);
        QCOMPARE(outcome.error.kind(), Error::Kind::Conflict);
        QCOMPARE(outcome.failed, 0);
        QVERIFY(outcome.applied.isEmpty());
        QVERIFY2(outcome.theirDiff.contains(u"\n+    tier: gold\n"_s),
                 qPrintable(outcome.theirDiff));
        QCOMPARE(plan.changes().size(), 2); // nothing lost
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), QString());
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        // Reviewed again, the same plan goes through on the new version and keeps their label.
        QVERIFY(!review(&plan).error);
        QVERIFY(!apply(&plan).error);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(kubectl({u"get"_s, u"storageclass"_s, u"ontap-gold"_s, u"-o"_s,
                          u"jsonpath={.metadata.labels.tier}"_s}),
                 u"gold"_s);
    }

    void aConflictOnStatusAloneIsSentAgainOnTheNewVersion()
    {
        // The registry operator writes status every few seconds: that is no one's edit.
        Change change = registryLogLevel("Debug");
        ChangePlan plan(m_session.get());
        plan.add(change);
        QVERIFY(!review(&plan).error);
        QCOMPARE(kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s,
                          u"cluster"_s, u"--subresource=status"_s, u"--type=merge"_s, u"-p"_s,
                          u"{\"status\":{\"readyReplicas\":3,\"storage\":{}}}"_s}),
                 u"config.imageregistry.operator.openshift.io/cluster patched"_s);
        const ApplyOutcome outcome = apply(&plan);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.applied.size(), 1);
        QCOMPARE(kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                          u"-o"_s, u"jsonpath={.spec.logLevel}"_s}),
                 u"Debug"_s);
        // A field the merge patch does not touch, changed in between (the operator writes
        // its claim's name into the spec): it goes on top, and theirs stays.
        change.patch = "{\"spec\":{\"logLevel\":\"Trace\"}}";
        plan.add(change);
        QVERIFY(!review(&plan).error);
        QCOMPARE(
            kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                     u"--type=merge"_s, u"-p"_s, u"{\"spec\":{\"replicas\":2}}"_s}),
            u"config.imageregistry.operator.openshift.io/cluster patched"_s);
        QVERIFY(!apply(&plan).error);
        QCOMPARE(kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                          u"-o"_s, u"jsonpath={.spec.logLevel} {.spec.replicas}"_s}),
                 u"Trace 2"_s);
        // The same field changed in between stops it: that is their edit.
        change.patch = "{\"spec\":{\"logLevel\":\"Debug\"}}";
        plan.add(change);
        QVERIFY(!review(&plan).error);
        QCOMPARE(
            kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                     u"--type=merge"_s, u"-p"_s, u"{\"spec\":{\"logLevel\":\"TraceAll\"}}"_s}),
            u"config.imageregistry.operator.openshift.io/cluster patched"_s);
        QCOMPARE(apply(&plan).error.kind(), Error::Kind::Conflict);
    }

    void aStatusWrittenBetweenTheReviewsReadAndItsDryRunIsReadAgain()
    {
        // The operator reports between the review's read and its dry run (here, right when the
        // read has come back): the dry run meets a newer version, and the review reads again.
        Change change = registryLogLevel("Debug");
        ChangePlan plan(m_session.get());
        plan.add(change);
        int reads = 0;
        const QMetaObject::Connection hook = connect(
            m_session.get(), &Kube::ClusterSession::exchanged, this,
            [this, &reads](const QByteArray &method, const QUrl &url) {
                if (method != "GET" || !url.path().endsWith(u"/configs/cluster"_s) || reads++)
                    return;
                QCOMPARE(kubectl({u"patch"_s, u"configs.imageregistry.operator.openshift.io"_s,
                                  u"cluster"_s, u"--subresource=status"_s, u"--type=merge"_s,
                                  u"-p"_s, u"{\"status\":{\"readyReplicas\":4,\"storage\":{}}}"_s}),
                         u"config.imageregistry.operator.openshift.io/cluster patched"_s);
            });
        const Reviewed reviewed = review(&plan);
        disconnect(hook);
        QVERIFY(!reviewed.error);
        QCOMPARE(reviewed.reviews.size(), 1);
        QVERIFY2(!reviewed.reviews.first().verdict,
                 qPrintable(reviewed.reviews.first().verdict.message()));
        // Read again; more (at most three re-reads) if the operator's own report (each second)
        // also came between.
        QVERIFY2(reads >= 2 && reads <= 4, qPrintable(QString::number(reads)));
        QVERIFY(!apply(&plan).error);
        // Only the spec: the operator owns the status and writes it again at its next report.
        QCOMPARE(kubectl({u"get"_s, u"configs.imageregistry.operator.openshift.io"_s, u"cluster"_s,
                          u"-o"_s, u"jsonpath={.spec.logLevel}"_s}),
                 u"Debug"_s);
    }

    void aFailureStopsThePlanAndKeepsTheRestStaged()
    {
        ChangePlan plan(m_session.get());
        plan.add(configMap(u"first"_s));
        Change missing = makeDefault(u"ontap-gold"_s).value(0);
        missing.name = u"no-such-class"_s;
        plan.add(missing);
        plan.add(configMap(u"third"_s));
        const ApplyOutcome outcome = apply(&plan);
        QCOMPARE(outcome.error.kind(), Error::Kind::NotFound);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(outcome.applied.size(), 1);
        QCOMPARE(plan.changes().size(), 2);
        QCOMPARE(plan.changes().at(0).name, u"no-such-class"_s);
        QCOMPARE(kubectl({u"get"_s, u"configmap"_s, u"first"_s, u"-n"_s, u"team-a"_s, u"-o"_s,
                          u"name"_s}),
                 u"configmap/first"_s);
        QVERIFY(kubectl({u"get"_s, u"configmap"_s, u"third"_s, u"-n"_s, u"team-a"_s})
                    .startsWith(u"kubectl failed"_s));
        QCOMPARE(m_session->commands()->entries().size(), 1);
    }

    void revertingEachChangeRestoresTheObjects()
    {
        const QString before = kubectl({u"get"_s, u"storageclass"_s, u"ontap-gold"_s, u"thin"_s,
                                        u"-o"_s, u"jsonpath={.items[*].metadata.annotations}"_s});
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        const ApplyOutcome applied = apply(&plan);
        QCOMPARE(applied.applied.size(), 2);
        // Undo in reverse order, as an admin would.
        for (auto it = applied.applied.crbegin(); it != applied.applied.crend(); ++it)
            plan.add(it->change.inverse(it->before, it->after));
        const Reviewed reviewed = review(&plan);
        for (const ChangeReview &r : reviewed.reviews)
            QVERIFY2(!r.verdict, qPrintable(r.verdict.message()));
        QVERIFY(!apply(&plan).error);
        QCOMPARE(kubectl({u"get"_s, u"storageclass"_s, u"ontap-gold"_s, u"thin"_s, u"-o"_s,
                          u"jsonpath={.items[*].metadata.annotations}"_s}),
                 before);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        // The undo is in the command log as an oc patch of its own.
        QCOMPARE(m_session->commands()->entries().size(), 4);
        QVERIFY(m_session->commands()->entries().at(3).command.toShell().startsWith(
            u"oc patch storageclasses.storage.k8s.io ontap-gold --type=merge -p "_s));
    }

    void aRevertAfterSomeoneElseChangedTheObjectRefusesWithTheirDiff()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s).value(0));
        const ApplyOutcome applied = apply(&plan);
        QCOMPARE(applied.applied.size(), 1);
        QCOMPARE(kubectl({u"label"_s, u"storageclass"_s, u"ontap-gold"_s, u"tier=gold"_s}),
                 u"storageclass.storage.k8s.io/ontap-gold labeled"_s);
        const AppliedChange &done = applied.applied.constFirst();
        plan.add(done.change.inverse(done.before, done.after));
        const Reviewed reviewed = review(&plan);
        QCOMPARE(reviewed.reviews.size(), 1);
        QCOMPARE(reviewed.reviews.at(0).verdict.kind(), Error::Kind::Conflict);
        QVERIFY2(reviewed.reviews.at(0).unifiedDiff.contains(u"\n+    tier: gold\n"_s),
                 qPrintable(reviewed.reviews.at(0).unifiedDiff));
        // Applied anyway, the guard refuses it on the server too.
        const ApplyOutcome refused = apply(&plan);
        QCOMPARE(refused.error.kind(), Error::Kind::Conflict);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
    }

    void aCreateAndItsDeleteRevertEachOther()
    {
        ChangePlan plan(m_session.get());
        plan.add(configMap(u"registry-cas"_s));
        const ApplyOutcome created = apply(&plan);
        QCOMPARE(created.applied.size(), 1);
        const AppliedChange &create = created.applied.constFirst();
        const Change removal = create.change.inverse(create.before, create.after);
        QCOMPARE(removal.write, Change::Write::Delete);
        QVERIFY(!removal.preconditions.uid.isEmpty());
        plan.add(removal);
        const ApplyOutcome removed = apply(&plan);
        QVERIFY2(!removed.error, qPrintable(removed.error.message()));
        QVERIFY(kubectl({u"get"_s, u"configmap"_s, u"registry-cas"_s, u"-n"_s, u"team-a"_s})
                    .startsWith(u"kubectl failed"_s));
        const AppliedChange &remove = removed.applied.constFirst();
        const Change recreate = remove.change.inverse(remove.before, remove.after);
        QCOMPARE(recreate.write, Change::Write::Create);
        QVERIFY(recreate.command.toShell().startsWith(u"oc create -f - <<'BERTH_EOF'\n"_s));
        plan.add(recreate);
        QVERIFY(!apply(&plan).error);
        QCOMPARE(kubectl({u"get"_s, u"configmap"_s, u"registry-cas"_s, u"-n"_s, u"team-a"_s,
                          u"-o"_s, u"jsonpath={.data}"_s}),
                 u"{\"registry.example..5000\":\"PEM\"}"_s);
    }

    void aDeleteWithPreconditionsSparesAnotherObjectOfTheSameName()
    {
        ChangePlan plan(m_session.get());
        plan.add(configMap(u"cas"_s));
        const ApplyOutcome created = apply(&plan);
        const AppliedChange &create = created.applied.constFirst();
        const Change removal = create.change.inverse(create.before, create.after);
        // The Review pane shows the DeleteOptions the delete sends, as it sends them.
        const QString request = removal.request(removal.guard).text();
        QVERIFY2(request.startsWith(u"DELETE /api/v1/namespaces/team-a/configmaps/cas\n"
                                    "Content-Type: application/json\n\n"_s),
                 qPrintable(request));
        const QJsonObject options
            = QJsonDocument::fromJson(request.section(u"\n\n"_s, 1).toUtf8()).object();
        QCOMPARE(options.value("kind"_L1).toString(), u"DeleteOptions"_s);
        const QJsonObject preconditions = options.value("preconditions"_L1).toObject();
        QVERIFY(!create.after.value("metadata"_L1).toObject().value("uid"_L1).toString().isEmpty());
        QCOMPARE(preconditions.value("uid"_L1).toString(),
                 create.after.value("metadata"_L1).toObject().value("uid"_L1).toString());
        // Guarded by the version the create left, as apply() sends it.
        QVERIFY(!removal.guard.isEmpty());
        QCOMPARE(preconditions.value("resourceVersion"_L1).toString(), removal.guard);
        // Someone deletes it and makes another of the same name.
        QVERIFY(!kubectl({u"delete"_s, u"configmap"_s, u"cas"_s, u"-n"_s, u"team-a"_s})
                     .startsWith(u"kubectl failed"_s));
        QVERIFY(!kubectl({u"create"_s, u"configmap"_s, u"cas"_s, u"-n"_s, u"team-a"_s,
                          u"--from-literal=theirs=1"_s})
                     .startsWith(u"kubectl failed"_s));
        plan.add(removal);
        const ApplyOutcome refused = apply(&plan);
        QCOMPARE(refused.error.kind(), Error::Kind::Conflict);
        QVERIFY2(refused.error.message().contains(u"Precondition failed"_s),
                 qPrintable(refused.error.message()));
        QCOMPARE(kubectl({u"get"_s, u"configmap"_s, u"cas"_s, u"-n"_s, u"team-a"_s, u"-o"_s,
                          u"jsonpath={.data.theirs}"_s}),
                 u"1"_s);
    }

    void stagingTheSameObjectAgainReplacesTheEarlierChange()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        plan.add(makeDefault(u"ontap-gold"_s));
        QCOMPARE(plan.changes().size(), 2);
        QVERIFY(!apply(&plan).error); // no second write to an object the first one changed
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
    }

    void aChangeStagedEarlierIsRebuiltOnWhatIsThereNow()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s)); // ontap-gold has no annotations yet
        // Someone annotates it before the review: the staged "add the annotations map" would
        // wipe theirs. The review rebuilds the patch on the object as it is.
        QCOMPARE(
            kubectl({u"annotate"_s, u"storageclass"_s, u"ontap-gold"_s, u"owner=storage-team"_s}),
            u"storageclass.storage.k8s.io/ontap-gold annotated"_s);
        const Reviewed reviewed = review(&plan);
        QVERIFY(!reviewed.reviews.at(0).unifiedDiff.contains(u"-    owner: storage-team"_s));
        QVERIFY(!apply(&plan).error);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(kubectl({u"get"_s, u"storageclass"_s, u"ontap-gold"_s, u"-o"_s,
                          u"jsonpath={.metadata.annotations.owner}"_s}),
                 u"storage-team"_s);
    }

    void aStopEndsTheApplyBetweenChangesNeverInOne()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        auto *reply = plan.apply();
        QVERIFY(plan.isBusy());
        QVERIFY(!plan.removeAt(0)); // the plan holds still while it runs
        plan.stopAfterCurrent();
        ApplyOutcome outcome;
        connect(reply, &Reply::finished, this, [&outcome, reply] { outcome = reply->value(); });
        QVERIFY(Test::await(reply));
        QCOMPARE(outcome.error.kind(), Error::Kind::Cancelled);
        QCOMPARE(outcome.applied.size(), 1); // the write in flight went through, and is said
        QCOMPARE(plan.changes().size(), 1);
        QCOMPARE(defaultAnnotation(u"ontap-gold"_s), u"true"_s);
        QCOMPARE(defaultAnnotation(u"thin"_s), u"true"_s);
        QCOMPARE(m_session->commands()->entries().size(), 1);
        QVERIFY(!plan.isBusy());
    }

    void abortingAReviewStopsIt()
    {
        ChangePlan plan(m_session.get());
        plan.add(makeDefault(u"ontap-gold"_s));
        auto *reply = plan.review();
        Error error;
        connect(reply, &Reply::finished, this, [&error, reply] { error = reply->error(); });
        reply->abort();
        QVERIFY(Test::await(reply));
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_ChangePlan)
#include "tst_changeplan.moc"
