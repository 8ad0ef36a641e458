// SPDX-License-Identifier: Apache-2.0
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &iconName, const QString &plan,
                                 QWidget *parent)
    : Page(parent)
    , m_title(title)
    , m_icon(u":/icons/%1.svg"_s.arg(iconName))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped()), this);
    layout->addWidget(heading);
    auto *text = new QLabel(
        tr("Coming in a later version of Berth.") + u"<p>"_s + plan.toHtmlEscaped(), this);
    text->setWordWrap(true);
    text->setAccessibleName(tr("%1 page").arg(title));
    text->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace Berth::Gui
