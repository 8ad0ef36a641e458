// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Berth::Test {

/// The widget under `root` with this accessible name, as a screen reader finds it.
template<typename T> T *named(QWidget *root, const QString &name)
{
    for (T *w : root->findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

/// A message label: read by its text, described by its caption.
template<typename T> T *described(QWidget *root, const QString &caption)
{
    for (T *w : root->findChildren<T *>()) {
        if (w->accessibleDescription() == caption)
            return w;
    }
    return nullptr;
}

} // namespace Berth::Test
