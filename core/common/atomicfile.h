// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fd.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

#include <sys/types.h>

namespace Berth {

/// How a new file is created by writeFileAtomically().
enum class FileSecrecy {
    Secret, ///< mode 0600 (credentials, kubeconfig)
    Public, ///< mode 0644
};

/// Writes `data` to `path` so that readers see the old file or the new one, never a torn one:
/// a temporary file in the same directory, fsync, rename. An existing file keeps its mode
/// (a Secret one loses group and other access); a new one gets 0600 or 0644. A chain of symlinks
/// is followed to the file it ends at, which is written. Creates missing parent directories (0700
/// for Secret). On failure the old file is left intact. The temporary file is made by
/// writeTemporary().
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 FileSecrecy secrecy = FileSecrecy::Secret);

/// A temporary file written for NAME in a directory, to be renamed onto NAME: `.NAME.berth-PID.`
/// and random characters, synced, and locked for as long as `file` stays open (an flock, which
/// NFS and other PID namespaces see too), so that removeStaleTemporaries() leaves it alone.
struct Temporary
{
    Fd file;
    QByteArray name; ///< in its directory
};

/// Writes `data` with `mode` to a new Temporary for `name` in the directory open on `dirFd`
/// (`dir` names it in messages), after removing the stale ones. The file is written, synced and
/// locked before it gets a name (O_TMPFILE, then linked in), so a writer killed before that
/// leaves nothing behind. Where the file system has no O_TMPFILE (NFS), it is made by name and
/// locked at once: until its first write it is empty and unlocked for a moment.
Result<Temporary> writeTemporary(int dirFd, const QString &dir, const QString &name,
                                 const QByteArray &data, mode_t mode);

/// Removes the temporary files `.NAME.berth-PID.*` of writes to `name` in `dir` that no writer
/// holds any more (one killed in the middle of a write), which may hold a secret; an empty one
/// only once it is a minute old (see writeTemporary()).
void removeStaleTemporaries(const QString &dir, const QString &name);

/// Read-modify-write of `path` by `update`, which gets the file's bytes (empty when there is
/// none) and returns the new ones. Written as by writeFileAtomically(); the file is read again
/// just before the rename, and when another writer changed it meanwhile, `update` runs again on
/// what that writer left (at most 5 times), so that neither write is lost. An error from
/// `update` leaves the file untouched.
Result<void>
updateFileAtomically(const QString &path,
                     const std::function<Result<QByteArray>(const QByteArray &current)> &update,
                     FileSecrecy secrecy = FileSecrecy::Secret);

} // namespace Berth
