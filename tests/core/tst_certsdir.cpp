// SPDX-License-Identifier: Apache-2.0
// certs.d as Docker, Podman and skopeo read it, written by Berth: hostnames checked before they
// become paths, no symlink followed, another CA kept unless replaced (then backed up).
#include "certificateauthority.h"
#include "common/atomicfile.h"
#include "files.h"
#include "workstation/certsdir.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Workstation;
using Berth::Test::contents;

namespace {
QList<QSslCertificate> newCa(const QString &name)
{
    return {QSslCertificate(Sandbox::CertificateAuthority::create(name).pair().certificatePem)};
}
} // namespace

class tst_CertsDir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostsThatCannotNameADirectoryAreRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << u"registry.example.com"_s << true;
        QTest::newRow("name:port")
            << u"default-route-openshift-image-registry.apps.x:443"_s << true;
        QTest::newRow("ip:port") << u"127.0.0.1:5000"_s << true;
        QTest::newRow("ipv6") << u"[::1]:5000"_s << true;
        QTest::newRow("dot dot") << u"../x"_s << false;
        QTest::newRow("inner dot dot") << u"a..b"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("nul") << QString(u"x"_s + QChar(0) + u"y"_s) << false;
        QTest::newRow("newline") << u"x\ny"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("port too big") << u"a:65536"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("over-long") << QString(300, u'a') << false;
    }
    void hostsThatCannotNameADirectoryAreRefused()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(bool(checkRegistryHost(host)), valid);
        if (valid)
            return;
        // Refused before any directory is made.
        QTemporaryDir root;
        const auto done
            = installCa(CertsStore::Docker, host, newCa(u"ca"_s), ExistingCa::Keep, root.path());
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(QDir(root.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void aCaIsWrittenKeptAndReplacedWithABackup()
    {
        QTemporaryDir root;
        const auto ours = newCa(u"router"_s);
        const QString host = u"r.example.com:5000"_s;
        auto done = installCa(CertsStore::Podman, host, ours, ExistingCa::Keep, root.path());
        QVERIFY2(done, qPrintable(done.error().detail()));
        QCOMPARE(done->path, root.path() + u"/etc/containers/certs.d/r.example.com:5000/ca.crt"_s);
        QCOMPARE(contents(done->path), ours.first().toPem());
        constexpr auto modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(done->path) & modeBits,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QCOMPARE(caFileState(CertsStore::Podman, host, ours, root.path()).state,
                 CaFileState::State::Matches);
        // Again: nothing to do.
        done = installCa(CertsStore::Podman, host, ours, ExistingCa::Keep, root.path());
        QVERIFY(done && done->unchanged);
        // Another CA is kept unless replaced; replaced, it stays beside the new one.
        const auto theirs = newCa(u"someone"_s);
        done = installCa(CertsStore::Podman, host, theirs, ExistingCa::Keep, root.path());
        QVERIFY(!done);
        QVERIFY(done.error().detail().contains(u"holds another CA"_s));
        QCOMPARE(contents(caFilePath(CertsStore::Podman, host, root.path())), ours.first().toPem());
        QCOMPARE(caFileState(CertsStore::Podman, host, theirs, root.path()).state,
                 CaFileState::State::Different);
        done = installCa(CertsStore::Podman, host, theirs, ExistingCa::Replace, root.path());
        QVERIFY(done);
        QCOMPARE(contents(done->path), theirs.first().toPem());
        QVERIFY(done->backup.contains(u"ca.crt.berth-backup-"_s));
        QCOMPARE(contents(done->backup), ours.first().toPem());
        // A second replacement in the same second keeps its own backup.
        done = installCa(CertsStore::Podman, host, ours, ExistingCa::Replace, root.path());
        QVERIFY2(done, qPrintable(done.error().detail()));
        QVERIFY(!done->backup.isEmpty());
        QCOMPARE(contents(done->backup), theirs.first().toPem());
        // No temporary file is left.
        QCOMPARE(QDir(QFileInfo(done->path).path()).entryList(QDir::Files | QDir::Hidden).size(),
                 3);
    }

    void aSymlinkOnTheWayIsNotFollowed()
    {
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), root.filePath(u"etc"_s)));
        const auto done = installCa(CertsStore::Docker, u"r.example.com"_s, newCa(u"ca"_s),
                                    ExistingCa::Keep, root.path());
        QVERIFY(!done);
        QVERIFY2(done.error().detail().contains(u"is a symlink or not a directory"_s),
                 qPrintable(done.error().detail()));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        // A ca.crt that is a symlink is not read through, nor written through.
        QTemporaryDir second;
        const QString dir = second.filePath(u"etc/docker/certs.d/r.example.com"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString target = elsewhere.filePath(u"target"_s);
        QVERIFY(writeFileAtomically(target, "secret", FileSecrecy::Public));
        QVERIFY(QFile::link(target, dir + u"/ca.crt"_s));
        QVERIFY(!installCa(CertsStore::Docker, u"r.example.com"_s, newCa(u"ca"_s), ExistingCa::Keep,
                           second.path()));
        QCOMPARE(contents(target), QByteArray("secret"));
    }

    void readingFindsTheFirstDirectoryAsContainersDo()
    {
        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        const auto restore = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
        const auto ca = newCa(u"router"_s);
        QVERIFY(installCa(CertsStore::Rootless, u"r.example.com"_s, ca, ExistingCa::Keep));
        const CertsDirMaterial m = loadCertsDir(u"r.example.com"_s);
        QCOMPARE(m.directory, home.path() + u"/.config/containers/certs.d/r.example.com"_s);
        QCOMPARE(m.authorities, ca);
        QVERIFY(m.warnings.isEmpty());
        QVERIFY(loadCertsDir(u"other.example.com"_s).directory.isEmpty());
        // --cert-dir alone, and what is wrong in it said.
        QTemporaryDir certDir;
        QVERIFY(writeFileAtomically(certDir.filePath(u"junk.crt"_s), "junk", FileSecrecy::Public));
        QVERIFY(writeFileAtomically(certDir.filePath(u"client.cert"_s), "x", FileSecrecy::Public));
        const CertsDirMaterial given = loadCertsDir(u"r.example.com"_s, certDir.path());
        QCOMPARE(given.directory, certDir.path());
        QVERIFY(given.authorities.isEmpty());
        QCOMPARE(given.warnings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CertsDir)
#include "tst_certsdir.moc"
