#pragma once

#include "app/gui/LaunchMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One window per user and profile. A launch first offers its command line to a running
// instance (handOver); when none answers it becomes the running instance itself (listen) and
// takes later launches' messages (launched). The server is a local socket in the user's
// runtime folder, named after the profile, so the demo, each --profile folder and the usual
// profile each have their own window.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // profileKey names the profile: "demo", "default", or a --profile folder's canonical path.
    explicit SingleInstance(const QString &profileKey, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name for the profile: a path in the user's runtime folder.
    static QString serverNameFor(const QString &profileKey);
    const QString &serverName() const { return m_serverName; }

    enum class HandOver {
        Taken,           // a running instance acknowledged the message
        NobodyListening, // no instance runs (or a crashed one left its socket): listen()
        NoAnswer,        // one runs but did not take the message in time
    };
    // Offers the message to a running instance; blocks for at most a few seconds.
    HandOver handOver(const LaunchMessage &message);
    // Becomes the running instance. A socket left behind by one that crashed is removed
    // first. False, with the reason in `problem`, when the socket cannot be made.
    bool listen(QString *problem = nullptr);
    // Messages that came before this are delivered now, later ones as they come; each is
    // acknowledged after launched() returns.
    void startDelivering();

signals:
    void launched(const LaunchMessage &message);

private:
    void accept();
    void readFrom(QLocalSocket *socket);
    void deliver(QLocalSocket *socket, const LaunchMessage &message);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    bool m_delivering = false;
    struct Pending
    {
        QPointer<QLocalSocket> socket;
        LaunchMessage message;
    };
    QList<Pending> m_pending;
};
