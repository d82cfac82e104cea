#pragma once

#include "models/watchlist/FinishAnnouncement.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Engine;
class FinishAnnouncer;
class Preferences;
class QSystemTrayIcon;

// Tells the desktop when watched tasks end, through the freedesktop notification service over
// D-Bus, so it works on GNOME and KDE with or without a tray; a tray message only where no
// service answers. What to say comes from a FinishAnnouncer on the engine's taskFinished, and
// nothing is said while notifications are off in the preferences. A click on a notification
// asks for the window with its tasks (activated()).
class Notifier final : public QObject
{
    Q_OBJECT

public:
    enum class Channel {
        NotificationService, // org.freedesktop.Notifications took it
        TrayMessage,         // no service answered: QSystemTrayIcon::showMessage
        Unavailable,         // neither a service nor a visible tray icon
    };
    Q_ENUM(Channel)

    Notifier(Engine &engine, const Preferences &preferences, QObject *parent = nullptr);
    ~Notifier() override;

    // Where messages go when no service answers, and whose message clicks count as a click
    // on the notification; nullptr: nowhere. Not owned.
    void setFallbackTray(QSystemTrayIcon *tray);
    FinishAnnouncer &announcer() { return *m_announcer; }

    // Sends one announcement now (the announcer calls this; also the window, for a test
    // notification from the settings).
    void show(const FinishAnnouncement &announcement);

    static QString serviceName();
    static QString objectPath();

signals:
    // The user clicked a notification: raise the window and select these tasks (the one
    // needing a look first).
    void activated(const QStringList &keys);
    // Each announcement, once it went out or could not: the status bar may repeat it when
    // the channel is Unavailable.
    void delivered(const FinishAnnouncement &announcement, Notifier::Channel channel);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void showInTray(const FinishAnnouncement &announcement);

    const Preferences &m_preferences;
    FinishAnnouncer *m_announcer = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_listening = false;
    QHash<uint, QStringList> m_keysOfNotification;
    QStringList m_keysOfTrayMessage;
};
