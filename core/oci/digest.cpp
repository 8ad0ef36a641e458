// SPDX-License-Identifier: Apache-2.0
#include "digest.h"

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace Berth::Oci {

/// "ALGORITHM:" then `length` lowercase hex digits. No static state: a hashing thread may still
/// run while exit() destroys static objects (a static QRegularExpression here was destroyed
/// under a thread that was still hashing, and crashed it).
static bool isDigestOf(QStringView text, QStringView algorithm, qsizetype length)
{
    if (text.size() != algorithm.size() + 1 + length || !text.startsWith(algorithm)
        || text.at(algorithm.size()) != u':')
        return false;
    for (const QChar c : text.mid(algorithm.size() + 1)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Result<Digest> Digest::parse(const QString &text)
{
    if (isDigestOf(text, u"sha256", 64) || isDigestOf(text, u"sha512", 128))
        return Digest(text);
    return Error(Error::Kind::InvalidInput,
                 Tr::tr("\"%1\" is not a valid digest (sha256:<64 hex> or sha512:<128 hex>)")
                     .arg(text.left(150)));
}

Digest Digest::sha256(const QByteArray &data)
{
    DigestHasher hasher;
    hasher.addData(data);
    return hasher.finish();
}

struct DigestHasher::Private
{
    EVP_MD_CTX *ctx = nullptr;
    QString algorithm;
    ~Private() { EVP_MD_CTX_free(ctx); }
};

DigestHasher::DigestHasher(const QString &algorithm)
    : d(std::make_unique<Private>())
{
    d->algorithm = algorithm == u"sha512" ? u"sha512"_s : u"sha256"_s;
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, d->algorithm == u"sha512" ? EVP_sha512() : EVP_sha256(), nullptr);
}

DigestHasher::DigestHasher(DigestHasher &&) noexcept = default;
DigestHasher::~DigestHasher() = default;

void DigestHasher::addData(const char *data, qint64 size)
{
    EVP_DigestUpdate(d->ctx, data, size_t(size));
}

Digest DigestHasher::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, out, &length);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
    return *Digest::parse(d->algorithm + u':' + QString::fromLatin1(hex));
}

DigestHasher DigestHasher::clone() const
{
    DigestHasher copy(d->algorithm);
    EVP_MD_CTX_copy_ex(copy.d->ctx, d->ctx);
    return copy;
}

} // namespace Berth::Oci
