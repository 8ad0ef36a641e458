// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>

class QTcpServer;

namespace Berth::Sandbox {

struct ServerRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query, percent-encoded
    QString path; ///< decoded
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// Writes the response of one request: whole, or as a chunked stream (watches).
class ResponseWriter final : public QObject
{
    Q_OBJECT
public:
    explicit ResponseWriter(QTcpSocket *socket, bool keepAlive, QObject *parent = nullptr);

    /// With `headOnly`, the headers announce the body's length but the body is not sent (HEAD).
    void send(int status, const HeaderList &headers, const QByteArray &body, bool headOnly = false);
    /// Announces `announcedLength` bytes, sends `partial`, then closes the connection: a broken
    /// transfer, for fault tests.
    void sendTruncated(int status, const HeaderList &headers, const QByteArray &partial,
                       qint64 announcedLength);
    void beginStream(int status, const HeaderList &headers);
    void writeChunk(const QByteArray &data);
    void endStream();
    bool isOpen() const;
    /// Bytes written but not yet taken by the peer's kernel (to pace an endless stream).
    qint64 pendingBytes() const;

Q_SIGNALS:
    /// The response is complete (or the peer went away): the connection may read the next request.
    void done();
    /// The peer closed the connection while streaming.
    void closed();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive;
    bool m_finished = false;
};

/// A small HTTP/1.1 server (keep-alive, Content-Length and chunked request bodies) over
/// TCP or TLS, for the sandbox and the test servers. Listens on loopback.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ServerRequest &, ResponseWriter *)>;
    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    /// Request bodies larger than this get 413 before they are held, and the connection is
    /// closed half a second later (`tooLarge` writes the answer, with Connection: close; a plain
    /// 413 when empty).
    void setMaxBody(qint64 bytes, std::function<void(ResponseWriter *)> tooLarge = {});

    /// TLS when `ssl` is given; port 0 picks a free one.
    bool listen(quint16 port, const QSslConfiguration *ssl = nullptr,
                const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QString errorString() const;

    static QByteArray reasonPhrase(int status);

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    qint64 m_maxBody = 64 * 1024 * 1024;
    std::function<void(ResponseWriter *)> m_tooLarge;
};

} // namespace Berth::Sandbox
