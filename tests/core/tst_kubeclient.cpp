// SPDX-License-Identifier: Apache-2.0
// KubeClient's verbs against berth-sandbox.
#include "await.h"
#include "httpserver.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Kube;
using Berth::Sandbox::HttpServer;
using Berth::Sandbox::ResponseWriter;
using Berth::Sandbox::ServerRequest;

class tst_KubeClient : public QObject
{
    Q_OBJECT

private:
    Test::SandboxProcess m_sandbox;
    HttpClient m_http;
    KubeClient m_client {&m_http};

    struct Outcome
    {
        Error error;
        QJsonObject object;
    };
    Outcome run(ValueReply<QJsonObject> *reply)
    {
        Outcome out;
        connect(reply, &Reply::finished, this, [&out, reply] {
            out.error = reply->error();
            out.object = reply->value();
        });
        Test::await(reply, 30000);
        return out;
    }
    QJsonObject configMap(const QString &name, const QString &value = u"1"_s)
    {
        return {{u"apiVersion"_s, u"v1"_s},
                {u"kind"_s, u"ConfigMap"_s},
                {u"metadata"_s, QJsonObject {{u"name"_s, name}}},
                {u"data"_s, QJsonObject {{u"v"_s, value}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        auto conn = KubeConfig::load(m_sandbox.kubeconfig())->connection();
        QVERIFY(conn);
        m_http.setTls(conn->tls);
        m_http.setBearerToken(conn->token);
        m_client.setServer(conn->server);
    }

    void getAndNotFound()
    {
        Outcome o = run(m_client.get(Resources::storageClasses(), {}, u"thin"_s));
        QVERIFY(!o.error);
        QCOMPARE(o.object.value("provisioner"_L1).toString(), u"kubernetes.io/vsphere-volume"_s);
        o = run(m_client.get(Resources::storageClasses(), {}, u"missing"_s));
        QCOMPARE(o.error.kind(), Error::Kind::NotFound);
        QCOMPARE(o.error.detail(), u"storageclasses.storage.k8s.io \"missing\" not found"_s);
    }

    void notOpenShiftWhenTheGroupIsMissing()
    {
        ResourceType missing = Resources::registryConfigs();
        missing.group = u"imageregistry.example.openshift.io"_s;
        Outcome o = run(m_client.get(missing, {}, u"cluster"_s));
        QCOMPARE(o.error.kind(), Error::Kind::NotOpenShift);
        QVERIFY(o.error.message().contains(u"Not an OpenShift cluster"_s));
        // The group exists, the object does not: a plain NotFound.
        o = run(m_client.get(Resources::registryConfigs(), {}, u"other"_s));
        QCOMPARE(o.error.kind(), Error::Kind::NotFound);
    }

    void listPagesThroughContinue()
    {
        // More than one page of 500.
        int created = 0;
        for (int i = 0; i < 520; ++i) {
            auto *reply = m_client.create(Resources::configMaps(), u"team-a"_s,
                                          configMap(u"page-%1"_s.arg(i)));
            connect(reply, &Reply::finished, this,
                    [&created, reply] { created += reply->error() ? 0 : 1; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(created, 520, 60000);
        auto *reply = m_client.list(Resources::configMaps(), u"team-a"_s);
        qsizetype count = 0;
        connect(reply, &Reply::finished, this, [&count, reply] { count = reply->value().size(); });
        QVERIFY(Test::await(reply, 30000));
        QCOMPARE(count, 520);
        // A label selector that nothing matches.
        reply = m_client.list(Resources::configMaps(), u"team-a"_s, {u"app=none"_s, {}});
        count = -1;
        connect(reply, &Reply::finished, this, [&count, reply] { count = reply->value().size(); });
        QVERIFY(Test::await(reply, 30000));
        QCOMPARE(count, 0);
    }

    void conflictOnStaleReplace()
    {
        Outcome created
            = run(m_client.create(Resources::configMaps(), u"team-a"_s, configMap(u"rv"_s)));
        QVERIFY(!created.error);
        QJsonObject stale = created.object;
        QVERIFY(!run(m_client.replace(Resources::configMaps(), u"team-a"_s, created.object)).error);
        stale.insert(u"data"_s, QJsonObject {{u"v"_s, u"2"_s}});
        const Outcome o = run(m_client.replace(Resources::configMaps(), u"team-a"_s, stale));
        QCOMPARE(o.error.kind(), Error::Kind::Conflict);
        QCOMPARE(o.error.reason(), u"Conflict"_s);
    }

    void patchTypes()
    {
        Outcome o = run(m_client.patch(Resources::storageClasses(), {}, u"ontap-gold"_s,
                                       PatchType::Strategic,
                                       R"({"metadata":{"labels":{"tier":"gold"}}})"));
        QVERIFY2(!o.error, qPrintable(o.error.message()));
        QCOMPARE(o.object["metadata"_L1]["labels"_L1]["tier"_L1].toString(), u"gold"_s);
        o = run(m_client.patch(
            Resources::storageClasses(), {}, u"ontap-gold"_s, PatchType::Json,
            R"([{"op":"replace","path":"/metadata/labels/tier","value":"silver"}])"));
        QCOMPARE(o.object["metadata"_L1]["labels"_L1]["tier"_L1].toString(), u"silver"_s);
        o = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s, PatchType::Merge,
                               R"({"spec":{"logLevel":"Debug"}})"));
        QVERIFY(!o.error);
        QCOMPARE(o.object["spec"_L1]["logLevel"_L1].toString(), u"Debug"_s);
        // Strategic merge on a custom resource: refused before sending.
        o = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s, PatchType::Strategic,
                               R"({"spec":{}})"));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidInput);
    }

    void invalidWithCausesAndDryRun()
    {
        Outcome o
            = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s, PatchType::Merge,
                                 R"({"spec":{"managementState":"Foo","replicas":"two"}})"));
        QCOMPARE(o.error.kind(), Error::Kind::Invalid);
        QCOMPARE(o.error.causes().size(), 2);
        QStringList fields;
        for (const StatusCause &c : o.error.causes())
            fields.append(c.field);
        QVERIFY(fields.contains(u"spec.managementState"_s));
        QVERIFY(fields.contains(u"spec.replicas"_s));
        WriteOptions dry;
        dry.dryRun = true;
        o = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s, PatchType::Merge,
                               R"({"spec":{"replicas":3}})", dry));
        QVERIFY(!o.error);
        QCOMPARE(o.object["spec"_L1]["replicas"_L1].toInt(), 3);
        o = run(m_client.get(Resources::registryConfigs(), {}, u"cluster"_s));
        QCOMPARE(o.object["spec"_L1]["replicas"_L1].toInt(), 1);
    }

    void strictAndWarnedUnknownFields()
    {
        Outcome o = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s,
                                       PatchType::Merge, R"({"spec":{"bogus":1}})"));
        QCOMPARE(o.error.httpStatus(), 400);
        QVERIFY(o.error.detail().contains(u"unknown field \"spec.bogus\""_s));
        WriteOptions warn;
        warn.fieldValidation = u"Warn"_s;
        QSignalSpy warnings(&m_client, &KubeClient::warning);
        o = run(m_client.patch(Resources::registryConfigs(), {}, u"cluster"_s, PatchType::Merge,
                               R"({"spec":{"bogus":1}})", warn));
        QVERIFY(!o.error);
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().toString(), u"unknown field \"spec.bogus\""_s);
        QVERIFY(!o.object["spec"_L1].toObject().contains("bogus"_L1));
    }

    void watchReportsChanges()
    {
        WatchReply *watch = m_client.watch(Resources::configMaps(), u"default"_s, {});
        QStringList seen;
        connect(watch, &WatchReply::event, this,
                [&seen](const QString &type, const QJsonObject &o) {
                    seen.append(type + u' ' + o["metadata"_L1]["name"_L1].toString());
                });
        QTest::qWait(500);
        QVERIFY(
            !run(m_client.create(Resources::configMaps(), u"default"_s, configMap(u"watched"_s)))
                 .error);
        QVERIFY(!run(m_client.remove(Resources::configMaps(), u"default"_s, u"watched"_s)).error);
        QTRY_VERIFY(seen.contains(u"ADDED watched"_s) && seen.contains(u"DELETED watched"_s));
        watch->abort();
        QVERIFY(Test::await(watch));
    }

    void manyWatchesDoNotHoldRequestsBack()
    {
        // Over HTTP/1.1 (the sandbox speaks no HTTP/2) a manager has six connections to a
        // host: a dozen open watches must still leave room for a GET and for every watch.
        QList<WatchReply *> watches;
        int added = 0;
        for (int i = 0; i < 12; ++i) {
            watches.append(m_client.watch(Resources::configMaps(), u"kube-system"_s, {}));
            // Only the ConfigMap made below counts (the watch reports what exists too).
            connect(watches.last(), &WatchReply::event, this,
                    [&added](const QString &type, const QJsonObject &o) {
                        added += type == u"ADDED"
                            && o["metadata"_L1]["name"_L1].toString() == u"seen-by-all";
                    });
        }
        const Outcome got = run(m_client.get(Resources::namespaces(), {}, u"default"_s));
        QVERIFY2(!got.error, qPrintable(got.error.message()));
        QVERIFY(!run(m_client.create(Resources::configMaps(), u"kube-system"_s,
                                     configMap(u"seen-by-all"_s)))
                     .error);
        QTRY_COMPARE(added, 12);
        // Twelve streams took two managers; some seconds after they end, one is kept for the
        // next watch.
        QCOMPARE(m_http.findChildren<QNetworkAccessManager *>().size(), 2);
        for (WatchReply *watch : std::as_const(watches))
            watch->abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_http.findChildren<QNetworkAccessManager *>().size(), 1, 20000);
        WatchReply *next = m_client.watch(Resources::configMaps(), u"kube-system"_s, {});
        QStringList seen;
        connect(next, &WatchReply::event, this, [&seen](const QString &type, const QJsonObject &o) {
            if (o["metadata"_L1]["name"_L1].toString() == u"seen-by-all")
                seen.append(type);
        });
        QTRY_COMPARE(seen, QStringList {u"ADDED"_s});
        QVERIFY(!run(m_client.remove(Resources::configMaps(), u"kube-system"_s, u"seen-by-all"_s))
                     .error);
        QTRY_COMPARE(seen, (QStringList {u"ADDED"_s, u"DELETED"_s}));
        next->abort();
        QVERIFY(Test::await(next));
    }

    void watchRelistsWhenItsVersionIsTooOld()
    {
        // resourceVersion 1 is older than the server's history: it answers 410 Gone, and the
        // watch relists (ADDED for what exists) and goes on from there.
        WatchReply *watch
            = m_client.watch(Resources::configMaps(), u"openshift-config-managed"_s, u"1"_s);
        QStringList seen;
        connect(watch, &WatchReply::event, this,
                [&seen](const QString &type, const QJsonObject &o) {
                    seen.append(type + u' ' + o["metadata"_L1]["name"_L1].toString());
                });
        QTRY_VERIFY(seen.contains(u"ADDED default-ingress-cert"_s));
        QVERIFY(!run(m_client.create(Resources::configMaps(), u"openshift-config-managed"_s,
                                     configMap(u"after-relist"_s)))
                     .error);
        QTRY_VERIFY(seen.contains(u"ADDED after-relist"_s));
        QCOMPARE(seen.count(u"ADDED default-ingress-cert"_s), 1);
        watch->abort();
    }

    void aRelistAfterGoneKeepsTheSelectorsAndReportsWhatVanished()
    {
        // A fake API: the first watch reports a and b, then 410; the relist finds a changed,
        // b gone and c new; the second watch stays open.
        auto object = [](const QString &name, const QString &rv) {
            return QJsonObject {{u"metadata"_s,
                                 QJsonObject {{u"name"_s, name},
                                              {u"namespace"_s, u"ns"_s},
                                              {u"resourceVersion"_s, rv}}}};
        };
        auto line = [](const QString &type, const QJsonObject &o) {
            return QJsonDocument(QJsonObject {{u"type"_s, type}, {u"object"_s, o}})
                       .toJson(QJsonDocument::Compact)
                + '\n';
        };
        QList<QUrlQuery> watches, lists;
        QList<QPointer<ResponseWriter>> open;
        HttpServer server([&](const ServerRequest &r, ResponseWriter *w) {
            if (r.query.queryItemValue(u"watch"_s) == u"1") {
                watches.append(r.query);
                w->beginStream(200, {{"Content-Type", "application/json"}});
                if (watches.size() == 1) {
                    w->writeChunk(line(u"ADDED"_s, object(u"a"_s, u"6"_s)));
                    w->writeChunk(line(u"ADDED"_s, object(u"b"_s, u"7"_s)));
                    w->writeChunk(line(u"ERROR"_s,
                                       QJsonObject {{u"kind"_s, u"Status"_s},
                                                    {u"code"_s, 410},
                                                    {u"reason"_s, u"Expired"_s}}));
                    w->endStream();
                } else {
                    open.append(w);
                }
                return;
            }
            lists.append(r.query);
            const QJsonObject list {
                {u"kind"_s, u"ConfigMapList"_s},
                {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, u"20"_s}}},
                {u"items"_s, QJsonArray {object(u"a"_s, u"8"_s), object(u"c"_s, u"9"_s)}}};
            w->send(200, {{"Content-Type", "application/json"}}, QJsonDocument(list).toJson());
        });
        QVERIFY(server.listen(0));
        HttpClient http;
        KubeClient client(&http);
        client.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        ListOptions options;
        options.labelSelector = u"app=registry"_s;
        WatchReply *watch = client.watch(Resources::configMaps(), u"ns"_s, u"5"_s, options);
        QStringList seen;
        connect(watch, &WatchReply::event, this,
                [&seen](const QString &type, const QJsonObject &o) {
                    seen.append(type + u' ' + o["metadata"_L1]["name"_L1].toString());
                });
        QTRY_COMPARE(watches.size(), 2);
        QCOMPARE(seen,
                 (QStringList {u"ADDED a"_s, u"ADDED b"_s, u"MODIFIED a"_s, u"ADDED c"_s,
                               u"DELETED b"_s}));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.constFirst().queryItemValue(u"labelSelector"_s), u"app=registry"_s);
        QCOMPARE(watches.at(1).queryItemValue(u"labelSelector"_s), u"app=registry"_s);
        QCOMPARE(watches.at(1).queryItemValue(u"resourceVersion"_s), u"20"_s);
        watch->abort();
        QVERIFY(Test::await(watch));
    }

    void aRelistReportsWhatVanishedOfTheListTheWatchStartedFrom()
    {
        // The caller listed a and b, and watches on from that list; the first stream says 410
        // at once, and the relist finds only a: b is reported DELETED, a not at all.
        auto object = [](const QString &name) {
            return QJsonObject {{u"metadata"_s,
                                 QJsonObject {{u"name"_s, name},
                                              {u"namespace"_s, u"ns"_s},
                                              {u"resourceVersion"_s, u"6"_s}}}};
        };
        int watches = 0;
        HttpServer server([&](const ServerRequest &r, ResponseWriter *w) {
            if (r.query.queryItemValue(u"watch"_s) != u"1") {
                const QJsonObject list {
                    {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, u"20"_s}}},
                    {u"items"_s, QJsonArray {object(u"a"_s)}}};
                w->send(200, {{"Content-Type", "application/json"}}, QJsonDocument(list).toJson());
                return;
            }
            w->beginStream(200, {{"Content-Type", "application/json"}});
            if (++watches == 1) {
                w->writeChunk(
                    QJsonDocument(QJsonObject {{u"type"_s, u"ERROR"_s},
                                               {u"object"_s, QJsonObject {{u"code"_s, 410}}}})
                        .toJson(QJsonDocument::Compact)
                    + '\n');
                w->endStream();
            }
        });
        QVERIFY(server.listen(0));
        HttpClient http;
        KubeClient client(&http);
        client.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        WatchReply *watch = client.watch(Resources::configMaps(), u"ns"_s, u"7"_s, {},
                                         QJsonArray {object(u"a"_s), object(u"b"_s)});
        QStringList seen;
        connect(watch, &WatchReply::event, this,
                [&seen](const QString &type, const QJsonObject &o) {
                    seen.append(type + u' ' + o["metadata"_L1]["name"_L1].toString());
                });
        QTRY_COMPARE(watches, 2);
        QCOMPARE(seen, QStringList {u"DELETED b"_s});
        watch->abort();
        QVERIFY(Test::await(watch));
    }

    void unauthorizedEmitsSessionExpired()
    {
        HttpClient http;
        http.setTls(m_http.tls());
        http.setBearerToken("sha256~revoked");
        KubeClient client(&http);
        client.setServer(m_sandbox.apiUrl());
        QSignalSpy expired(&client, &KubeClient::sessionExpired);
        const Outcome o = run(client.get(Resources::storageClasses(), {}, u"thin"_s));
        QCOMPARE(o.error.kind(), Error::Kind::Unauthorized);
        QVERIFY(o.error.message().contains(u"The token provided is invalid or expired"_s));
        QCOMPARE(expired.count(), 1);
    }

    void forbiddenShowsTheServerMessage()
    {
        HttpClient http;
        http.setTls(m_http.tls());
        http.setBearerToken(m_sandbox.token(u"viewer"_s).toUtf8());
        KubeClient client(&http);
        client.setServer(m_sandbox.apiUrl());
        const Outcome o = run(client.get(Resources::registryConfigs(), {}, u"cluster"_s));
        QCOMPARE(o.error.kind(), Error::Kind::Forbidden);
        QVERIFY(o.error.message().contains(u"User \"viewer\" cannot get resource \"configs\""_s));
    }
};

QTEST_GUILESS_MAIN(tst_KubeClient)
#include "tst_kubeclient.moc"
