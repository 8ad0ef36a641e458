// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Berth::Oci {

/// One challenge of a `WWW-Authenticate` header (RFC 7235): a scheme and its parameters.
struct AuthChallenge
{
    QString scheme; ///< lower-cased: "bearer", "basic"
    QMap<QString, QString> params; ///< names lower-cased: realm, service, scope, error

    QString param(const QString &name) const { return params.value(name); }

    /// Every challenge of a header value; quoted strings with escapes, several challenges
    /// separated by commas, token68 values. Malformed parts are skipped.
    static QList<AuthChallenge> parse(const QString &header);
};

/// The `rel="next"` target of a `Link` header, or empty.
QString nextLink(const QString &header);

} // namespace Berth::Oci
