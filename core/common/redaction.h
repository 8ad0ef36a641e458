// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Berth {

/// The URL without user info and with secret-looking query values (token, password,
/// access_token, secret, signature...) replaced by "REDACTED". Safe to log and to show.
QUrl redacted(const QUrl &url);

/// The header value to log: "REDACTED" for Authorization, Cookie, tokens and the like.
QByteArray redactedHeader(const QByteArray &name, const QByteArray &value);

} // namespace Berth
