// SPDX-License-Identifier: Apache-2.0
#include "linediff.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Berth {

static std::vector<std::string> lines(const QString &text)
{
    std::vector<std::string> out;
    if (text.isEmpty())
        return out;
    QStringList split = text.split(u'\n');
    if (text.endsWith(u'\n'))
        split.removeLast();
    out.reserve(size_t(split.size()));
    for (const QString &line : std::as_const(split))
        out.push_back(line.toStdString());
    return out;
}

QList<DiffLine> lineDiff(const QString &before, const QString &after)
{
    using Sequence = std::vector<std::string>;
    const Sequence a = lines(before), b = lines(after);
    dtl::Diff<std::string, Sequence> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    QList<DiffLine> out;
    auto append = [&out](DiffLine::Kind kind, const std::string &text) {
        out.append({kind, QString::fromStdString(text)});
    };
    for (const auto &hunk : diff.getUniHunks()) {
        // As diff -u: an empty range starts at the line before it (0 for an empty file).
        const long long a = hunk.b == 0 ? hunk.a - 1 : hunk.a;
        const long long c = hunk.d == 0 ? hunk.c - 1 : hunk.c;
        // A range of one line is its number alone.
        auto range = [](long long start, long long count) {
            return count == 1 ? QString::number(start) : u"%1,%2"_s.arg(start).arg(count);
        };
        out.append(
            {DiffLine::Kind::Hunk, u"@@ -%1 +%2 @@"_s.arg(range(a, hunk.b), range(c, hunk.d))});
        for (const auto &[text, info] : hunk.common[0])
            append(DiffLine::Kind::Context, text);
        for (const auto &[text, info] : hunk.change) {
            append(info.type == dtl::SES_ADD          ? DiffLine::Kind::Added
                       : info.type == dtl::SES_DELETE ? DiffLine::Kind::Removed
                                                      : DiffLine::Kind::Context,
                   text);
        }
        for (const auto &[text, info] : hunk.common[1])
            append(DiffLine::Kind::Context, text);
    }
    return out;
}

QString unifiedDiff(const QString &before, const QString &after, const QString &fromLabel,
                    const QString &toLabel)
{
    const QList<DiffLine> diff = lineDiff(before, after);
    if (diff.isEmpty())
        return {};
    QString out = u"--- "_s + fromLabel + u"\n+++ "_s + toLabel + u'\n';
    for (const DiffLine &line : diff) {
        switch (line.kind) {
        case DiffLine::Kind::Hunk:
            out += line.text;
            break;
        case DiffLine::Kind::Context:
            out += u' ' + line.text;
            break;
        case DiffLine::Kind::Removed:
            out += u'-' + line.text;
            break;
        case DiffLine::Kind::Added:
            out += u'+' + line.text;
            break;
        }
        out += u'\n';
    }
    return out;
}

} // namespace Berth
