// SPDX-License-Identifier: Apache-2.0
#include "atomicfile.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <optional>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth {

static Error ioError(const QString &what, const QString &path)
{
    return Error(Error::Kind::Io,
                 u"%1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

/// The file a chain of symlinks ends at (which may not exist yet), as the kernel follows it;
/// an error for a loop.
static Result<QString> finalTarget(const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) { // the kernel's limit, ELOOP
        const QByteArray encoded = QFile::encodeName(target);
        QByteArray link(4096, Qt::Uninitialized);
        const ssize_t n = ::readlink(encoded.constData(), link.data(), size_t(link.size()));
        if (n < 0)
            return target; // not a symlink (or not there): this is the file
        link.truncate(n);
        const QString next = QFile::decodeName(link);
        // A relative link is relative to the directory that holds it, as the kernel finds it:
        // through that directory's own symlinks, so ".." is taken after them, not textually.
        const QString here = QFileInfo(target).absolutePath();
        const QString real = QFileInfo(here).canonicalFilePath();
        target = QDir::cleanPath(
            QFileInfo(next).isAbsolute() ? next : (real.isEmpty() ? here : real) + u'/' + next);
    }
    errno = ELOOP;
    return ioError(u"cannot follow the symlinks of"_s, path);
}

/// Marks the temporary file open on `fd` as a write in progress for removeStaleTemporaries(),
/// for as long as `fd` stays open.
static void holdTemporary(int fd)
{
    // Waits only while a cleaner has the file locked to look at it.
    if (::flock(fd, LOCK_EX) != 0)
        qCWarning(lcWorkstation) << "cannot lock a temporary file:" << std::strerror(errno);
}

void removeStaleTemporaries(const QString &dir, const QString &name)
{
    // A writer holds its temporary locked from before it has a name (or, without O_TMPFILE,
    // from just after creating it) until the rename, so one that can be locked here belongs to
    // no write in progress, whichever PID namespace or machine (an NFS home) the writer ran on,
    // and whatever process has its PID now (PIDs are reused). Only a file made by name is
    // unlocked for a moment, and it is empty then: an empty one goes after a minute. This
    // process's own are never touched: on NFS, closing any descriptor of a file drops every lock
    // this process holds on it, a live writer's on another thread included.
    constexpr qint64 settleSeconds = 60;
    const QString prefix = u"."_s + name + u".berth-"_s;
    const QStringList entries
        = QDir(dir).entryList({prefix + u"*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.mid(prefix.size()).section(u'.', 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid())
            continue;
        const QByteArray path = QFile::encodeName(dir + u'/' + entry);
        // Written to as a writer would (NFS locks a file only for a descriptor that may write);
        // a FIFO without a reader, a symlink or a file of another user's does not open.
        const Fd fd(::open(path.constData(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        struct stat st;
        if (fd.fd < 0 || ::fstat(fd.fd, &st) != 0 || !S_ISREG(st.st_mode)
            || st.st_uid != ::geteuid() || ::flock(fd.fd, LOCK_EX | LOCK_NB) != 0)
            continue; // not one of ours, or a writer holds it
        if (st.st_size > 0 || ::time(nullptr) - st.st_mtime > settleSeconds)
            ::unlink(path.constData());
    }
}

Result<Temporary> writeTemporary(int dirFd, const QString &dir, const QString &name,
                                 const QByteArray &data, mode_t mode)
{
    removeStaleTemporaries(dir, name);
    const QByteArray prefix
        = QFile::encodeName(u"."_s + name + u".berth-"_s) + QByteArray::number(::getpid()) + '.';
    auto freshName = [&prefix] {
        return prefix + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    };
    auto fill = [&data, mode](int fd) {
        if (::fchmod(fd, mode) != 0)
            return false;
        for (qsizetype written = 0; written < data.size();) {
            const ssize_t n
                = ::write(fd, data.constData() + written, size_t(data.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return false;
            written += n;
        }
        return ::fsync(fd) == 0;
    };
    constexpr int attempts = 8; // names taken by chance: 64 random bits each
    // Nameless until written and locked: a writer killed before the link leaves nothing.
    if (Fd unnamed(::openat(dirFd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600)); unnamed.fd >= 0) {
        holdTemporary(unnamed.fd);
        if (!fill(unnamed.fd))
            return ioError(u"cannot write a temporary file in"_s, dir);
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(unnamed.fd);
        for (int attempt = 0; attempt < attempts; ++attempt) {
            const QByteArray tmp = freshName();
            if (::linkat(AT_FDCWD, self.constData(), dirFd, tmp.constData(), AT_SYMLINK_FOLLOW)
                == 0)
                return Temporary {std::move(unnamed), tmp};
            if (errno != EEXIST)
                break; // no /proc here: made by name below
        }
    }
    for (int attempt = 0;; ++attempt) {
        const QByteArray tmp = freshName();
        Fd named(::openat(dirFd, tmp.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (named.fd < 0 && errno == EEXIST && attempt + 1 < attempts)
            continue;
        if (named.fd < 0)
            return ioError(u"cannot create a temporary file in"_s, dir);
        holdTemporary(named.fd);
        if (!fill(named.fd)) {
            Error error = ioError(u"cannot write"_s, dir + u'/' + QFile::decodeName(tmp));
            ::unlinkat(dirFd, tmp.constData(), 0);
            return error;
        }
        return Temporary {std::move(named), tmp};
    }
}

/// writeFileAtomically(), and when `unchanged` is given, the file is checked with it just before
/// the rename: false leaves the file as the other writer made it and returns `*raced` true.
static Result<void> writeFile(const QString &path, const QByteArray &data, FileSecrecy secrecy,
                              const std::function<bool(const QString &target)> &unchanged,
                              bool *raced)
{
    // Write through symlinks to the file they end at, as docker and kubectl do.
    const Result<QString> resolved = finalTarget(path);
    if (!resolved)
        return resolved.error();
    const QString target = *resolved;
    const QFileInfo targetInfo(target);
    const QString dir = targetInfo.absolutePath();
    if (!QDir().exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error(Error::Kind::Io, Tr::tr("cannot create directory %1").arg(dir));
        if (secrecy == FileSecrecy::Secret)
            ::chmod(QFile::encodeName(dir).constData(), 0700);
    }

    mode_t mode = secrecy == FileSecrecy::Secret ? 0600 : 0644;
    struct stat st;
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        mode = st.st_mode & 07777;
        if (secrecy == FileSecrecy::Secret)
            mode &= ~mode_t(077); // a secret never stays readable by others
    }

    const Fd dirFd(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.fd < 0)
        return ioError(u"cannot open"_s, dir);
    // Open (and so locked) until the rename is done: closed by the end of this function.
    Result<Temporary> temporary = writeTemporary(dirFd.fd, dir, targetInfo.fileName(), data, mode);
    if (!temporary)
        return temporary.error();
    const QByteArray tmp = temporary->name;
    if (unchanged && !unchanged(target)) {
        ::unlinkat(dirFd.fd, tmp.constData(), 0);
        *raced = true;
        return {};
    }
    if (::renameat(dirFd.fd, tmp.constData(), dirFd.fd,
                   QFile::encodeName(targetInfo.fileName()).constData())
        != 0) {
        Error error = ioError(u"cannot replace"_s, target);
        ::unlinkat(dirFd.fd, tmp.constData(), 0);
        return error;
    }
    ::fsync(dirFd.fd); // the rename made durable too
    return {};
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, FileSecrecy secrecy)
{
    bool raced = false;
    return writeFile(path, data, secrecy, nullptr, &raced);
}

Result<void>
updateFileAtomically(const QString &path,
                     const std::function<Result<QByteArray>(const QByteArray &current)> &update,
                     FileSecrecy secrecy)
{
    auto read = [](const QString &file) -> std::optional<QByteArray> {
        QFile f(file);
        if (!f.exists())
            return QByteArray();
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return f.readAll();
    };
    constexpr int attempts = 5;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Result<QString> target = finalTarget(path);
        if (!target)
            return target.error();
        const std::optional<QByteArray> before = read(*target);
        if (!before)
            return Error(Error::Kind::Io, Tr::tr("cannot read %1").arg(*target));
        const Result<QByteArray> next = update(*before);
        if (!next)
            return next.error();
        bool raced = false;
        const Result<void> written = writeFile(
            path, *next, secrecy,
            [&read, &before](const QString &file) { return read(file) == before; }, &raced);
        if (!written || !raced)
            return written;
    }
    return Error(Error::Kind::Io,
                 Tr::tr("%1 kept changing while Berth wrote it; try again").arg(path));
}

} // namespace Berth
