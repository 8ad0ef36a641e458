// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QWidget>

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
};

} // namespace Berth::Gui
