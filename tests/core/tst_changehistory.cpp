// SPDX-License-Identifier: Apache-2.0
// The change history on disk, without a cluster: what it keeps, what it never keeps, and what
// a damaged file does. tst_clusterverbs and tst_storagepage revert through it for real.
#include "openshift/changehistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

class tst_ChangeHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;

    static QJsonObject configMap(const QString &value, const QString &version)
    {
        return {{u"apiVersion"_s, u"v1"_s},
                {u"kind"_s, u"ConfigMap"_s},
                {u"metadata"_s,
                 QJsonObject {{u"name"_s, u"cas"_s},
                              {u"namespace"_s, u"openshift-config"_s},
                              {u"resourceVersion"_s, version}}},
                {u"data"_s, QJsonObject {{u"ca.crt"_s, value}}}};
    }
    static AppliedChange edit(const Kube::ResourceType &type, const QString &from,
                              const QString &to)
    {
        AppliedChange applied;
        applied.change.type = type;
        applied.change.ns = u"openshift-config"_s;
        applied.change.name = u"cas"_s;
        applied.change.summary = u"Set ca.crt to "_s + to;
        applied.before = configMap(from, u"1"_s);
        applied.after = configMap(to, u"2"_s);
        applied.before.insert(u"kind"_s, type.kind);
        applied.after.insert(u"kind"_s, type.kind);
        return applied;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_state.isValid());
        qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
        QDir(m_state.path()).removeRecursively();
    }

    void anEditIsKeptAndItsUndoPutsTheObjectBackAndLeavesTheHistory()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443/"_s));
        QVERIFY(history.path().startsWith(m_state.path() + u"/berth/history/"_s));
        QCOMPARE(history.lastApply().error().kind(), Error::Kind::InvalidInput);
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"old"_s, u"new"_s),
                               {u"kubeadmin"_s, u"a1"_s}));
        QCOMPARE(QFile::permissions(history.path()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
        // Another URL of the same server shares it; another server has its own.
        QCOMPARE(ChangeHistory(QUrl(u"https://api.a.example:6443"_s)).path(), history.path());
        QVERIFY(ChangeHistory(QUrl(u"https://api.b.example:6443"_s)).path() != history.path());

        const auto last = history.lastApply();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().origin.user, u"kubeadmin"_s);
        QVERIFY(last->first().undoable);
        QVERIFY(qAbs(last->first().time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        const auto undos = history.undoLastApply();
        QVERIFY(undos);
        const Change undo = undos->first();
        QCOMPARE(undo.undoes, last->first().id);
        QCOMPARE(undo.guard, u"2"_s);
        QCOMPARE(QJsonDocument::fromJson(undo.patch).object(),
                 QJsonObject({{u"data"_s, QJsonObject {{u"ca.crt"_s, u"old"_s}}}}));

        // The undo, once the cluster took it, takes its entry out; it is not itself kept.
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"new"_s, u"newer"_s),
                               {u"kubeadmin"_s, u"a2"_s}));
        AppliedChange undone {undo, configMap(u"new"_s, u"2"_s), configMap(u"old"_s, u"3"_s)};
        QVERIFY(history.record(undone, {u"kubeadmin"_s, u"a3"_s}));
        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().applied.change.summary, u"Set ca.crt to newer"_s);
    }

    void aSecretsContentsNeverReachTheDiskSoOnlyItsCreationIsUndone()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        AppliedChange create = edit(Kube::Resources::secrets(), {}, u"c2VjcmV0"_s);
        create.change.write = Change::Write::Create;
        create.change.summary = u"Create secret cas"_s;
        create.before = {};
        QVERIFY(history.record(create, {u"kubeadmin"_s, u"a1"_s}));
        AppliedChange change = edit(Kube::Resources::secrets(), u"c2VjcmV0"_s, u"bmV3"_s);
        change.change.summary = u"Change secret cas"_s;
        QVERIFY(history.record(change, {u"kubeadmin"_s, u"a2"_s}));
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        QVERIFY(!kept.contains("c2VjcmV0"));
        QVERIFY(!kept.contains("bmV3"));

        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QVERIFY(!entries->last().undoable);
        const auto refused = history.undoLastApply();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(u"keeps no secret on disk"_s)
                     && refused.error().message().contains(u"berthctl history forget"_s),
                 qPrintable(refused.error().message()));
        // Forgotten, the creation before it can be undone: a delete by uid.
        QVERIFY(history.forget({entries->last().id}));
        const auto removal = history.undoLastApply();
        QVERIFY(removal);
        QCOMPARE(removal->size(), 1);
        QCOMPARE(removal->first().write, Change::Write::Delete);
    }

    void theNewestFiftyAreKept()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        for (int i = 0; i < ChangeHistory::s_maxEntries + 5; ++i)
            QVERIFY(history.record(
                edit(Kube::Resources::configMaps(), QString::number(i), QString::number(i + 1)),
                {u"kubeadmin"_s, QString::number(i)}));
        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), ChangeHistory::s_maxEntries);
        QCOMPARE(entries->first().applied.change.summary, u"Set ca.crt to 6"_s);
        QCOMPARE(entries->last().applied.change.summary,
                 u"Set ca.crt to "_s + QString::number(ChangeHistory::s_maxEntries + 5));
    }

    void twoWritersAtOnceLoseNoEntry()
    {
        // The window and berthctl record into one file at the same time: each write reads,
        // edits and replaces the file under the lock, so neither drops what the other wrote.
        const QUrl server(u"https://api.a.example:6443"_s);
        constexpr int perWriter = 20;
        const auto write = [&](const QString &writer) {
            return QtConcurrent::run([=] {
                const ChangeHistory history(server);
                for (int i = 0; i < perWriter; ++i)
                    if (!history.record(edit(Kube::Resources::configMaps(), writer,
                                             writer + QString::number(i)),
                                        {writer, writer + QString::number(i)}))
                        return false;
                return true;
            });
        };
        QFuture<bool> window = write(u"window"_s), berthctl = write(u"berthctl"_s);
        QVERIFY(window.result());
        QVERIFY(berthctl.result());
        const auto entries = ChangeHistory(server).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2 * perWriter);
        QSet<QString> ids;
        for (const auto &entry : *entries)
            ids.insert(entry.id);
        QCOMPARE(ids.size(), 2 * perWriter);
    }

    void oneApplyIsUndoneWholeNewestFirst()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"a"_s, u"b"_s),
                               {u"kubeadmin"_s, u"earlier"_s}));
        AppliedChange first = edit(Kube::Resources::configMaps(), u"b"_s, u"c"_s);
        AppliedChange second = edit(Kube::Resources::configMaps(), u"c"_s, u"d"_s);
        second.change.name = u"other"_s;
        QVERIFY(history.record(first, {u"kubeadmin"_s, u"set-default"_s}));
        QVERIFY(history.record(second, {u"kubeadmin"_s, u"set-default"_s}));
        const auto undos = history.undoLastApply();
        QVERIFY(undos);
        QCOMPARE(undos->size(), 2);
        QCOMPARE(undos->at(0).name, u"other"_s);
        QCOMPARE(undos->at(1).name, u"cas"_s);
        for (const Change &undo : *undos)
            QVERIFY(history.record({undo, {}, {}}, {u"kubeadmin"_s, u"revert"_s}));
        const auto left = history.lastApply();
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().origin.apply, u"earlier"_s);
    }

    void theRegistrysSecretsAreKeptRedactedAndAChangeOfOneIsNotUndone()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        const auto config = [](const QString &replicas, const QString &httpSecret) {
            return QJsonObject {
                {u"apiVersion"_s, u"imageregistry.operator.openshift.io/v1"_s},
                {u"kind"_s, u"Config"_s},
                {u"metadata"_s,
                 QJsonObject {
                     {u"name"_s, u"cluster"_s},
                     {u"resourceVersion"_s, replicas},
                     {u"managedFields"_s, QJsonArray {QJsonObject {{u"manager"_s, u"x"_s}}}}}},
                {u"spec"_s,
                 QJsonObject {
                     {u"replicas"_s, replicas.toInt()},
                     {u"httpSecret"_s, httpSecret},
                     {u"proxy"_s,
                      QJsonObject {{u"http"_s, u"http://robot:pr0xy-pass@proxy:3128"_s}}}}}};
        };
        AppliedChange replicas;
        replicas.change.type = Kube::Resources::registryConfigs();
        replicas.change.name = u"cluster"_s;
        replicas.change.summary = u"Two replicas"_s;
        replicas.before = config(u"1"_s, u"h77p-s3cret"_s);
        replicas.after = config(u"2"_s, u"h77p-s3cret"_s);
        QVERIFY(history.record(replicas, {u"kubeadmin"_s, u"a1"_s}));
        AppliedChange secret = replicas;
        secret.change.summary = u"New httpSecret"_s;
        secret.before = config(u"2"_s, u"h77p-s3cret"_s);
        secret.after = config(u"2"_s, u"n3w-s3cret"_s);
        QVERIFY(history.record(secret, {u"kubeadmin"_s, u"a2"_s}));

        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        for (const QByteArray hidden : {"h77p-s3cret", "n3w-s3cret", "pr0xy-pass", "managedFields"})
            QVERIFY2(!kept.contains(hidden), hidden.constData());
        QVERIFY(kept.contains("http://robot:REDACTED@proxy:3128"));
        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QVERIFY(!QJsonDocument(entries->last().toJson()).toJson().contains("n3w-s3cret"));
        // The replicas can go back without the secret; the new secret cannot be taken back.
        QVERIFY(entries->first().undoable);
        QVERIFY(!entries->last().undoable);
        QVERIFY(!history.undoLastApply());
        QVERIFY(history.forget({entries->last().id}));
        const auto undos = history.undoLastApply();
        QVERIFY(undos);
        QCOMPARE(QJsonDocument::fromJson(undos->first().patch).object(),
                 QJsonObject({{u"spec"_s, QJsonObject {{u"replicas"_s, 1}}}}));
    }

    void anEntryNamingNoValidObjectIsSkippedAndKept()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        AppliedChange change = edit(Kube::Resources::configMaps(), u"a"_s, u"b"_s);
        change.change.name = u"../../secrets/x"_s;
        QVERIFY(history.record(change, {u"kubeadmin"_s, u"a1"_s}));
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"b"_s, u"c"_s),
                               {u"kubeadmin"_s, u"a2"_s}));
        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("../../secrets/x"));
    }

    void aDamagedFileIsSaidAndLeftAsItIs()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        QVERIFY(QDir().mkpath(QFileInfo(history.path()).path()));
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"changes\": [");
        file.close();
        const auto last = history.lastApply();
        QVERIFY(!last);
        QVERIFY2(last.error().message().contains(u"move it away"_s),
                 qPrintable(last.error().message()));
        QVERIFY(!history.record(edit(Kube::Resources::configMaps(), u"a"_s, u"b"_s), {}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\": 1, \"changes\": ["));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeHistory)
#include "tst_changehistory.moc"
