// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Berth {

/// How a new file is created by writeFileAtomically().
enum class FileSecrecy {
    Secret, ///< mode 0600 (credentials, kubeconfig)
    Public, ///< mode 0644
};

/// Writes `data` to `path` so that readers see the old file or the new one, never a torn one:
/// a temporary file in the same directory, fsync, rename. An existing file keeps its mode
/// (a Secret one loses group and other access); a new one gets 0600 or 0644. A symlink is written
/// through to its target. Creates missing parent directories (0700 for Secret). On failure the old
/// file is left intact.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 FileSecrecy secrecy = FileSecrecy::Secret);

} // namespace Berth
