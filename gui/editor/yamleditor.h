// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace Berth::Gui {

/// A YAML text editor: line numbers, the built-in YAML highlighter, and lines marked with the
/// problems found there (a server's 422 causes, a syntax error), shown as their tooltips too.
class YamlEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);

    /// Marks these 1-based lines with what is wrong there; an empty map clears the marks.
    void setProblems(const QMap<int, QString> &problems);
    /// Moves the cursor to the start of a 1-based line and shows it.
    void goToLine(int line);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateMarks();

    QWidget *m_lineNumbers;
    QMap<int, QString> m_problems;
};

} // namespace Berth::Gui
