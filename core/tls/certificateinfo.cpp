// SPDX-License-Identifier: Apache-2.0
#include "certificateinfo.h"

#include "certificates.h"
#include "common/error.h"

#include <QCryptographicHash>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Berth::Tls {

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QString::fromLatin1(hex);
}

QString normalizedFingerprint(const QString &fingerprint)
{
    QString out;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    if (out.startsWith(u"SHA256"_s))
        out.remove(0, 6);
    return out;
}

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
    info.issuer = certificate.issuerDisplayName();
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        info.subjectAlternativeNames.append(it.value());
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256Fingerprint = Tls::sha256Fingerprint(certificate);
    info.selfSigned = certificate.isSelfSigned();
    info.certificateAuthority = isCertificateAuthority(certificate);
    const QSslKey key = certificate.publicKey();
    switch (key.algorithm()) {
    case QSsl::Rsa:
        info.keyType = u"RSA"_s;
        break;
    case QSsl::Ec:
        info.keyType = u"EC"_s;
        break;
    case QSsl::Dsa:
        info.keyType = u"DSA"_s;
        break;
    case QSsl::Dh:
        info.keyType = u"DH"_s;
        break;
    case QSsl::Opaque:
        info.keyType = Tr::tr("other");
        break;
    }
    info.keyBits = key.length();
    return info;
}

QSslCertificate PresentedChain::anchor() const
{
    for (const QSslCertificate &c : certificates) {
        if (c.isSelfSigned())
            return c;
    }
    return certificates.isEmpty() ? QSslCertificate() : certificates.constLast();
}

QStringList PresentedChain::problems() const
{
    QStringList out;
    auto add = [&out](const QString &text) {
        if (!out.contains(text))
            out.append(text);
    };
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            add(Tr::tr("The server uses a certificate signed by an unknown authority."));
            break;
        case QSslError::HostNameMismatch:
            add(Tr::tr("The server's certificate does not match its hostname."));
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            add(Tr::tr("The server's certificate is expired or not yet valid (local clock: %1).")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
            break;
        default:
            add(e.errorString());
            break;
        }
    }
    return out;
}

QString describe(const CertificateInfo &info)
{
    constexpr int maxNames = 20;
    QStringList sans = info.subjectAlternativeNames.mid(0, maxNames);
    for (QString &s : sans)
        s.truncate(253); // the longest DNS name; bounds what a hostile certificate can print
    QString names = sans.join(u", "_s);
    if (info.subjectAlternativeNames.size() > maxNames)
        names
            += Tr::tr(" and %n more", nullptr, int(info.subjectAlternativeNames.size() - maxNames));
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 days = info.daysLeft(now.toUTC());
    const qint64 daysAgo = info.notAfter.secsTo(now) / 86400; // expired 3 days 1 hour ago: 3
    const QString left = days >= 0 ? Tr::tr("%n day(s) left", nullptr, int(days))
        : daysAgo == 0             ? Tr::tr("expired less than a day ago")
                                   : Tr::tr("expired %n day(s) ago", nullptr, int(daysAgo));
    // One placeholder per call: a subject holding "%5" stays as it is.
    return QStringList {
        Tr::tr("Subject: %1").arg(info.subject.left(256)),
        Tr::tr("Issuer: %1").arg(info.issuer.left(256)),
        Tr::tr("Names: %1").arg(names.isEmpty() ? Tr::tr("(none)") : names),
        Tr::tr("Valid: %1 to %2")
                .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))
            + u" ("_s + left + u"; "_s + Tr::tr("local clock %1").arg(now.toString(Qt::ISODate))
            + u')',
        Tr::tr("Key: %1 %2 bits").arg(info.keyType).arg(info.keyBits),
        Tr::tr("Kind: %1")
            .arg(info.certificateAuthority ? Tr::tr("certificate authority") : Tr::tr("leaf")),
        Tr::tr("SHA-256: %1").arg(info.sha256Fingerprint)}
        .join(u'\n');
}

} // namespace Berth::Tls
