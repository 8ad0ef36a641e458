// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace Berth {

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

/// The value of header `name` (compared case-insensitively), or an empty array.
inline QByteArray findHeader(const HeaderPairs &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace Berth
