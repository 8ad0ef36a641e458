// SPDX-License-Identifier: Apache-2.0
#include "certificates.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QHostAddress>

#include <memory>

using namespace Qt::StringLiterals;

namespace Berth::Tls {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

/// host[:port], [v6]:port or a bare IPv6 literal -> the host alone.
QString hostOf(const QString &hostPort)
{
    if (hostPort.startsWith(u'[')) {
        const qsizetype end = hostPort.indexOf(u']');
        return end < 0 ? hostPort : hostPort.mid(1, end - 1);
    }
    if (hostPort.count(u':') == 1)
        return hostPort.section(u':', 0, 0);
    return hostPort;
}

QString verifyProblem(int code, const QString &host)
{
    switch (code) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return Tr::tr("the certificate does not name %1").arg(host);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Tr::tr("a certificate of the chain has expired (local clock: %1)")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Tr::tr("a certificate of the chain is not valid yet (local clock: %1)")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Tr::tr("the chain is not signed by this certificate authority");
    default:
        return QString::fromLatin1(X509_verify_cert_error_string(code));
    }
}

} // namespace

Result<QList<QSslCertificate>> parseCertificates(const QByteArray &data)
{
    if (data.size() > maxCertificateFile)
        return Error(
            Error::Kind::Parse,
            Tr::tr("the certificate file is larger than %1 bytes").arg(maxCertificateFile));
    if (!data.contains("-----BEGIN")) {
        const QSslCertificate der(data, QSsl::Der);
        if (der.isNull())
            return Error(Error::Kind::Parse, Tr::tr("this is neither a PEM nor a DER certificate"));
        return QList<QSslCertificate> {der};
    }
    QList<QSslCertificate> out;
    qsizetype at = 0;
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    static const QByteArray end = "-----END CERTIFICATE-----";
    while ((at = data.indexOf(begin, at)) >= 0) {
        const qsizetype stop = data.indexOf(end, at);
        if (stop < 0)
            return Error(
                Error::Kind::Parse,
                Tr::tr("certificate %1 of the bundle has no END line").arg(out.size() + 1));
        const QSslCertificate c(data.mid(at, stop + end.size() - at), QSsl::Pem);
        if (c.isNull())
            return Error(Error::Kind::Parse,
                         Tr::tr("certificate %1 of the bundle does not parse").arg(out.size() + 1));
        out.append(c);
        at = stop + end.size();
    }
    if (out.isEmpty())
        return Error(Error::Kind::Parse, Tr::tr("the file holds no certificate"));
    return out;
}

QByteArray toPem(const QList<QSslCertificate> &certificates)
{
    QByteArray out;
    for (const QSslCertificate &c : certificates)
        out += c.toPem();
    return out;
}

Result<void> verifyChain(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors,
                         const QString &host)
{
    if (chain.isEmpty())
        return Error(Error::Kind::Tls, Tr::tr("there is no certificate to verify"));
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    if (!store)
        return Error(Error::Kind::Tls, Tr::tr("the chain cannot be checked"));
    for (const QSslCertificate &a : anchors) {
        if (X509Ptr x = toX509(a))
            X509_STORE_add_cert(store.get(), x.get());
    }
    X509Ptr leaf = toX509(chain.first());
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x = toX509(chain.at(i)))
            sk_X509_push(untrusted.get(), x.release());
    }
    if (!leaf || !untrusted)
        return Error(Error::Kind::Tls, Tr::tr("the certificate cannot be read"));
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        &X509_STORE_CTX_free);
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return Error(Error::Kind::Tls, Tr::tr("the chain cannot be checked"));
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    // An anchor need not be a self-signed root: an intermediate, or the leaf itself, is trusted
    // as certs.d and Go's clients trust it.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    const QString name = hostOf(host);
    if (!name.isEmpty()) {
        const QByteArray ascii = name.toLatin1();
        if (QHostAddress(name).isNull())
            X509_VERIFY_PARAM_set1_host(param, ascii.constData(), size_t(ascii.size()));
        else
            X509_VERIFY_PARAM_set1_ip_asc(param, ascii.constData());
    }
    if (X509_verify_cert(ctx.get()) == 1)
        return {};
    return Error(Error::Kind::Tls, verifyProblem(X509_STORE_CTX_get_error(ctx.get()), name));
}

bool isCertificateAuthority(const QSslCertificate &certificate)
{
    const X509Ptr x = toX509(certificate);
    return x && X509_check_ca(x.get()) >= 1;
}

bool coversHost(const QSslCertificate &certificate, const QString &host)
{
    const X509Ptr x = toX509(certificate);
    const QString name = hostOf(host);
    if (!x || name.isEmpty())
        return false;
    const QByteArray ascii = name.toLatin1();
    if (!QHostAddress(name).isNull())
        return X509_check_ip_asc(x.get(), ascii.constData(), 0) == 1;
    return X509_check_host(x.get(), ascii.constData(), size_t(ascii.size()), 0, nullptr) == 1;
}

} // namespace Berth::Tls
