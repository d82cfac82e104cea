#include "SimulatorHttpServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SimulatorHttpServer::SimulatorHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

SimulatorHttpServer::~SimulatorHttpServer()
{
    // Sockets outlive this class's members while the base classes tear down; cut them loose first.
    for (auto it = m_connections.keyBegin(); it != m_connections.keyEnd(); ++it)
        disconnect(*it, nullptr, this, nullptr);
    m_connections.clear();
}

quint16 SimulatorHttpServer::listenLoopback(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound != 0)
        m_closed = false;
    return bound;
}

bool SimulatorHttpServer::configureTls(const QString &certificatePath, const QString &keyPath,
                                       QString *error)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read TLS certificate or key");
        return false;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("TLS certificate or key is not valid PEM (RSA or EC)");
        return false;
    }
    sslSetup(certificate, key);
    m_tls = true;
    return true;
}

void SimulatorHttpServer::closeAll()
{
    m_closed = true;
    const QList<QTcpServer *> listeners = servers();
    for (QTcpServer *server : listeners)
        server->close();
}

void SimulatorHttpServer::dropConnections()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

int SimulatorHttpServer::heldAnswers() const
{
    int held = 0;
    for (const Connection &c : m_connections)
        held += c.held;
    return held;
}

bool SimulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_closed) {
        QTimer::singleShot(0, socket, [socket]() { socket->abort(); });
        return true;
    }
    const QUrl url = request.url();
    QList<SimRequest::Header> headers;
    const auto received = request.headers();
    for (const auto &h : received)
        headers.append({h.first, h.second});
    const SimRequest simRequest(methodName(request.method()), url.path(QUrl::FullyEncoded).toUtf8(),
                                url.query(QUrl::FullyEncoded).toUtf8(), headers, request.body());

    if (!m_connections.contains(socket)) {
        connect(socket, &QObject::destroyed, this,
                [this, socket]() { m_connections.remove(socket); });
    }
    Connection &connection = m_connections[socket];
    const quint64 sequence = connection.nextSequence++;
    connection.closeAfter.insert(
        sequence,
        simRequest.header(QByteArrayLiteral("Connection")).trimmed().toLower() == "close");

    const SimResponse response = m_handler(simRequest);
    switch (response.delivery) {
    case SimResponse::Delivery::Now:
    case SimResponse::Delivery::CutBody:
        complete(socket, sequence, response);
        break;
    case SimResponse::Delivery::Delayed: {
        // The 6.4 trap: the client may be gone by then, so hold only a guarded pointer.
        const QPointer<QTcpSocket> guard(socket);
        ++connection.held;
        QTimer::singleShot(qMax(0, response.delayMs), this, [this, guard, sequence, response]() {
            if (!guard)
                return;
            --m_connections[guard.data()].held;
            complete(guard.data(), sequence, response);
        });
        break;
    }
    case SimResponse::Delivery::Never:
        ++connection.held;
        break;
    case SimResponse::Delivery::Drop:
        QTimer::singleShot(0, socket, [socket]() { socket->abort(); });
        break;
    }
    return true;
}

void SimulatorHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    if (m_closed) {
        QTimer::singleShot(0, socket, [socket]() { socket->abort(); });
        return;
    }
    SimResponse r;
    r.status = 404;
    r.contentType = QByteArrayLiteral("text/plain");
    r.body = QByteArrayLiteral("404 page not found");
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->write(serialize(r, false));
}

void SimulatorHttpServer::complete(QTcpSocket *socket, quint64 sequence,
                                   const SimResponse &response)
{
    m_connections[socket].ready.insert(sequence, response);
    flush(socket);
}

void SimulatorHttpServer::flush(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    while (c.ready.contains(c.nextToWrite)) {
        const SimResponse response = c.ready.take(c.nextToWrite);
        const bool close = c.closeAfter.take(c.nextToWrite);
        ++c.nextToWrite;
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (response.delivery == SimResponse::Delivery::CutBody) {
            // The announced Content-Length stays whole, so the client sees the line end early.
            const QByteArray whole = serialize(response, close);
            socket->write(whole.left(whole.size() - (response.body.size() + 1) / 2));
            socket->disconnectFromHost();
            return;
        }
        socket->write(serialize(response, close));
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
}

QByteArray SimulatorHttpServer::serialize(const SimResponse &response, bool close)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += close ? QByteArrayLiteral("Connection: close\r\n")
                 : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    out += response.body;
    return out;
}

QByteArray SimulatorHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}
