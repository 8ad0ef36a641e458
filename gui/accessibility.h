// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace Berth::Gui {

/// What every table of Berth does for the keyboard: Tab and Shift+Tab leave the table (the
/// arrow keys move between its cells), so Tab never cycles through cells forever.
void letTabLeave(QAbstractItemView *view);

/// Tab goes through `widgets` in this order, and every widget stays in the window's one focus
/// chain, also an editable combo box whose text field was made after other widgets (which a
/// pair of QWidget::setTabOrder() calls cuts off in a loop of their own, in Qt 6.4). Call it
/// after setEditable() and setLineEdit(): a text field made later goes to the end of the chain.
void orderTabs(const QList<QWidget *> &widgets);

/// A read-only table of `model` as every page shows one: sortable, whole rows selected one at
/// a time, named `name` for a screen reader, and left by Tab.
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

/// Names an editable combo box, its text field and its drop-down list for a screen reader:
/// "Project", "Project, typed", "Project choices".
void nameComboBox(QComboBox *combo, const QString &name);

/// Names the clear button a line edit shows with setClearButtonEnabled(true).
void nameClearButton(QLineEdit *edit, const QString &name);

/// A label that shows a message (a problem, a status): read by its text, described by
/// `caption`, and announced to a screen reader whenever showMessage() changes it.
void describeMessageLabel(QLabel *label, const QString &caption);
void showMessage(QLabel *label, const QString &text);

} // namespace Berth::Gui
