// SPDX-License-Identifier: Apache-2.0
#include "certificateauthority.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Berth::Sandbox {

namespace {

struct EvpKeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, EvpKeyDeleter>;
using CertPtr = std::unique_ptr<X509, X509Deleter>;

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

QByteArray certPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    return bioToBytes(bio);
}

QByteArray keyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioToBytes(bio);
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

CertPtr newCertificate(const QString &commonName, EVP_PKEY *key, long notBefore, long notAfter)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBefore);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfter);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

} // namespace

struct CertificateAuthority::Private
{
    KeyPtr key;
    CertPtr cert;
};

CertificateAuthority::CertificateAuthority()
    : d(std::make_unique<Private>())
{ }
CertificateAuthority::CertificateAuthority(CertificateAuthority &&) noexcept = default;
CertificateAuthority &CertificateAuthority::operator=(CertificateAuthority &&) noexcept = default;
CertificateAuthority::~CertificateAuthority() = default;

CertificateAuthority CertificateAuthority::create(const QString &commonName, int days)
{
    CertificateAuthority ca;
    ca.d->key = newKey();
    ca.d->cert = newCertificate(commonName, ca.d->key.get(), -3600, long(days) * 86400);
    X509_set_issuer_name(ca.d->cert.get(), X509_get_subject_name(ca.d->cert.get()));
    addExtension(ca.d->cert.get(), ca.d->cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca.d->cert.get(), ca.d->cert.get(), NID_key_usage,
                 "critical,keyCertSign,cRLSign,digitalSignature");
    addExtension(ca.d->cert.get(), ca.d->cert.get(), NID_subject_key_identifier, "hash");
    X509_sign(ca.d->cert.get(), ca.d->key.get(), EVP_sha256());
    return ca;
}

std::optional<CertificateAuthority> CertificateAuthority::load(const KeyPair &pair)
{
    CertificateAuthority ca;
    BIO *certBio
        = BIO_new_mem_buf(pair.certificatePem.constData(), int(pair.certificatePem.size()));
    ca.d->cert.reset(PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr));
    BIO_free(certBio);
    BIO *keyBio = BIO_new_mem_buf(pair.keyPem.constData(), int(pair.keyPem.size()));
    ca.d->key.reset(PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr));
    BIO_free(keyBio);
    if (!ca.d->cert || !ca.d->key)
        return std::nullopt;
    return ca;
}

KeyPair CertificateAuthority::pair() const
{
    return {certPem(d->cert.get()), keyPem(d->key.get())};
}

KeyPair CertificateAuthority::issue(const QString &commonName, const QStringList &dnsNames,
                                    const QStringList &ipAddresses, long notBeforeSeconds,
                                    long notAfterSeconds) const
{
    KeyPtr key = newKey();
    CertPtr cert = newCertificate(commonName, key.get(), notBeforeSeconds, notAfterSeconds);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(d->cert.get()));
    QStringList sans;
    for (const QString &dns : dnsNames)
        sans.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : ipAddresses)
        sans.append(QStringLiteral("IP:") + ip);
    addExtension(cert.get(), d->cert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), d->cert.get(), NID_key_usage,
                 "critical,digitalSignature,keyEncipherment");
    addExtension(cert.get(), d->cert.get(), NID_ext_key_usage, "serverAuth,clientAuth");
    addExtension(cert.get(), d->cert.get(), NID_authority_key_identifier, "keyid");
    if (!sans.isEmpty())
        addExtension(cert.get(), d->cert.get(), NID_subject_alt_name,
                     sans.join(QLatin1Char(',')).toUtf8().constData());
    X509_sign(cert.get(), d->key.get(), EVP_sha256());
    return {certPem(cert.get()), keyPem(key.get())};
}

} // namespace Berth::Sandbox
