// SPDX-License-Identifier: Apache-2.0
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Berth::Gui {

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5d, 0xad, 0xe2));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyTheme(Theme theme)
{
    static const QString platformStyle = QApplication::style()->name();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

QColor errorColor(const QPalette &palette)
{
    // #c0392b: 5.4:1 on white, 4.7:1 on Fusion's light window; #ff8a80: 7.2:1 on the dark base,
    // 6.1:1 on the dark window.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b);
}

QColor addedColor(const QPalette &palette)
{
    // #1b6e2e: 6.3:1 on white, 5.5:1 on Fusion's light window; #7ee08a: 10:1 on the dark base,
    // 8.5:1 on the dark window.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0x7e, 0xe0, 0x8a) : QColor(0x1b, 0x6e, 0x2e);
}

Theme themeFromString(const QString &name)
{
    if (name == u"dark")
        return Theme::Dark;
    if (name == u"light")
        return Theme::Light;
    return Theme::System;
}

QString themeToString(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return u"dark"_s;
    case Theme::Light:
        return u"light"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

} // namespace Berth::Gui
