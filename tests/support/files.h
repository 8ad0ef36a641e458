// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Test {

/// What the file at `path` holds; empty when it cannot be read.
QByteArray contents(const QString &path);

/// Writes `data` as the file at `path`, making its directories; true when all of it was written.
bool writeFile(const QString &path, const QByteArray &data);

} // namespace Berth::Test
