// SPDX-License-Identifier: Apache-2.0
// The change history on disk, without a cluster: what it keeps, what it never keeps, and what
// a damaged file does. tst_clusterverbs and tst_storagepage revert through it for real.
#include "openshift/changehistory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(history.last().error().kind(), Error::Kind::InvalidInput);
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"old"_s, u"new"_s),
                               u"kubeadmin"_s));
        QCOMPARE(QFile::permissions(history.path()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
        // Another URL of the same server shares it; another server has its own.
        QCOMPARE(ChangeHistory(QUrl(u"https://api.a.example:6443"_s)).path(), history.path());
        QVERIFY(ChangeHistory(QUrl(u"https://api.b.example:6443"_s)).path() != history.path());

        const Result<ChangeHistory::Entry> last = history.last();
        QVERIFY(last);
        QCOMPARE(last->user, u"kubeadmin"_s);
        QVERIFY(last->undoable);
        QVERIFY(qAbs(last->time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        const Result<Change> undo = last->undo();
        QVERIFY(undo);
        QCOMPARE(undo->undoes, last->id);
        QCOMPARE(undo->guard, u"2"_s);
        QCOMPARE(QJsonDocument::fromJson(undo->patch).object(),
                 QJsonObject({{u"data"_s, QJsonObject {{u"ca.crt"_s, u"old"_s}}}}));

        // The undo, once the cluster took it, takes its entry out; it is not itself kept.
        QVERIFY(history.record(edit(Kube::Resources::configMaps(), u"new"_s, u"newer"_s),
                               u"kubeadmin"_s));
        AppliedChange undone {*undo, configMap(u"new"_s, u"2"_s), configMap(u"old"_s, u"3"_s)};
        QVERIFY(history.record(undone, u"kubeadmin"_s));
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
        QVERIFY(history.record(create, u"kubeadmin"_s));
        AppliedChange change = edit(Kube::Resources::secrets(), u"c2VjcmV0"_s, u"bmV3"_s);
        change.change.summary = u"Change secret cas"_s;
        QVERIFY(history.record(change, u"kubeadmin"_s));
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        QVERIFY(!kept.contains("c2VjcmV0"));
        QVERIFY(!kept.contains("bmV3"));

        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const Result<Change> removal = entries->first().undo();
        QVERIFY(removal);
        QCOMPARE(removal->write, Change::Write::Delete);
        const Result<Change> edit = entries->last().undo();
        QVERIFY(!edit);
        QVERIFY2(edit.error().message().contains(u"no Secret's contents"_s),
                 qPrintable(edit.error().message()));
    }

    void theNewestFiftyAreKept()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        for (int i = 0; i < ChangeHistory::s_maxEntries + 5; ++i)
            QVERIFY(history.record(
                edit(Kube::Resources::configMaps(), QString::number(i), QString::number(i + 1)),
                u"kubeadmin"_s));
        const auto entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), ChangeHistory::s_maxEntries);
        QCOMPARE(entries->first().applied.change.summary, u"Set ca.crt to 6"_s);
        QCOMPARE(entries->last().applied.change.summary,
                 u"Set ca.crt to "_s + QString::number(ChangeHistory::s_maxEntries + 5));
    }

    void aDamagedFileIsSaidAndLeftAsItIs()
    {
        const ChangeHistory history(QUrl(u"https://api.a.example:6443"_s));
        QVERIFY(QDir().mkpath(QFileInfo(history.path()).path()));
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"changes\": [");
        file.close();
        const Result<ChangeHistory::Entry> last = history.last();
        QVERIFY(!last);
        QVERIFY2(last.error().message().contains(u"move it away"_s),
                 qPrintable(last.error().message()));
        QVERIFY(!history.record(edit(Kube::Resources::configMaps(), u"a"_s, u"b"_s), u"x"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\": 1, \"changes\": ["));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeHistory)
#include "tst_changehistory.moc"
