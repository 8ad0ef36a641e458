// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <optional>

namespace Berth::Sandbox {

/// A PEM certificate and its PEM private key.
struct KeyPair
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

/// A test-time certificate authority (OpenSSL, EC P-256): creates a self-signed CA and issues
/// server certificates with DNS and IP subject alternative names.
class CertificateAuthority
{
public:
    CertificateAuthority(CertificateAuthority &&) noexcept;
    CertificateAuthority &operator=(CertificateAuthority &&) noexcept;
    ~CertificateAuthority();

    static CertificateAuthority create(const QString &commonName, int days = 3650);
    static std::optional<CertificateAuthority> load(const KeyPair &pair);

    KeyPair pair() const;

    /// A leaf certificate valid from now + `notBeforeSeconds` to now + `notAfterSeconds`
    /// (negative values make expired or not-yet-valid certificates for tests).
    KeyPair issue(const QString &commonName, const QStringList &dnsNames,
                  const QStringList &ipAddresses, long notBeforeSeconds = -3600,
                  long notAfterSeconds = 825L * 86400) const;

private:
    CertificateAuthority();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Berth::Sandbox
