// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Berth {

/// Translation context for code outside QObject classes (`Tr::tr()`).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Core)
};

/// One cause of a Kubernetes Status (`details.causes[]`): which field, why, what the server said.
struct StatusCause
{
    QString reason;
    QString message;
    QString field;
    bool operator==(const StatusCause &) const = default;
};

/// The one error value of Berth. `reason` and `detail` are the server's or OpenSSL's words,
/// never translated; `message()` is the translated sentence for the user. `url` is redacted.
class Error
{
public:
    enum class Kind {
        None,
        Cancelled,
        Network, ///< connection refused, DNS, reset
        Timeout,
        Tls, ///< certificate not trusted, hostname mismatch, expired
        Http, ///< any other HTTP status, with the server's text
        Unauthorized, ///< 401: token invalid or expired
        Forbidden,
        NotFound,
        NotOpenShift, ///< 404 on an OpenShift group that discovery does not list
        AlreadyExists,
        Conflict,
        Invalid, ///< 422 or a strict-validation 400
        Parse, ///< a body or file that does not parse
        Io, ///< local files
        InvalidInput, ///< what the user typed
    };

    Error() = default;
    Error(Kind kind, QString detail, QString reason = {}, int httpStatus = 0, QUrl url = {});

    explicit operator bool() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString reason() const { return m_reason; }
    QString detail() const { return m_detail; }
    QUrl url() const { return m_url; }
    QList<StatusCause> causes() const { return m_causes; }

    void setUrl(const QUrl &url);
    void setCauses(const QList<StatusCause> &causes) { m_causes = causes; }
    void setHint(const QString &hint) { m_hint = hint; }
    /// The same error about `subject` ("blob sha256:…: " before the detail).
    Error about(const QString &subject) const
    {
        Error e = *this;
        e.m_detail = subject + u": " + m_detail;
        return e;
    }
    QString hint() const { return m_hint; }

    /// A translated sentence: what went wrong, the server's words, and what to do.
    QString message() const;

    /// Builds an error from a Kubernetes `Status` body (or, if it is not one, from the bare
    /// status code and the first bytes of the body).
    static Error fromStatus(int httpStatus, const QByteArray &body, const QUrl &url = {});
    static Error cancelled();

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_reason;
    QString m_detail;
    QString m_hint;
    QUrl m_url;
    QList<StatusCause> m_causes;
};

} // namespace Berth

Q_DECLARE_METATYPE(Berth::Error)
