#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>

// A Secret Service that takes every call and answers none, like a keychain daemon that hangs
// (waiting for an unlock prompt nobody sees), until it is told to answer them all with errors.
class SilentSecretService final : public QDBusVirtualObject
{
public:
    static QString serviceName() { return QStringLiteral("org.freedesktop.secrets"); }

    bool registerOn(QDBusConnection connection)
    {
        m_connection = connection;
        return connection.registerVirtualObject(QStringLiteral("/"), this,
                                                QDBusConnection::SubPath) &&
               connection.registerService(serviceName());
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        ++m_callsReceived;
        if (m_answering)
            refuse(message);
        else
            m_unanswered.append(message);
        return true;
    }

    QString introspect(const QString &) const override { return {}; }

    int callsReceived() const { return m_callsReceived; }
    int unansweredCalls() const { return int(m_unanswered.size()); }

    void holdCalls() { m_answering = false; }

    // Answers the calls held so far, and every later one, with an error.
    void answerEverything()
    {
        m_answering = true;
        const QList<QDBusMessage> held = std::exchange(m_unanswered, {});
        for (const QDBusMessage &message : held)
            refuse(message);
    }

private:
    void refuse(const QDBusMessage &message)
    {
        m_connection.send(
            message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                                     QStringLiteral("the test keyring refuses")));
    }

    QDBusConnection m_connection{QString()};
    QList<QDBusMessage> m_unanswered;
    int m_callsReceived = 0;
    bool m_answering = false;
};
