// SPDX-License-Identifier: Apache-2.0
#include "retrypolicy.h"

#include <algorithm>

namespace Berth {

std::optional<std::chrono::seconds> RetryPolicy::waitBeforeRetry(const QByteArray &method,
                                                                 int status,
                                                                 const QByteArray &retryAfter,
                                                                 int retries, const QDateTime &now)
{
    const bool read = method == "GET" || method == "HEAD";
    const bool busy = status == 429 || status == 502 || status == 503 || status == 504;
    if (!read || !busy || retryAfter.isEmpty() || retries >= s_maxRetries)
        return std::nullopt;
    bool isNumber = false;
    qint64 told = retryAfter.trimmed().toLongLong(&isNumber);
    if (!isNumber) {
        // An HTTP date ends in "GMT", which Qt's RFC 2822 reading does not take.
        QString date = QString::fromLatin1(retryAfter.trimmed());
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(3) + QLatin1String("+0000");
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        if (!at.isValid())
            return std::nullopt; // neither form: not a Retry-After to act on
        told = now.secsTo(at);
    }
    const qint64 floor = retries == 0 ? 0 : qint64(1) << (retries - 1);
    return std::chrono::seconds(std::clamp<qint64>(told, floor, s_maxWait.count()));
}

} // namespace Berth
