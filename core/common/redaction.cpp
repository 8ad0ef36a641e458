// SPDX-License-Identifier: Apache-2.0
#include "redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Berth {

static bool isSecretName(const QString &name)
{
    static const QRegularExpression secret(
        u"(token|password|passwd|secret|signature|sig|credential|auth|key)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QUrl redacted(const QUrl &url)
{
    QUrl out = url;
    out.setUserInfo({});
    if (out.hasQuery()) {
        QUrlQuery query(out);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretName(item.first))
                item.second = u"REDACTED"_s;
        }
        query.setQueryItems(items);
        out.setQuery(query);
    }
    return out;
}

QByteArray redactedHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-registry-auth"
        || isSecretName(QString::fromLatin1(lower)))
        return "REDACTED";
    return value;
}

} // namespace Berth
