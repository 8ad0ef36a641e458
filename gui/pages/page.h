// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Berth::Gui {

/// One page of the sidebar. Pages reload when the session (re)opens or the user refreshes.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Reloads what the page shows from the cluster.
    virtual void refresh() { }

protected:
    /// What every cluster page starts with: its title, a Refresh button (named `refreshName`
    /// for a screen reader; it calls refresh()) and a paragraph saying what the page is for.
    /// Returns the button, for the tab order.
    QPushButton *addHeading(QVBoxLayout *layout, const QString &refreshName, const QString &intro);
};

} // namespace Berth::Gui
