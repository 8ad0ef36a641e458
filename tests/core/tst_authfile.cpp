// SPDX-License-Identifier: Apache-2.0
#include "workstation/authfile.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(tst_AuthFile)
#include "tst_authfile.moc"
