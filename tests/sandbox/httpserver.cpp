// SPDX-License-Identifier: Apache-2.0
#include "httpserver.h"

#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace Berth::Sandbox {

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

ResponseWriter::ResponseWriter(QTcpSocket *socket, bool keepAlive, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_keepAlive(keepAlive)
{
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_finished) {
            m_finished = true;
            Q_EMIT closed();
            Q_EMIT done();
        }
    });
}

qint64 ResponseWriter::pendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool ResponseWriter::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_finished;
}

static QByteArray head(int status, const HeaderList &headers, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
        + HttpServer::reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    return out;
}

void ResponseWriter::send(int status, const HeaderList &headers, const QByteArray &body,
                          bool headOnly)
{
    if (!isOpen())
        return;
    QByteArray out = head(status, headers, m_keepAlive);
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (!headOnly)
        out += body;
    m_socket->write(out);
    m_finished = true;
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
    Q_EMIT done();
}

void ResponseWriter::sendTruncated(int status, const HeaderList &headers, const QByteArray &partial,
                                   qint64 announcedLength)
{
    if (!isOpen())
        return;
    QByteArray out = head(status, headers, false);
    out += "Content-Length: " + QByteArray::number(announcedLength) + "\r\n\r\n" + partial;
    m_socket->write(out);
    m_finished = true;
    // Closed once `partial` is sent, not reset: a reset makes the client's kernel drop what it
    // has not read yet, and a loaded machine then sees no byte of it at all.
    m_socket->disconnectFromHost();
    Q_EMIT done();
}

void ResponseWriter::beginStream(int status, const HeaderList &headers)
{
    if (!isOpen())
        return;
    QByteArray out = head(status, headers, m_keepAlive);
    out += "Transfer-Encoding: chunked\r\n\r\n";
    m_socket->write(out);
}

void ResponseWriter::writeChunk(const QByteArray &data)
{
    if (!isOpen() || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void ResponseWriter::endStream()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    m_finished = true;
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
    Q_EMIT done();
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

bool HttpServer::listen(quint16 port, const QSslConfiguration *ssl, const QHostAddress &address)
{
    if (ssl) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*ssl);
        server->setHandshakeTimeout(10000);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return m_server->listen(address, port);
}

void HttpServer::setMaxBody(qint64 bytes, std::function<void(ResponseWriter *)> tooLarge)
{
    m_maxBody = bytes;
    m_tooLarge = std::move(tooLarge);
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

namespace {

/// Parses requests off one connection, one at a time.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, HttpServer::Handler *handler, qint64 maxBody,
               const std::function<void(ResponseWriter *)> *tooLarge)
        : QObject(socket)
        , m_socket(socket)
        , m_handler(handler)
        , m_maxBody(maxBody)
        , m_tooLarge(tooLarge)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { readMore(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::sslErrors, ssl, [] {});
    }

private:
    void readMore()
    {
        if (m_discarding) {
            m_socket->readAll();
            return;
        }
        m_buffer += m_socket->readAll();
        while (!m_busy && parseOne()) { }
    }

    // Returns true when a request was dispatched and more may follow.
    bool parseOne()
    {
        if (!m_haveHead) {
            // A TLS handshake on a plain-http port: answer as Go's servers do and close.
            if (!m_buffer.isEmpty() && quint8(m_buffer.at(0)) == 0x16) {
                m_socket->write("HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an "
                                "HTTPS server.\n");
                m_socket->disconnectFromHost();
                m_buffer.clear();
                return false;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > 64 * 1024)
                    m_socket->disconnectFromHost();
                return false;
            }
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            m_buffer.remove(0, end + 4);
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            if (first.size() < 3) {
                m_socket->disconnectFromHost();
                return false;
            }
            m_request = {};
            m_request.method = first[0];
            m_request.target = first[1];
            m_request.peer = m_socket->peerAddress();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                // Repeated headers (several Accept lines) combine into one list (RFC 9110 5.3).
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                const QByteArray previous = m_request.headers.value(name);
                m_request.headers.insert(name,
                                         previous.isEmpty() ? value : previous + ", " + value);
            }
            const QUrl url(QString::fromLatin1(m_request.target));
            m_request.path = url.path(QUrl::FullyDecoded);
            m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
            m_haveHead = true;
        }
        const bool chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
        if (chunked) {
            // Decode as much as is complete (RFC 9112 7.1: chunk-size is 1*HEXDIG).
            while (true) {
                const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                if (lineEnd < 0)
                    return m_buffer.size() > 1024 && refuse(400); // a chunk line that never ends
                const QByteArray sizeText = m_buffer.left(lineEnd).split(';').value(0).trimmed();
                const std::optional<qint64> size = hexSize(sizeText);
                if (!size)
                    return refuse(400);
                if (m_request.body.size() + *size > m_maxBody)
                    return refuse(413);
                if (m_buffer.size() < lineEnd + 2 + *size + 2)
                    return false;
                if (*size == 0) {
                    m_buffer.remove(0, lineEnd + 4);
                    break;
                }
                m_request.body += m_buffer.mid(lineEnd + 2, *size);
                m_buffer.remove(0, lineEnd + 2 + *size + 2);
            }
        } else {
            const QByteArray lengthText = m_request.header("content-length");
            static const QRegularExpression digits(u"\\A[0-9]{1,18}\\z"_s);
            if (!lengthText.isEmpty() && !digits.match(QString::fromLatin1(lengthText)).hasMatch())
                return refuse(400);
            const qint64 length = lengthText.toLongLong();
            if (length > m_maxBody)
                return refuse(413);
            if (m_buffer.size() < length)
                return false;
            m_request.body = m_buffer.left(length);
            m_buffer.remove(0, length);
        }
        m_haveHead = false;
        const bool keepAlive = m_request.header("connection").toLower() != "close";
        auto *writer = new ResponseWriter(m_socket, keepAlive, this);
        m_busy = true;
        connect(writer, &ResponseWriter::done, this, [this, writer] {
            writer->deleteLater();
            m_busy = false;
            QMetaObject::invokeMethod(
                this, [this] { readMore(); }, Qt::QueuedConnection);
        });
        (*m_handler)(m_request, writer);
        return !m_busy;
    }

    /// A chunk size of 1 to 15 hex digits (so it fits in a qint64), or nothing.
    static std::optional<qint64> hexSize(const QByteArray &text)
    {
        static const QRegularExpression hex(u"\\A[0-9A-Fa-f]{1,15}\\z"_s);
        if (!hex.match(QString::fromLatin1(text)).hasMatch())
            return std::nullopt;
        return text.toLongLong(nullptr, 16);
    }

    /// Answers a request the server will not read (400 malformed, 413 too large) and closes the
    /// connection, as Go's servers do; false: nothing more is parsed from it.
    bool refuse(int status)
    {
        m_haveHead = false;
        m_buffer.clear();
        m_busy = true; // nothing more from this connection
        // As Go's servers do: the answer, then what the client still sends is read and dropped
        // for a moment before the close, so that the close does not reset the connection under
        // a client that is still writing before it has read the answer.
        m_discarding = true;
        auto *writer = new ResponseWriter(m_socket, true, this);
        connect(writer, &ResponseWriter::done, writer, &QObject::deleteLater);
        if (status == 413 && *m_tooLarge)
            (*m_tooLarge)(writer);
        else
            writer->send(status,
                         {{"Content-Type", "text/plain; charset=utf-8"}, {"Connection", "close"}},
                         HttpServer::reasonPhrase(status));
        QTimer::singleShot(500, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
        return false;
    }

    QTcpSocket *m_socket;
    HttpServer::Handler *m_handler;
    qint64 m_maxBody;
    const std::function<void(ResponseWriter *)> *m_tooLarge;
    QByteArray m_buffer;
    ServerRequest m_request;
    bool m_haveHead = false;
    bool m_busy = false;
    bool m_discarding = false; ///< a refused request: its body is read and dropped
};

} // namespace

void HttpServer::serve(QTcpSocket *socket)
{
    new Connection(socket, &m_handler, m_maxBody, &m_tooLarge);
}

} // namespace Berth::Sandbox
