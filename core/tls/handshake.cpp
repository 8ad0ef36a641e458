// SPDX-License-Identifier: Apache-2.0
#include "handshake.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Tls {

ValueReply<PresentedChain> *fetchPresentedChain(const QString &host, quint16 port,
                                                const QList<QSslCertificate> &anchors,
                                                QObject *parent)
{
    constexpr int timeoutMs = 15000;
    auto *reply = new ValueReply<PresentedChain>(parent);
    auto *socket = new QSslSocket(reply);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(anchors);
    socket->setSslConfiguration(ssl);
    socket->setPeerVerifyName(host);
    auto errors = std::make_shared<QList<QSslError>>();
    // Set at the first outcome: a reply counts as finished only once the event loop ran.
    auto done = std::make_shared<bool>(false);
    const QString where = host + u':' + QString::number(port);
    QObject::connect(socket, &QSslSocket::sslErrors, reply,
                     [socket, errors](const QList<QSslError> &found) {
                         *errors = found;
                         socket->ignoreSslErrors(found);
                     });
    QObject::connect(socket, &QSslSocket::encrypted, reply, [reply, socket, errors, done] {
        if (std::exchange(*done, true))
            return;
        reply->finishWith(PresentedChain {socket->peerCertificateChain(), *errors});
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, reply, [reply, socket, where, done] {
        if (std::exchange(*done, true))
            return;
        reply->finish(
            Error(Error::Kind::Network,
                  Tr::tr("no TLS handshake with %1: %2").arg(where, socket->errorString())));
        socket->abort();
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, socket, where, done] {
        if (std::exchange(*done, true))
            return;
        reply->finish(Error(Error::Kind::Timeout,
                            Tr::tr("%1 did not complete a TLS handshake in %2 seconds")
                                .arg(where)
                                .arg(timeoutMs / 1000)));
        socket->abort();
    });
    timer->start(timeoutMs);
    reply->setAbortHandler([socket] { socket->abort(); });
    socket->connectToHostEncrypted(host, port);
    return reply;
}

} // namespace Berth::Tls
