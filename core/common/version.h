// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Berth {

/// What `berth --version` and `berthctl --version` print: the program and Berth's version, then
/// the Qt and OpenSSL it runs with and whether KSyntaxHighlighting was built in, a line each.
QString versionText(const QString &program);

} // namespace Berth
