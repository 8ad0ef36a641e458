// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Berth::Gui {

enum class Theme { System, Light, Dark };

/// Applies the palette (Fusion style with a light or dark palette, or the platform's own).
void applyTheme(Theme theme);
Theme themeFromString(const QString &name);
QString themeToString(Theme theme);

/// The colour of error text on `palette`'s base and window: at least 4.5:1 against both
/// (WCAG AA), a dark red on light palettes and a light one on dark palettes.
QColor errorColor(const QPalette &palette);
/// The colour of added lines in a diff, at least 4.5:1 against `palette`'s base and window.
QColor addedColor(const QPalette &palette);

} // namespace Berth::Gui
