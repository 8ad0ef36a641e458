// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>

namespace Berth::Gui {

/// Colours a unified diff: added lines, removed lines, hunk headers. The +/- prefix stays,
/// so the diff reads the same without colour (and to a screen reader).
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Berth::Gui
