// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Berth::Gui {

enum class Theme { System, Light, Dark };

/// Applies the palette (Fusion style with a light or dark palette, or the platform's own).
void applyTheme(Theme theme);
Theme themeFromString(const QString &name);
QString themeToString(Theme theme);

} // namespace Berth::Gui
