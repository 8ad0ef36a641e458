// SPDX-License-Identifier: Apache-2.0
#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth {

static Error ioError(const QString &what, const QString &path)
{
    return Error(Error::Kind::Io,
                 u"%1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, FileSecrecy secrecy)
{
    // Write through a symlink to its target, as docker and kubectl do.
    QString target = path;
    const QFileInfo info(path);
    if (info.isSymLink())
        target = info.symLinkTarget();
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

    QByteArray tmpl = QFile::encodeName(dir + u"/."_s + targetInfo.fileName() + u".XXXXXX"_s);
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return ioError(u"cannot create a temporary file in"_s, dir);
    const QString tmpPath = QFile::decodeName(tmpl);
    auto fail = [&](const QString &what) {
        Error error = ioError(what, tmpPath);
        ::close(fd);
        ::unlink(tmpl.constData());
        return error;
    };
    if (::fchmod(fd, mode) != 0)
        return fail(u"cannot set the mode of"_s);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(u"cannot write"_s);
        }
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail(u"cannot sync"_s);
    ::close(fd);
    if (::rename(tmpl.constData(), QFile::encodeName(target).constData()) != 0) {
        Error error = ioError(u"cannot replace"_s, target);
        ::unlink(tmpl.constData());
        return error;
    }
    // Make the rename durable too.
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace Berth
