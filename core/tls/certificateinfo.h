// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace Berth::Tls {

/// What a person needs to decide whether to trust a certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; ///< "AB:CD:..." upper-case hex pairs
    bool selfSigned = false;
    bool certificateAuthority = false; ///< may sign others (CA), else a leaf
    QString keyType; ///< "RSA", "EC", ...
    int keyBits = 0;

    /// Whole days from `now` to notAfter, rounded down: negative once expired (-1 an hour after).
    qint64 daysLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        const qint64 seconds = now.secsTo(notAfter);
        return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    }

    static CertificateInfo from(const QSslCertificate &certificate);
};

/// The chain a server presented and why it was not trusted.
struct PresentedChain
{
    QList<QSslCertificate> certificates; ///< leaf first
    QList<QSslError> errors;

    bool isEmpty() const { return certificates.isEmpty(); }
    /// The certificate to pin: the self-signed root if the server sent it, else the top one.
    QSslCertificate anchor() const;
    /// One translated sentence per distinct problem (unknown authority, hostname, expiry).
    QStringList problems() const;
};

/// "AB:CD:..." SHA-256 of the DER encoding.
QString sha256Fingerprint(const QSslCertificate &certificate);

/// Normalizes a user-typed fingerprint ("ab:cd..", "AB CD", "abcd...") for comparison.
QString normalizedFingerprint(const QString &fingerprint);

/// A multi-line, size-bounded description: subject, issuer, SANs (at most 20), validity with
/// the local clock and the days left, key, CA or leaf, fingerprint.
QString describe(const CertificateInfo &info);

} // namespace Berth::Tls
