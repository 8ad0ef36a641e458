// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QList>
#include <QSslCertificate>

namespace Berth::Tls {

/// The largest certificate file Berth reads (1 MiB, as a ConfigMap).
constexpr qsizetype maxCertificateFile = 1024 * 1024;

/// Reads every certificate of a PEM bundle (other PEM blocks, such as keys, are skipped), or one
/// DER certificate. An error when there is none, when a PEM block does not parse, or when
/// `data` is larger than a bundle can sensibly be (1 MiB, as a ConfigMap).
Result<QList<QSslCertificate>> parseCertificates(const QByteArray &data);

/// The certificates as one PEM bundle, in order.
QByteArray toPem(const QList<QSslCertificate> &certificates);

/// Whether `chain` (leaf first, then any intermediates) leads to one of `anchors`, checked with
/// OpenSSL at the local clock, and, when `host` is given, whether the leaf covers `host` (a DNS
/// name, wildcards as TLS clients match them, or an IP address). The error says which check
/// failed, in words.
Result<void> verifyChain(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors,
                         const QString &host = {});

/// Whether `certificate` may sign others (basic constraints CA, as OpenSSL reads them).
bool isCertificateAuthority(const QSslCertificate &certificate);

/// Whether `certificate` names `host` (DNS SAN with wildcard matching, or IP SAN), as a TLS
/// client would check it. A host:port or bracketed IPv6 literal is read as its host.
bool coversHost(const QSslCertificate &certificate, const QString &host);

} // namespace Berth::Tls
