// SPDX-License-Identifier: Apache-2.0
#include "certsdir.h"

#include "common/atomicfile.h"
#include "common/fd.h"
#include "common/logging.h"
#include "oci/imagereference.h"
#include "tls/certificateinfo.h"
#include "tls/certificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Workstation {

namespace {

Error ioError(const QString &what, const QString &path)
{
    return Error(Error::Kind::Io,
                 u"%1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

/// Opens the directory `path` (absolute) one component at a time from `/`, never following a
/// symlink; with `create`, makes the missing ones (0755).
Result<Fd> openDirectory(const QString &path, bool create)
{
    Fd dir(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd < 0)
        return ioError(u"cannot open"_s, u"/"_s);
    QString walked;
    for (const QString &component : QDir::cleanPath(path).split(u'/', Qt::SkipEmptyParts)) {
        walked += u'/' + component;
        const QByteArray name = QFile::encodeName(component);
        int next
            = ::openat(dir.fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(dir.fd, name.constData(), 0755) != 0 && errno != EEXIST)
                return ioError(u"cannot create directory"_s, walked);
            next = ::openat(dir.fd, name.constData(),
                            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) {
            if (errno == ELOOP || errno == ENOTDIR)
                return Error(Error::Kind::Io,
                             Tr::tr("%1 is a symlink or not a directory; Berth does not write "
                                    "through it")
                                 .arg(walked));
            return ioError(u"cannot open directory"_s, walked);
        }
        dir = Fd(next);
    }
    return dir;
}

/// The bytes of `name` in `dir` (not following a symlink); nullopt (errno set) when unreadable.
std::optional<QByteArray> readAt(int dir, const QByteArray &name)
{
    Fd f(::openat(dir, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (f.fd < 0)
        return std::nullopt;
    QByteArray out;
    char buffer[16384];
    while (out.size() <= Tls::maxCertificateFile) {
        const ssize_t n = ::read(f.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        out.append(buffer, n);
    }
    return out;
}

bool sameCertificates(const QList<QSslCertificate> &a, const QList<QSslCertificate> &b)
{
    return Tls::toPem(a) == Tls::toPem(b);
}

} // namespace

Result<void> checkRegistryHost(const QString &host)
{
    bool controls = false;
    for (const QChar c : host)
        controls |= c.unicode() < 0x20 || c.unicode() == 0x7f;
    const qsizetype colon = host.startsWith(u'[') ? host.indexOf(u"]:"_s) + 1 : host.indexOf(u':');
    const bool portOk = colon <= 0 || host.mid(colon + 1).toInt() <= 65535;
    if (host.isEmpty() || controls || !portOk || !Oci::isValidRegistryHost(host))
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("\"%1\" is not a registry host: give HOST, HOST:PORT or [IPv6]:PORT "
                            "(no '/', '\\', \"..\" or spaces, a port up to 65535)")
                         .arg(host.left(80)));
    return {};
}

QString storeName(CertsStore store)
{
    switch (store) {
    case CertsStore::Docker:
        return u"docker"_s;
    case CertsStore::Podman:
        return u"podman"_s;
    case CertsStore::Rootless:
        return u"rootless"_s;
    }
    return {};
}

QString certsDirectory(CertsStore store, const QString &root)
{
    switch (store) {
    case CertsStore::Docker:
        return QDir::cleanPath(root + u"/etc/docker/certs.d"_s);
    case CertsStore::Podman:
        return QDir::cleanPath(root + u"/etc/containers/certs.d"_s);
    case CertsStore::Rootless:
        return QDir::homePath() + u"/.config/containers/certs.d"_s;
    }
    return {};
}

QString caFilePath(CertsStore store, const QString &host, const QString &root)
{
    return certsDirectory(store, root) + u'/' + host + u"/ca.crt"_s;
}

CertsDirMaterial loadCertsDir(const QString &host, const QString &certDir)
{
    CertsDirMaterial out;
    QStringList dirs;
    if (!certDir.isEmpty())
        dirs.append(certDir);
    else if (checkRegistryHost(host))
        for (CertsStore s : {CertsStore::Rootless, CertsStore::Podman, CertsStore::Docker})
            dirs.append(certsDirectory(s) + u'/' + host);
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        out.directory = dirPath;
        for (const QString &crt : dir.entryList({u"*.crt"_s}, QDir::Files)) {
            QFile f(dir.filePath(crt));
            auto certs = f.open(QIODevice::ReadOnly)
                ? Tls::parseCertificates(f.read(Tls::maxCertificateFile + 1))
                : Result<QList<QSslCertificate>>(Error(Error::Kind::Io, f.errorString()));
            if (certs)
                out.authorities += *certs;
            else
                out.warnings.append(Tr::tr("%1: %2").arg(f.fileName(), certs.error().detail()));
        }
        for (const QString &cert : dir.entryList({u"*.cert"_s}, QDir::Files)) {
            const QString keyPath = dir.filePath(cert.chopped(5) + u".key"_s);
            QFile key(keyPath);
            if (!key.open(QIODevice::ReadOnly)) {
                out.warnings.append(
                    Tr::tr("%1 has no key %2 beside it").arg(dir.filePath(cert), keyPath));
                continue;
            }
            const QByteArray pem = key.readAll();
            QSslKey k(pem, QSsl::Rsa);
            if (k.isNull())
                k = QSslKey(pem, QSsl::Ec);
            out.clientChain = QSslCertificate::fromPath(dir.filePath(cert));
            out.clientKey = k;
        }
        break;
    }
    for (const QString &w : std::as_const(out.warnings))
        qCWarning(lcWorkstation) << w;
    return out;
}

CaFileState caFileState(CertsStore store, const QString &host, const QList<QSslCertificate> &ca,
                        const QString &root)
{
    CaFileState out;
    out.path = caFilePath(store, host, root);
    auto unreadable = [&out](const QString &why) {
        out.state = CaFileState::State::Unreadable;
        out.problem = why;
        return out;
    };
    // Read as installCa() writes: no symlink followed on the way.
    auto dir = openDirectory(QFileInfo(out.path).path(), false);
    if (!dir)
        return errno == ENOENT ? out : unreadable(dir.error().detail());
    const std::optional<QByteArray> bytes = readAt(dir->fd, "ca.crt");
    if (!bytes)
        return errno == ENOENT ? out : unreadable(QString::fromLocal8Bit(std::strerror(errno)));
    const auto certs = Tls::parseCertificates(*bytes);
    if (!certs)
        return unreadable(certs.error().detail());
    out.certificates = *certs;
    out.state = sameCertificates(*certs, ca) ? CaFileState::State::Matches
                                             : CaFileState::State::Different;
    return out;
}

Result<CaInstall> installCa(CertsStore store, const QString &host, const QList<QSslCertificate> &ca,
                            ExistingCa existing, const QString &root)
{
    if (Result<void> valid = checkRegistryHost(host); !valid)
        return valid.error();
    if (ca.isEmpty())
        return Error(Error::Kind::InvalidInput, Tr::tr("there is no CA certificate to install"));
    CaInstall out;
    out.path = caFilePath(store, host, root);
    auto dir = openDirectory(certsDirectory(store, root) + u'/' + host, true);
    if (!dir)
        return dir.error();
    const int fd = dir->fd;
    const QByteArray pem = Tls::toPem(ca);
    if (const auto held = readAt(fd, "ca.crt")) {
        const auto certs = Tls::parseCertificates(*held);
        if (certs && sameCertificates(*certs, ca)) {
            out.unchanged = true;
            return out;
        }
        if (existing == ExistingCa::Keep)
            return Error(Error::Kind::InvalidInput,
                         Tr::tr("%1 holds another CA; Berth keeps it. Choose to replace it (it "
                                "is then kept beside the new one)")
                             .arg(out.path),
                         u"AnotherCa"_s);
    } else if (errno != ENOENT) {
        return ioError(u"cannot read"_s, out.path);
    }
    // Open (and so locked) until the rename is done.
    const Result<Temporary> temporary
        = writeTemporary(fd, QFileInfo(out.path).path(), u"ca.crt"_s, pem, 0644);
    if (!temporary)
        return temporary.error();
    auto fail = [&](const QString &what) {
        Error error = ioError(what, out.path);
        ::unlinkat(fd, temporary->name.constData(), 0);
        return error;
    };
    if (existing == ExistingCa::Replace
        && ::faccessat(fd, "ca.crt", F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
        const QByteArray stamp = "ca.crt.berth-backup-"
            + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLatin1();
        QByteArray backup = stamp;
        // Two replacements in one second keep both CAs they replaced.
        for (int n = 1; ::linkat(fd, "ca.crt", fd, backup.constData(), 0) != 0; ++n) {
            if (errno != EEXIST || n > 99)
                return fail(u"cannot keep a backup of"_s);
            backup = stamp + '-' + QByteArray::number(n);
        }
        out.backup = QFileInfo(out.path).path() + u'/' + QString::fromLatin1(backup);
    }
    if (::renameat(fd, temporary->name.constData(), fd, "ca.crt") != 0)
        return fail(u"cannot replace"_s);
    ::fsync(fd);
    return out;
}

Result<void> checkExport(const QList<CertsStore> &stores, const QString &host,
                         const QList<QSslCertificate> &ca, ExistingCa existing, const QString &root)
{
    if (Result<void> valid = checkRegistryHost(host); !valid)
        return valid.error();
    for (CertsStore s : stores) {
        const CaFileState state = caFileState(s, host, ca, root);
        if (state.state == CaFileState::State::Unreadable)
            return Error(Error::Kind::Io,
                         Tr::tr("%1 cannot be read (%2); nothing was written. "
                                "Move it away, then export again")
                             .arg(state.path, state.problem));
        if (state.state == CaFileState::State::Different && existing == ExistingCa::Keep)
            return Error(Error::Kind::InvalidInput,
                         Tr::tr("%1 holds another CA (%2); nothing was written. Choose to "
                                "replace it (it is kept beside the new one)")
                             .arg(state.path, Tls::sha256Fingerprint(state.certificates.first())),
                         u"AnotherCa"_s);
    }
    return {};
}

bool needsRoot(CertsStore store, const QString &root)
{
    return store != CertsStore::Rootless && root.isEmpty() && ::geteuid() != 0;
}

Result<QList<CaInstall>> exportCa(const QList<CertsStore> &stores, const QString &host,
                                  const QList<QSslCertificate> &ca, ExistingCa existing,
                                  const QString &root)
{
    if (Result<void> checked = checkExport(stores, host, ca, existing, root); !checked)
        return checked.error();
    QList<CaInstall> done;
    for (CertsStore s : stores) {
        const Result<CaInstall> one = installCa(s, host, ca, existing, root);
        if (!one)
            return one.error();
        done.append(*one);
    }
    return done;
}

} // namespace Berth::Workstation
