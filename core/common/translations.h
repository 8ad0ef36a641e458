// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Berth {

/// Installs Berth's translations (and Qt's own) for the system locale on the application.
/// Call once, after the QCoreApplication exists.
void installTranslations();

} // namespace Berth
