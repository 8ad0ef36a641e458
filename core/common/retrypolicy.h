// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Berth {

/// When a request the server turned away for now is sent again, for the Kubernetes API client
/// and the registry transport alike: a read (GET, HEAD; a write never, it may have been done)
/// answered 429, 502, 503 or 504 with a Retry-After, at most s_maxRetries times. It waits as
/// told (seconds or an HTTP date), at most s_maxWait, and never less than a floor that doubles
/// from the second retry on (0, 1, 2, 4, 8 s), so a server that keeps saying "now" is not
/// hammered. Without Retry-After the answer stands: a router's 503 for a registry that is not
/// deployed yet is said at once, not after half a minute of retries.
class RetryPolicy
{
public:
    static constexpr int s_maxRetries = 5;
    static constexpr std::chrono::seconds s_maxWait {60};

    /// The wait before sending again, after `retries` retries already made; nullopt when the
    /// answer is final. `now` is for tests (an HTTP date is read against it).
    static std::optional<std::chrono::seconds>
    waitBeforeRetry(const QByteArray &method, int status, const QByteArray &retryAfter, int retries,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Berth
