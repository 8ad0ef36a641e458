// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

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
/// for Secret). On failure the old file is left intact. The temporary file is `.NAME.berth-PID.`
/// and six random characters, locked while it is written; a leftover one that no writer holds
/// (its writer was killed mid-write) goes with the next write, by removeStaleTemporaries().
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 FileSecrecy secrecy = FileSecrecy::Secret);

/// Removes the temporary files `.NAME.berth-PID.*` of writes to `name` in `dir` that no writer
/// holds any more (one killed in the middle of a write), which may hold a secret. A writer holds
/// its temporary with holdTemporary() from just after creating it until the rename.
void removeStaleTemporaries(const QString &dir, const QString &name);

/// Marks the temporary file open on `fd` as a write in progress for removeStaleTemporaries(),
/// for as long as `fd` stays open (an flock, which NFS and other PID namespaces see too).
void holdTemporary(int fd);

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
