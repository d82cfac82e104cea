#pragma once

#include "SimRequest.h"
#include "SimResponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMap>

#include <functional>

class QTcpSocket;

// The only class that touches the QHttpServer API (a technical preview in Qt 6.4 that changes in
// 6.5+): it turns requests into SimRequest values and writes SimResponses itself, in request order
// per connection, later, never, or by dropping the line.
class SimulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    explicit SimulatorHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimulatorHttpServer() override;

    // Binds 127.0.0.1 only; returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port);
    bool configureTls(const QString &certificatePath, const QString &keyPath, QString *error);
    bool isTls() const { return m_tls; }
    void closeAll();
    // Aborts every open connection (keep-alive ones included).
    void dropConnections();
    // Answers scheduled for later or never, still held.
    int heldAnswers() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection
    {
        quint64 nextSequence = 0;
        quint64 nextToWrite = 0;
        QMap<quint64, SimResponse> ready;
        QMap<quint64, bool> closeAfter;
        int held = 0;
    };

    void complete(QTcpSocket *socket, quint64 sequence, const SimResponse &response);
    void flush(QTcpSocket *socket);
    static QByteArray serialize(const SimResponse &response, bool close);
    static QByteArray reasonPhrase(int status);

    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    bool m_tls = false;
    // Between closeAll() and the next listen: a connection the client kept open (an idle
    // keep-alive one is not known until its next request) is cut, never answered.
    bool m_closed = false;
};
