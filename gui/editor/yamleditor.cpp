// SPDX-License-Identifier: Apache-2.0
#include "yamleditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

namespace {
/// Keys, comments, quoted strings and the plain scalars YAML types (true, null, numbers), in
/// the palette's colours so that light and dark both read.
class YamlHighlighter final : public QSyntaxHighlighter
{
public:
    explicit YamlHighlighter(QPlainTextEdit *editor)
        : QSyntaxHighlighter(editor->document())
        , m_editor(editor)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        const QPalette palette = m_editor->palette();
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        QTextCharFormat key;
        key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4d, 0x8f));
        key.setFontWeight(QFont::DemiBold);
        QTextCharFormat string;
        string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8c) : QColor(0x2e, 0x6b, 0x1f));
        QTextCharFormat literal;
        literal.setForeground(dark ? QColor(0xf2, 0xb8, 0x6b) : QColor(0x8a, 0x4b, 0x00));
        QTextCharFormat comment;
        comment.setForeground(palette.color(QPalette::PlaceholderText));
        comment.setFontItalic(true);

        static const QRegularExpression keyRe(
            u"^(\\s*-?\\s*)([^\\s#'\"][^:#]*|'[^']*'|\"[^\"]*\"):(\\s|$)"_s);
        static const QRegularExpression stringRe(u"'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\""_s);
        static const QRegularExpression literalRe(
            u":\\s+(true|false|null|~|[-+]?[0-9]+(\\.[0-9]+)?)\\s*$"_s);
        static const QRegularExpression commentRe(u"(^|\\s)#.*$"_s);
        if (const auto m = keyRe.match(text); m.hasMatch())
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), key);
        for (auto it = stringRe.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), string);
        }
        if (const auto m = literalRe.match(text); m.hasMatch())
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), literal);
        if (const auto m = commentRe.match(text); m.hasMatch())
            setFormat(int(m.capturedStart()), int(m.capturedLength()), comment);
    }

private:
    QPlainTextEdit *m_editor;
};

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    YamlEditor *m_editor;
};
} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // YAML is indented with spaces; Tab moves on, as everywhere else
    new YamlHighlighter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int YamlEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 8 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void YamlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible()) {
            painter.setPen(m_problems.contains(line) ? palette().color(QPalette::Highlight)
                                                     : palette().color(QPalette::PlaceholderText));
            QFont font = painter.font();
            font.setBold(m_problems.contains(line));
            painter.setFont(font);
            painter.drawText(0, top, m_lineNumbers->width() - 4, height, Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void YamlEditor::setProblems(const QMap<int, QString> &problems)
{
    m_problems = problems;
    updateMarks();
    m_lineNumbers->update();
}

void YamlEditor::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(50);
        mark.format.setBackground(tint);
        marks.append(mark);
    }
    setExtraSelections(marks);
}

void YamlEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line
            = cursorForPosition(viewport()->mapFromParent(help->pos())).blockNumber() + 1;
        if (m_problems.contains(line)) {
            QToolTip::showText(help->globalPos(), m_problems.value(line), this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace Berth::Gui
