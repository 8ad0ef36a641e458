// SPDX-License-Identifier: Apache-2.0
#include "await.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "openshift/clusteroverview.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_ClusterOverview : public QObject
{
    Q_OBJECT

private:
    Test::SandboxProcess m_sandbox;

    OpenShift::ClusterOverviewData fetch(const QString &identity, Error *error)
    {
        Kube::HttpClient http;
        http.setTls({{}, true, {}});
        http.setBearerToken(m_sandbox.token(identity).toUtf8());
        Kube::KubeClient client(&http);
        client.setServer(m_sandbox.apiUrl());
        OpenShift::ClusterOverview overview(&client);
        auto *reply = overview.fetch();
        OpenShift::ClusterOverviewData data;
        connect(reply, &Reply::finished, this, [&] {
            *error = reply->error();
            data = reply->value();
        });
        Test::await(reply, 30000);
        return data;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void administrator()
    {
        Error error;
        const auto data = fetch(u"kubeadmin"_s, &error);
        QVERIFY(!error);
        QCOMPARE(data.user, u"kubeadmin"_s);
        QVERIFY(data.groups.contains(u"system:cluster-admins"_s));
        QCOMPARE(data.openshiftVersion, u"4.16.21"_s);
        QCOMPARE(data.kubernetesVersion, u"v1.31.6"_s);
        QCOMPARE(data.registryManagementState, u"Removed"_s);
        QCOMPARE(data.defaultStorageClass, u"thin"_s);
        QCOMPARE(data.storageClasses, QStringList({u"ontap-gold"_s, u"thin"_s}));
        QVERIFY(data.registryProblem.isEmpty());
        bool removed = false;
        for (const auto &c : data.registryConditions)
            removed |= c.type == u"Removed" && c.status == u"True";
        QVERIFY(removed);
    }

    void userWhoCannotReadTheRegistryConfig()
    {
        Error error;
        const auto data = fetch(u"viewer"_s, &error);
        QVERIFY(!error); // the overview still shows what the user may see
        QCOMPARE(data.user, u"viewer"_s);
        QVERIFY(data.registryProblem.contains(u"forbidden"_s));
        QVERIFY(data.openshiftVersion.isEmpty());
        QCOMPARE(data.defaultStorageClass, u"thin"_s);
    }

    void defaultStorageClass_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << QByteArray(
            R"([{"metadata":{"name":"a","annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}},{"metadata":{"name":"b"}}])")
                             << u"a"_s;
        QTest::newRow("false") << QByteArray(
            R"([{"metadata":{"name":"a","annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}}])")
                               << QString();
        QTest::newRow("none") << QByteArray("[]") << QString();
    }
    void defaultStorageClass()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(
            OpenShift::ClusterOverview::defaultStorageClass(QJsonDocument::fromJson(json).array()),
            expected);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterOverview)
#include "tst_clusteroverview.moc"
