// SPDX-License-Identifier: Apache-2.0
#include "await.h"
#include "kube/clustersession.h"
#include "kube/userinfo.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Kube;

class tst_ClusterSession : public QObject
{
    Q_OBJECT

private:
    Test::SandboxProcess m_sandbox;

    QString whoami(ClusterSession *session)
    {
        QString user;
        auto *reply = fetchUserInfo(session->client());
        connect(reply, &Reply::finished, this, [&user, reply] {
            user = reply->error() ? u"error: "_s + reply->error().message()
                                  : reply->value().username;
        });
        Test::await(reply);
        return user;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void opensTheContextAndSpeaksAsItsUser()
    {
        ClusterSession session;
        session.setKubeconfigPaths({m_sandbox.kubeconfig()});
        QSignalSpy opened(&session, &ClusterSession::opened);
        QVERIFY(!session.isOpen());
        QVERIFY(session.open());
        QCOMPARE(opened.size(), 1);
        QVERIFY(session.isOpen());
        QCOMPARE(session.connection().server, m_sandbox.apiUrl());
        QCOMPARE(session.user(), u"kubeadmin"_s);
        QCOMPARE(whoami(&session), u"kubeadmin"_s);
    }

    void aRefusedTokenExpiresTheSessionUntilItOpensAgain()
    {
        ClusterSession session;
        session.setKubeconfigPaths({m_sandbox.kubeconfig()});
        QVERIFY(session.open());
        QSignalSpy expired(&session, &ClusterSession::expired);
        session.http()->setBearerToken("sha256~not-a-token");
        QVERIFY(whoami(&session).startsWith(u"error: "_s));
        QCOMPARE(expired.size(), 1);
        QVERIFY(session.isExpired());
        QVERIFY(session.open());
        QVERIFY(!session.isExpired());
        QCOMPARE(whoami(&session), u"kubeadmin"_s);
    }

    void aFailedOpenKeepsTheConnectionItHad()
    {
        ClusterSession session;
        session.setKubeconfigPaths({m_sandbox.kubeconfig()});
        QVERIFY(session.open());
        const Result<void> missing = session.open(u"no-such-context"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(u"no-such-context"_s));
        QVERIFY(session.isOpen());
        QCOMPARE(whoami(&session), u"kubeadmin"_s);
    }

    void theCommandLogOutlivesAnotherLogin()
    {
        ClusterSession session;
        session.setKubeconfigPaths({m_sandbox.kubeconfig()});
        QVERIFY(session.open());
        session.commands()->add(u"Remove a tag"_s, Command({u"oc"_s, u"tag"_s, u"-d"_s, u"a:b"_s}));
        QVERIFY(session.open());
        QCOMPARE(session.commands()->entries().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterSession)
#include "tst_clustersession.moc"
