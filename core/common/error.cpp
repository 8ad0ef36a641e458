// SPDX-License-Identifier: Apache-2.0
#include "error.h"

#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth {

Error::Error(Kind kind, QString detail, QString reason, int httpStatus, QUrl url)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_reason(std::move(reason))
    , m_detail(std::move(detail))
    , m_url(redacted(url))
{ }

void Error::setUrl(const QUrl &url)
{
    m_url = redacted(url);
}

Error Error::cancelled()
{
    return Error(Kind::Cancelled, u"cancelled"_s);
}

static Error::Kind kindForStatus(int status, const QString &reason)
{
    if (reason == u"AlreadyExists")
        return Error::Kind::AlreadyExists;
    if (reason == u"Conflict")
        return Error::Kind::Conflict;
    if (reason == u"Invalid")
        return Error::Kind::Invalid;
    switch (status) {
    case 401:
        return Error::Kind::Unauthorized;
    case 403:
        return Error::Kind::Forbidden;
    case 404:
        return Error::Kind::NotFound;
    case 409:
        return Error::Kind::Conflict;
    case 422:
        return Error::Kind::Invalid;
    default:
        return Error::Kind::Http;
    }
}

Error Error::fromStatus(int httpStatus, const QByteArray &body, const QUrl &url)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value("kind"_L1).toString() == u"Status") {
        const QString reason = status.value("reason"_L1).toString();
        const int code = status.value("code"_L1).toInt(httpStatus);
        Error error(kindForStatus(code ? code : httpStatus, reason),
                    status.value("message"_L1).toString(), reason, httpStatus, url);
        QList<StatusCause> causes;
        const QJsonArray jsonCauses
            = status.value("details"_L1).toObject().value("causes"_L1).toArray();
        for (const QJsonValue &c : jsonCauses) {
            const QJsonObject o = c.toObject();
            causes.append({o.value("reason"_L1).toString(), o.value("message"_L1).toString(),
                           o.value("field"_L1).toString()});
        }
        error.setCauses(causes);
        return error;
    }
    // Not a Status (a proxy's HTML page, say): the code and the first bytes as text.
    QString text = QString::fromUtf8(body.left(512)).simplified();
    if (text.isEmpty())
        text = u"HTTP %1"_s.arg(httpStatus);
    return Error(kindForStatus(httpStatus, {}), text, {}, httpStatus, url);
}

QString Error::message() const
{
    QString what;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return Tr::tr("Cancelled.");
    case Kind::Network:
        what = Tr::tr("Could not reach the server: %1. No changes were made.");
        break;
    case Kind::Timeout:
        what = Tr::tr("The server did not answer in time: %1. No changes were made.");
        break;
    case Kind::Tls:
        what = Tr::tr("The secure connection failed: %1");
        break;
    case Kind::Unauthorized:
        what = Tr::tr("The token provided is invalid or expired. Log in again. (%1)");
        break;
    case Kind::Forbidden:
        what = Tr::tr("Permission denied: %1");
        break;
    case Kind::NotFound:
        what = Tr::tr("Not found: %1");
        break;
    case Kind::NotOpenShift:
        what = Tr::tr("Not an OpenShift cluster, or the operator is not installed: %1");
        break;
    case Kind::AlreadyExists:
        what = Tr::tr("Already exists: %1");
        break;
    case Kind::Conflict:
        what = Tr::tr("The object was changed by someone else: %1. Reload it and apply again.");
        break;
    case Kind::Invalid:
        what = Tr::tr("The server rejected the change: %1");
        break;
    case Kind::Http:
        what = m_httpStatus ? Tr::tr("The server answered %1: %2").arg(m_httpStatus)
                            : Tr::tr("The server answered: %1");
        break;
    case Kind::Parse:
        what = Tr::tr("Could not read the data: %1");
        break;
    case Kind::Io:
        what = Tr::tr("File error: %1");
        break;
    case Kind::InvalidInput:
        what = Tr::tr("Invalid input: %1");
        break;
    }
    QString text = what.arg(m_detail);
    for (const StatusCause &cause : m_causes) {
        if (!cause.message.isEmpty() && !m_detail.contains(cause.message))
            text += u"\n  "_s
                + (cause.field.isEmpty() ? cause.message : cause.field + u": "_s + cause.message);
    }
    if (!m_hint.isEmpty())
        text += u"\n"_s + m_hint;
    return text;
}

} // namespace Berth
