// SPDX-License-Identifier: Apache-2.0
#include "diffhighlighter.h"

#include "theme.h"

#include <QGuiApplication>

namespace Berth::Gui {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void DiffHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    QTextCharFormat format;
    // The file headers are the first two lines only: further down, "---" is a removed "--".
    const bool header = currentBlock().blockNumber() < 2
        && (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")));
    if (header || text.startsWith(QLatin1String("@@"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(addedColor(palette));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(errorColor(palette));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace Berth::Gui
