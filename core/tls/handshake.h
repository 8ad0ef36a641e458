// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateinfo.h"
#include "common/reply.h"

namespace Berth::Tls {

/// Opens a TLS connection to `host`:`port` only to see the certificates it presents, checked
/// against the system store and `anchors`, and closes it; no request is sent. The value holds
/// the chain (leaf first) and, when it is not trusted, why. The reply fails only when no
/// handshake happened (refused, not TLS, no answer within 15 s).
ValueReply<PresentedChain> *fetchPresentedChain(const QString &host, quint16 port,
                                                const QList<QSslCertificate> &anchors = {},
                                                QObject *parent = nullptr);

} // namespace Berth::Tls
