#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A notification daemon for tests: registers org.freedesktop.Notifications on the session bus
// (a connection of its own, so calls reach it over the bus like from any other program),
// records every Notify and can click a notification.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    FakeNotificationServer()
        : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                     QStringLiteral("fake-notification-server")))
    {}

    ~FakeNotificationServer() override
    {
        if (m_registered) {
            m_connection.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
            m_connection.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }

    bool registerOnBus()
    {
        m_registered =
            m_connection.isConnected() &&
            m_connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                        QDBusConnection::ExportAllSlots |
                                            QDBusConnection::ExportAllSignals) &&
            m_connection.registerService(QStringLiteral("org.freedesktop.Notifications"));
        return m_registered;
    }

    const QList<Notification> &received() const { return m_received; }

    // What a user's click on the notification sends: the action, then the notification closes.
    void click(uint id)
    {
        invoke(id, QStringLiteral("default"));
        emit NotificationClosed(id, 2);
    }
    void invoke(uint id, const QString &action) { emit ActionInvoked(id, action); }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Notification notification{++m_lastId, appName, summary,      body,
                                  actions,    hints,   expireTimeout};
        m_received.append(notification);
        return notification.id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_connection;
    QList<Notification> m_received;
    uint m_lastId = 0;
    bool m_registered = false;
};
