// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Berth::Oci {

/// A content digest, `sha256:<64 hex>` or `sha512:<128 hex>`, validated on construction so
/// that nothing else reaches a URL or a file name (CVE-2024-3727).
class Digest
{
public:
    Digest() = default;
    static Result<Digest> parse(const QString &text);
    /// The SHA-256 digest of `data`.
    static Digest sha256(const QByteArray &data);

    bool isValid() const { return !m_text.isEmpty(); }
    QString toString() const { return m_text; }
    QString algorithm() const { return m_text.section(QLatin1Char(':'), 0, 0); }
    QString hex() const { return m_text.section(QLatin1Char(':'), 1); }
    bool operator==(const Digest &other) const = default;

private:
    explicit Digest(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

/// Hashes a stream as it passes (OpenSSL EVP), for blobs that never sit in memory whole.
class DigestHasher
{
public:
    explicit DigestHasher(const QString &algorithm = QStringLiteral("sha256"));
    DigestHasher(DigestHasher &&) noexcept;
    ~DigestHasher();

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    /// The digest of everything added; the hasher is spent afterwards.
    Digest finish();
    /// A copy of the state, to resume after a broken download at this offset.
    DigestHasher clone() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Berth::Oci
