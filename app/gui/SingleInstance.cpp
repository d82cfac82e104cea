#include "app/gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace {

constexpr int connectTimeoutMs = 2000;
// The running instance answers once it has added the tasks; a busy start-up may delay that.
constexpr int acknowledgeTimeoutMs = 10000;
// A client that connects and sends nothing (or too slowly) is dropped after this.
constexpr int readTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString &profileKey, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(profileKey))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileKey)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // Without a runtime folder Qt puts a bare name in the shared temporary folder: the user id
    // keeps two users' windows apart there.
    if (runtime.isEmpty())
        return QStringLiteral("taskmonitor-%1-%2").arg(QString::number(getuid()), hash);
    return QDir(runtime).filePath(QStringLiteral("taskmonitor-%1.socket").arg(hash));
}

SingleInstance::HandOver SingleInstance::handOver(const LaunchMessage &message)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(connectTimeoutMs))
        return HandOver::NobodyListening;
    // Someone accepted the connection: from here on, never take its place.
    socket.write(message.frame());
    if (!socket.waitForBytesWritten(connectTimeoutMs))
        return HandOver::NoAnswer;
    const QByteArray expected = LaunchMessage::acknowledged();
    QByteArray answer;
    while (answer.size() < expected.size()) {
        if (!socket.waitForReadyRead(acknowledgeTimeoutMs))
            return HandOver::NoAnswer;
        answer += socket.read(expected.size() - answer.size());
    }
    return answer == expected ? HandOver::Taken : HandOver::NoAnswer;
}

bool SingleInstance::listen(QString *problem)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    // handOver found nobody answering: a socket that is still there is a crashed instance's.
    QLocalServer::removeServer(m_serverName);
    if (m_server->listen(m_serverName))
        return true;
    if (problem)
        *problem = m_server->errorString();
    delete m_server;
    m_server = nullptr;
    return false;
}

void SingleInstance::startDelivering()
{
    m_delivering = true;
    for (const Pending &pending : std::exchange(m_pending, {})) {
        if (pending.socket)
            deliver(pending.socket, pending.message);
    }
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, &QLocalSocket::abort);
        timeout->start(readTimeoutMs);
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < LaunchMessage::headerSize)
        return;
    const std::optional<qsizetype> length =
        LaunchMessage::payloadLength(socket->peek(LaunchMessage::headerSize));
    if (!length) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < LaunchMessage::headerSize + *length)
        return;
    socket->skip(LaunchMessage::headerSize);
    const std::optional<LaunchMessage> message = LaunchMessage::fromPayload(socket->read(*length));
    // One message per connection: nothing more is read from it, and it waits for its answer.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    if (auto *timeout = socket->findChild<QTimer *>())
        timeout->stop();
    if (!message) {
        socket->abort();
        return;
    }
    if (m_delivering)
        deliver(socket, *message);
    else
        m_pending.append({socket, *message});
}

void SingleInstance::deliver(QLocalSocket *socket, const LaunchMessage &message)
{
    const QPointer<QLocalSocket> guard(socket);
    emit launched(message);
    if (guard && guard->state() == QLocalSocket::ConnectedState) {
        guard->write(LaunchMessage::acknowledged());
        guard->disconnectFromServer();
    }
}
