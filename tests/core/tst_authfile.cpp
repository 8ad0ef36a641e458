// SPDX-License-Identifier: Apache-2.0
#include "workstation/authfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Workstation;

class tst_AuthFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &json)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }

private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("user"); // empty: none found
        QTest::addColumn<QString>("password");
        const QByteArray alice = QByteArray("alice:s3cret").toBase64();
        const QByteArray bob = QByteArray("bob:x:y").toBase64();
        QTest::newRow("host") << QByteArray("{\"auths\":{\"reg.example.com\":{\"auth\":\"" + alice
                                            + "\"}}}")
                              << u"reg.example.com"_s << u"a/b"_s << u"alice"_s << u"s3cret"_s;
        QTest::newRow("https prefix")
            << QByteArray("{\"auths\":{\"https://reg.example.com\":{\"auth\":\"" + alice + "\"}}}")
            << u"reg.example.com"_s << u"a/b"_s << u"alice"_s << u"s3cret"_s;
        QTest::newRow("most specific namespace wins")
            << QByteArray("{\"auths\":{\"reg.example.com\":{\"auth\":\"" + alice
                          + "\"},\"reg.example.com/team\":{\"auth\":\"" + bob + "\"}}}")
            << u"reg.example.com"_s << u"team/app"_s << u"bob"_s << u"x:y"_s;
        QTest::newRow("other host")
            << QByteArray("{\"auths\":{\"other.example.com\":{\"auth\":\"" + alice + "\"}}}")
            << u"reg.example.com"_s << u"a"_s << QString() << QString();
        QTest::newRow("docker hub legacy key")
            << QByteArray("{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + alice
                          + "\"}}}")
            << u"docker.io"_s << u"library/x"_s << u"alice"_s << u"s3cret"_s;
        QTest::newRow("port") << QByteArray("{\"auths\":{\"reg:5000\":{\"auth\":\"" + alice
                                            + "\"}}}")
                              << u"reg:5000"_s << u"a"_s << u"alice"_s << u"s3cret"_s;
    }
    void lookup()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, user);
        QFETCH(QString, password);
        const auto c = AuthFile::lookup(registry, repository, {write(u"auth.json"_s, json)});
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(bool(*c), !user.isEmpty());
        if (*c) {
            QCOMPARE((*c)->username, user);
            QCOMPARE((*c)->password, password);
        }
    }

    void malformedAuthNamesTheHost()
    {
        const auto c = AuthFile::lookup(
            u"reg.example.com"_s, u"a"_s,
            {write(u"bad.json"_s,
                   "{\"auths\":{\"reg.example.com\":{\"auth\":\"bm8tY29sb24=\"}}}")});
        QVERIFY(!c);
        QVERIFY(c.error().detail().contains(u"reg.example.com"_s));
    }

    void firstFileThatKnowsWins()
    {
        const QString a = write(u"a.json"_s, "{\"auths\":{}}");
        const QString b = write(
            u"b.json"_s, "{\"auths\":{\"r\":{\"auth\":\"" + QByteArray("u:p").toBase64() + "\"}}}");
        const auto c = AuthFile::lookup(u"r"_s, u"x"_s, {a, m_dir.filePath(u"missing.json"_s), b});
        QVERIFY(c && *c);
        QCOMPARE((*c)->username, u"u"_s);
    }

    void credentialHelper()
    {
        // A docker-credential helper on PATH answers for the host.
        QTemporaryDir bin;
        QFile helper(bin.filePath(u"docker-credential-berthtest"_s));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        helper.write(
            "#!/bin/sh\nread host\n[ \"$1\" = get ] && [ \"$host\" = reg.example.com ] && echo "
            "'{\"ServerURL\":\"reg.example.com\",\"Username\":\"helped\",\"Secret\":\"pw\"}' && "
            "exit 0\necho 'credentials not found in native keychain'; exit 1\n");
        helper.close();
        helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        const QString file = write(
            u"helpers.json"_s,
            "{\"credHelpers\":{\"reg.example.com\":\"berthtest\"},\"credsStore\":\"berthtest\"}");
        auto c = AuthFile::lookup(u"reg.example.com"_s, u"a"_s, {file});
        QVERIFY2(c && *c, c ? "none" : qPrintable(c.error().message()));
        QCOMPARE((*c)->username, u"helped"_s);
        c = AuthFile::lookup(u"unknown.example.com"_s, u"a"_s, {file}); // the store has nothing
        QVERIFY(c && !*c);
        qputenv("PATH", path);
    }

    void anEntryIsWrittenKeepingEveryOtherByte_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("no file") << QByteArray()
                                 << QByteArray("{\n\t\"auths\": {\n\t\t\"r.example.com:5000\": "
                                               "{\"auth\": \"eA==\"}\n\t}\n}\n");
        QTest::newRow("no auths, odd spacing and unknown keys")
            << QByteArray(
                   "{ \"credHelpers\" : {\"gcr.io\":\"gcloud\"},\n  \"x-unknown\": [1, 2.50, "
                   "\"\\u00e9\"] }")
            << QByteArray(
                   "{ \"credHelpers\" : {\"gcr.io\":\"gcloud\"},\n  \"x-unknown\": [1, 2.50, "
                   "\"\\u00e9\"], \"auths\": {\n\t\t\"r.example.com:5000\": {\"auth\": "
                   "\"eA==\"}\n\t} }");
        QTest::newRow("empty auths") << QByteArray("{\"auths\": {}}")
                                     << QByteArray("{\"auths\": {\n\t\t\"r.example.com:5000\": "
                                                   "{\"auth\": \"eA==\"}\n\t}}");
        QTest::newRow("another host, tabs as podman writes")
            << QByteArray("{\n\t\"auths\": {\n\t\t\"quay.io\": {\n\t\t\t\"auth\": "
                          "\"cTpx\"\n\t\t}\n\t}\n}\n")
            << QByteArray("{\n\t\"auths\": {\n\t\t\"quay.io\": {\n\t\t\t\"auth\": \"cTpx\"\n\t\t},"
                          "\n\t\t\"r.example.com:5000\": {\"auth\": \"eA==\"}\n\t}\n}\n");
        QTest::newRow("the same host, spelled as a URL, is replaced in place")
            << QByteArray(
                   "{\"auths\":{\"a\":{},\"https://r.example.com:5000/\":{\"auth\":\"b2xkOnB3\","
                   "\"email\":\"x\"},\"z\":{}},\"credsStore\":\"\"}")
            << QByteArray(
                   "{\"auths\":{\"a\":{},\"https://r.example.com:5000/\":{\"auth\": \"eA==\"},"
                   "\"z\":{}},\"credsStore\":\"\"}");
        QTest::newRow("every key of the host gets it, docker and podman read any")
            << QByteArray("{\"auths\":{\"https://r.example.com:5000\":{\"auth\":\"b2xkOnB3\"},"
                          "\"r.example.com:5000\":{\"auth\":\"b2xkOnB3\"}}}")
            << QByteArray("{\"auths\":{\"https://r.example.com:5000\":{\"auth\": \"eA==\"},"
                          "\"r.example.com:5000\":{\"auth\": \"eA==\"}}}");
        QTest::newRow("a byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"auths\": {}}")
            << QByteArray("\xEF\xBB\xBF{\"auths\": {\n\t\t\"r.example.com:5000\": "
                          "{\"auth\": \"eA==\"}\n\t}}");
        QTest::newRow("escaped quotes and braces in strings")
            << QByteArray(
                   "{\"note\": \"a \\\"}{\\\" b\", \"auths\": {\"q\": {\"auth\": \"e30=\"}}}")
            << QByteArray("{\"note\": \"a \\\"}{\\\" b\", \"auths\": {\"q\": {\"auth\": \"e30=\"},"
                          "\"r.example.com:5000\": {\"auth\": \"eA==\"}}}");
    }
    void anEntryIsWrittenKeepingEveryOtherByte()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const auto out = AuthFile::withEntry(before, u"r.example.com:5000"_s,
                                             "{\"auth\": \"eA==\"}", u"config.json"_s);
        QVERIFY2(out, qPrintable(out.error().detail()));
        QCOMPARE(*out, after);
    }

    void aMalformedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"auths\": {");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("auths not an object") << QByteArray("{\"auths\": []}");
    }
    void aMalformedFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, json);
        const QString path = write(u"bad.json"_s, json);
        Credential c;
        c.username = u"u"_s;
        c.password = u"p"_s;
        const auto stored = AuthFile::store(path, u"r.example.com"_s, c);
        QVERIFY(!stored);
        QVERIFY2(stored.error().detail().contains(u"leaves"_s),
                 qPrintable(stored.error().detail()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), json);
    }

    void aNewFileIsPrivate()
    {
        const QString path = m_dir.filePath(u"new/containers/auth.json"_s);
        Credential c;
        c.username = u"kubeadmin"_s;
        c.password = u"sha256~t"_s;
        const auto stored = AuthFile::store(path, u"r.example.com"_s, c);
        QVERIFY(stored);
        const auto user = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~user, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(m_dir.filePath(u"new/containers"_s)).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFileDevice::Permissions());
        const auto found = AuthFile::lookup(u"r.example.com"_s, u"team-a/app"_s, {path});
        QVERIFY(found && *found);
        QCOMPARE((*found)->username, u"kubeadmin"_s);
        QCOMPARE((*found)->password, u"sha256~t"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AuthFile)
#include "tst_authfile.moc"
