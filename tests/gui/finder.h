// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Berth::Test {

/// Runs `action` on the first modal dialog of type T that shows up (the test's "user"); arm it
/// before the action that opens the dialog.
template<typename T> void whenModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

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
