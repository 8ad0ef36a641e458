// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "page.h"

namespace Berth::Gui {

/// A page whose feature comes in a later version: says what it will do.
class PlaceholderPage final : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &iconName, const QString &plan,
                    QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }

private:
    QString m_title;
    QIcon m_icon;
};

} // namespace Berth::Gui
