// SPDX-License-Identifier: Apache-2.0
#include "openshift/rolebindings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::OpenShift;

namespace {
QJsonObject subject(const QString &kind, const QString &name, const QString &ns = {})
{
    QJsonObject s {{u"kind"_s, kind}, {u"name"_s, name}};
    if (kind == u"ServiceAccount")
        s.insert(u"namespace"_s, ns);
    else
        s.insert(u"apiGroup"_s, u"rbac.authorization.k8s.io"_s);
    return s;
}
QJsonObject binding(const QString &name, const QString &role, const QJsonArray &subjects,
                    bool keepWhenEmpty = false)
{
    QJsonObject meta {{u"name"_s, name},
                      {u"namespace"_s, u"team-a"_s},
                      {u"uid"_s, QString(u"uid-"_s + name)},
                      {u"resourceVersion"_s, u"7"_s}};
    if (keepWhenEmpty)
        meta.insert(u"annotations"_s,
                    QJsonObject {{u"rbac.authorization.kubernetes.io/autoupdate"_s, u"false"_s}});
    return {{u"metadata"_s, meta},
            {u"roleRef"_s,
             QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                          {u"kind"_s, u"ClusterRole"_s},
                          {u"name"_s, role}}},
            {u"subjects"_s, subjects}};
}
} // namespace

class tst_RoleBindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aUserNamedAsAServiceAccountIsOne()
    {
        const Subject sa = Subject::user(u"system:serviceaccount:team-a:builder"_s);
        QCOMPARE(sa.kind, Subject::Kind::ServiceAccount);
        QCOMPARE(sa.ns, u"team-a"_s);
        QCOMPARE(sa.name, u"builder"_s);
        QCOMPARE(sa.toJson(), subject(u"ServiceAccount"_s, u"builder"_s, u"team-a"_s));
        QCOMPARE(Subject::user(u"system:serviceaccount:broken"_s).kind, Subject::Kind::User);
    }

    void aBindingIsOneGrantPerSubject()
    {
        QJsonObject rb
            = binding(u"registry-viewer"_s, u"registry-viewer"_s,
                      {subject(u"User"_s, u"alice"_s), subject(u"Group"_s, u"devs"_s),
                       QJsonObject {{u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, u"builder"_s}}});
        const QList<Grant> grants = Grant::fromBinding(rb);
        QCOMPARE(grants.size(), 3);
        QCOMPARE(grants.at(0).subject.kind, Subject::Kind::User);
        QCOMPARE(grants.at(1).subject.kind, Subject::Kind::Group);
        // A service account without a namespace is the binding's own.
        QCOMPARE(grants.at(2).subject.kind, Subject::Kind::ServiceAccount);
        QCOMPARE(grants.at(2).subject.ns, u"team-a"_s);
        for (const Grant &g : grants) {
            QCOMPARE(g.ns, u"team-a"_s);
            QCOMPARE(g.binding, u"registry-viewer"_s);
            QCOMPARE(g.roleKind, u"ClusterRole"_s);
            QCOMPARE(g.role, u"registry-viewer"_s);
        }
        rb.remove(u"subjects"_s);
        QVERIFY(Grant::fromBinding(rb).isEmpty());
    }

    void namesTheServerWouldRefuseAreRefusedFirst_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("clusterWide");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << u"registry-viewer"_s << u"alice"_s << u"team-a"_s << false << true;
        QTest::newRow("cluster-wide, no project")
            << u"registry-viewer"_s << u"alice"_s << QString() << true << true;
        QTest::newRow("role with /") << u"a/b"_s << u"alice"_s << u"team-a"_s << false << false;
        QTest::newRow("role with %") << u"a%2F"_s << u"alice"_s << u"team-a"_s << false << false;
        QTest::newRow("empty name")
            << u"registry-viewer"_s << u"  "_s << u"team-a"_s << false << false;
        QTest::newRow("name with /")
            << u"registry-viewer"_s << u"../x"_s << u"team-a"_s << false << false;
        QTest::newRow("project upper case")
            << u"registry-viewer"_s << u"alice"_s << u"Team-A"_s << false << false;
        QTest::newRow("project empty")
            << u"registry-viewer"_s << u"alice"_s << QString() << false << false;
        QTest::newRow("project 64 long")
            << u"registry-viewer"_s << u"alice"_s << QString(64, u'a') << false << false;
    }
    void namesTheServerWouldRefuseAreRefusedFirst()
    {
        QFETCH(QString, role);
        QFETCH(QString, name);
        QFETCH(QString, ns);
        QFETCH(bool, clusterWide);
        QFETCH(bool, valid);
        const Result<void> checked = RoleBindings::checkNames(role, name, ns, clusterWide);
        QCOMPARE(bool(checked), valid);
        if (!valid)
            QCOMPARE(checked.error().kind(), Error::Kind::InvalidInput);
    }

    void grantMakesTheBindingOcMakes()
    {
        const PolicyPlan plan = RoleBindings::planAdd({}, u"registry-viewer"_s,
                                                      Subject::user(u"alice"_s), u"team-a"_s);
        QCOMPARE(plan.changes.size(), 1);
        const Change &c = plan.changes.first();
        QCOMPARE(c.write, Change::Write::Create);
        QCOMPARE(c.type.resource, u"rolebindings"_s);
        QCOMPARE(c.name, u"registry-viewer"_s);
        // The object of reference step 8, field for field.
        const QJsonObject expected
            = QJsonDocument::fromJson(
                  R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
                "metadata":{"name":"registry-viewer","namespace":"team-a"},
                "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"registry-viewer"},
                "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"alice"}]})")
                  .object();
        QCOMPARE(c.object, expected);
        QCOMPARE(c.command.toShell(),
                 u"oc create rolebinding registry-viewer --clusterrole=registry-viewer "
                 "--user=alice -n team-a"_s);
    }

    void grantPicksTheFirstFreeName()
    {
        const QJsonArray taken {
            binding(u"registry-viewer"_s, u"registry-viewer"_s, {subject(u"User"_s, u"bob"_s)}),
            binding(u"registry-viewer-0"_s, u"view"_s, {})};
        const PolicyPlan plan = RoleBindings::planAdd(taken, u"registry-viewer"_s,
                                                      Subject::group(u"devs"_s), u"team-a"_s);
        QCOMPARE(plan.changes.first().name, u"registry-viewer-1"_s);
        QCOMPARE(plan.changes.first().command.arguments().value(5), u"--group=devs"_s);
    }

    void grantingWhatIsHeldChangesNothingAndSaysSo_data()
    {
        QTest::addColumn<QJsonObject>("held");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("user") << subject(u"User"_s, u"alice"_s) << int(Subject::Kind::User)
                              << u"alice"_s;
        QTest::newRow("group") << subject(u"Group"_s, u"devs"_s) << int(Subject::Kind::Group)
                               << u"devs"_s;
        QTest::newRow("service account") << subject(u"ServiceAccount"_s, u"builder"_s, u"team-a"_s)
                                         << int(Subject::Kind::ServiceAccount) << u"builder"_s;
        QTest::newRow("service account bound by its user name")
            << subject(u"User"_s, u"system:serviceaccount:team-a:builder"_s)
            << int(Subject::Kind::ServiceAccount) << u"builder"_s;
    }
    void grantingWhatIsHeldChangesNothingAndSaysSo()
    {
        QFETCH(QJsonObject, held);
        QFETCH(int, kind);
        QFETCH(QString, name);
        const Subject s = kind == int(Subject::Kind::Group) ? Subject::group(name)
            : kind == int(Subject::Kind::User)              ? Subject::user(name)
                                               : Subject::serviceAccount(u"team-a"_s, name);
        const PolicyPlan plan
            = RoleBindings::planAdd({binding(u"custom-name"_s, u"registry-viewer"_s, {held})},
                                    u"registry-viewer"_s, s, u"team-a"_s);
        QVERIFY(plan.changes.isEmpty());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.notes.first().contains(u"custom-name"_s));
    }

    void aBindingOfAnotherRoleDoesNotCount()
    {
        const PolicyPlan plan = RoleBindings::planAdd(
            {binding(u"edit"_s, u"edit"_s, {subject(u"User"_s, u"alice"_s)})}, u"registry-viewer"_s,
            Subject::user(u"alice"_s), u"team-a"_s);
        QCOMPARE(plan.changes.size(), 1);
    }

    void removalDeletesAnEmptiedBindingAndUpdatesTheOthers()
    {
        const QJsonArray bindings {
            binding(u"registry-viewer"_s, u"registry-viewer"_s, {subject(u"User"_s, u"alice"_s)}),
            binding(u"registry-viewer-0"_s, u"registry-viewer"_s,
                    {subject(u"User"_s, u"alice"_s), subject(u"User"_s, u"bob"_s)}),
            binding(u"kept"_s, u"registry-viewer"_s, {subject(u"User"_s, u"alice"_s)}, true),
            binding(u"other"_s, u"edit"_s, {subject(u"User"_s, u"alice"_s)})};
        const auto plan = RoleBindings::planRemove(bindings, u"registry-viewer"_s,
                                                   Subject::user(u"alice"_s), u"team-a"_s);
        QVERIFY(plan);
        QCOMPARE(plan->changes.size(), 3);
        QCOMPARE(plan->changes.at(0).write, Change::Write::Delete);
        QCOMPARE(plan->changes.at(0).preconditions.uid, u"uid-registry-viewer"_s);
        QCOMPARE(plan->changes.at(1).write, Change::Write::Replace);
        QCOMPARE(plan->changes.at(1).object.value("subjects"_L1).toArray(),
                 QJsonArray {subject(u"User"_s, u"bob"_s)});
        // Annotated autoupdate "false": kept, with no subject.
        QCOMPARE(plan->changes.at(2).write, Change::Write::Replace);
        QVERIFY(plan->changes.at(2).object.value("subjects"_L1).toArray().isEmpty());
        // One oc command for all of it.
        QCOMPARE(plan->changes.at(0).command.toShell(),
                 u"oc policy remove-role-from-user registry-viewer alice -n team-a"_s);
        QVERIFY(plan->changes.at(1).command.isEmpty());
        QVERIFY(plan->changes.at(2).command.isEmpty());
    }

    void removingWhatIsNotHeldIsAnError()
    {
        const auto plan = RoleBindings::planRemove({}, u"registry-viewer"_s,
                                                   Subject::user(u"alice"_s), u"team-a"_s);
        QVERIFY(!plan);
        QVERIFY(plan.error().message().contains(u"does not have registry-viewer"_s));
    }

    void clusterWideUsesClusterRoleBindings()
    {
        const PolicyPlan plan
            = RoleBindings::planAdd({}, u"registry-viewer"_s, Subject::group(u"devs"_s), {});
        const Change &c = plan.changes.first();
        QCOMPARE(c.type.resource, u"clusterrolebindings"_s);
        QCOMPARE(c.object.value("kind"_L1).toString(), u"ClusterRoleBinding"_s);
        QVERIFY(!c.object.value("metadata"_L1).toObject().contains("namespace"_L1));
        QCOMPARE(c.command.toShell(),
                 u"oc create clusterrolebinding registry-viewer --clusterrole=registry-viewer "
                 "--group=devs"_s);
        const auto removal = RoleBindings::planRemove(
            {binding(u"registry-viewer"_s, u"registry-viewer"_s, {subject(u"Group"_s, u"devs"_s)})},
            u"registry-viewer"_s, Subject::group(u"devs"_s), {});
        QCOMPARE(removal->changes.first().command.toShell(),
                 u"oc adm policy remove-cluster-role-from-group registry-viewer devs"_s);
    }

    void everyRegistryRoleIsSaidInPlainWords()
    {
        for (const QString &role : {u"registry-viewer"_s, u"registry-editor"_s, u"registry-admin"_s,
                                    u"system:image-puller"_s, u"system:image-pusher"_s})
            QVERIFY2(!RoleBindings::roleInPlainWords(role).isEmpty(), qPrintable(role));
        QVERIFY(RoleBindings::roleInPlainWords(u"edit"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RoleBindings)
#include "tst_rolebindings.moc"
