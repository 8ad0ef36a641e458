// SPDX-License-Identifier: Apache-2.0
#include "page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

QPushButton *Page::addHeading(QVBoxLayout *layout, const QString &refreshName, const QString &intro)
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this));
    top->addStretch();
    auto *refresh = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this);
    refresh->setAccessibleName(refreshName);
    refresh->setToolTip(tr("Reload from the cluster (F5)"));
    connect(refresh, &QPushButton::clicked, this, &Page::refresh);
    top->addWidget(refresh);
    layout->addLayout(top);
    auto *text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    return refresh;
}

} // namespace Berth::Gui
