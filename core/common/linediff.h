// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Berth {

/// One line of a unified diff.
struct DiffLine
{
    enum class Kind { Hunk, Context, Removed, Added };
    Kind kind = Kind::Context;
    QString text; ///< without the prefix; for a Hunk, the "@@ -a,b +c,d @@" header
};

/// The line diff of two texts (Myers, through Debian's header-only dtl), as unified-diff hunks
/// with three lines of context. Empty when the texts are equal.
QList<DiffLine> lineDiff(const QString &before, const QString &after);

/// lineDiff() as `diff -u` prints it, under `--- fromLabel` and `+++ toLabel` (without its
/// "\ No newline at end of file": the texts compared are whole lines).
QString unifiedDiff(const QString &before, const QString &after, const QString &fromLabel,
                    const QString &toLabel);

} // namespace Berth
