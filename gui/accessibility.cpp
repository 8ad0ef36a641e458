// SPDX-License-Identifier: Apache-2.0
#include "accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace Berth::Gui {

void letTabLeave(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
}

void orderTabs(const QList<QWidget *> &widgets)
{
    // A compound widget's parts (an editable combo box's text field) have it as their focus
    // proxy, and setTabOrder() moves it with everything from it to its last part in the chain.
    // Put each part right behind its widget first, as the part of no compound for a moment.
    for (QWidget *widget : widgets) {
        const auto children = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *part : children) {
            if (part->focusProxy() != widget)
                continue;
            part->setFocusProxy(nullptr);
            QWidget::setTabOrder(widget, part);
            part->setFocusProxy(widget);
        }
    }
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void nameComboBox(QComboBox *combo, const QString &name)
{
    combo->setAccessibleName(name);
    if (QLineEdit *edit = combo->lineEdit())
        edit->setAccessibleName(
            QCoreApplication::translate("Berth::Gui::Accessibility", "%1, typed",
                                        "accessible name of a combo box's text field")
                .arg(name));
    combo->view()->setAccessibleName(
        QCoreApplication::translate("Berth::Gui::Accessibility", "%1 choices",
                                    "accessible name of a combo box's list")
            .arg(name));
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The button is a private QToolButton child, made by setClearButtonEnabled(true).
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void describeMessageLabel(QLabel *label, const QString &caption)
{
    label->setAccessibleName({}); // read by its text
    label->setAccessibleDescription(caption);
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A screen reader selects a row (AT-SPI's Toggle) without moving the current index: the
    // selected row becomes current, as after a click or an arrow key, for pages that follow it.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view,
                     [view](const QItemSelection &selected) {
                         const QModelIndexList cells = selected.indexes();
                         if (!cells.isEmpty() && cells.first().row() != view->currentIndex().row())
                             view->selectionModel()->setCurrentIndex(cells.first(),
                                                                     QItemSelectionModel::NoUpdate);
                     });
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(name);
    letTabLeave(view);
    return view;
}

} // namespace Berth::Gui
