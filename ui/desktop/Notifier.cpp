#include "ui/desktop/Notifier.h"

#include "app/engine/Engine.h"
#include "models/paste/LogRedactor.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/FinishAnnouncer.h"
#include "ui/UiLogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace {

const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
// A service that does not answer in this time is as good as none: the tray takes over.
constexpr int kCallTimeoutMs = 5000;
constexpr int kTrayMessageMs = 10000;

QVariantMap hintsFor(const FinishAnnouncement &announcement)
{
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), announcement.state == TaskState::Succeeded
                                                 ? QStringLiteral("transfer.complete")
                                                 : QStringLiteral("transfer.error"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    if (!QGuiApplication::desktopFileName().isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    return hints;
}

} // namespace

Notifier::Notifier(Engine &engine, const Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_announcer(new FinishAnnouncer(engine.tasks(), this))
{
    m_announcer->setEnabled(preferences.notificationsEnabled());
    connect(&preferences, &Preferences::changed, this, [this](Preferences::Key key) {
        if (key == Preferences::Key::NotificationsEnabled)
            m_announcer->setEnabled(m_preferences.notificationsEnabled());
    });
    connect(&engine, &Engine::taskFinished, m_announcer, &FinishAnnouncer::taskFinished);
    connect(m_announcer, &FinishAnnouncer::announce, this, &Notifier::show);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        m_listening =
            bus.connect(serviceName(), objectPath(), kInterface, QStringLiteral("ActionInvoked"),
                        this, SLOT(onActionInvoked(uint, QString))) &&
            bus.connect(serviceName(), objectPath(), kInterface,
                        QStringLiteral("NotificationClosed"), this,
                        SLOT(onNotificationClosed(uint, uint)));
    }
}

Notifier::~Notifier() = default;

QString Notifier::serviceName()
{
    return kInterface;
}

QString Notifier::objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

void Notifier::setFallbackTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray) {
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_keysOfTrayMessage.isEmpty())
                emit activated(m_keysOfTrayMessage);
        });
    }
}

void Notifier::show(const FinishAnnouncement &announcement)
{
    for (const QString &key : announcement.keys)
        qCInfo(lcUi).noquote() << "announced" << TaskStates::id(announcement.state)
                               << LogRedactor::text(key);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        showInTray(announcement);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), kInterface,
                                                       QStringLiteral("Notify"));
    // Servers that render markup would read "<" and "&" in a task name as markup.
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << QGuiApplication::windowIcon().name() << announcement.title.toHtmlEscaped()
         << announcement.body.toHtmlEscaped() << QStringList{kDefaultAction, tr("Show")}
         << hintsFor(announcement) << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, announcement](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    showInTray(announcement);
                    return;
                }
                if (m_listening)
                    m_keysOfNotification.insert(reply.value(), announcement.keys);
                emit delivered(announcement, Channel::NotificationService);
            });
}

void Notifier::showInTray(const FinishAnnouncement &announcement)
{
    if (!m_tray || !m_tray->isVisible()) {
        emit delivered(announcement, Channel::Unavailable);
        return;
    }
    const QSystemTrayIcon::MessageIcon icon =
        announcement.state == TaskState::Failed            ? QSystemTrayIcon::Critical
        : announcement.state == TaskState::PartiallyFailed ? QSystemTrayIcon::Warning
                                                           : QSystemTrayIcon::Information;
    m_keysOfTrayMessage = announcement.keys;
    m_tray->showMessage(announcement.title, announcement.body, icon, kTrayMessageMs);
    emit delivered(announcement, Channel::TrayMessage);
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    // Other programs' notifications come through the same signal: only ours count.
    const auto found = m_keysOfNotification.constFind(id);
    if (found == m_keysOfNotification.cend() || action != kDefaultAction)
        return;
    emit activated(*found);
}

void Notifier::onNotificationClosed(uint id, uint)
{
    m_keysOfNotification.remove(id);
}
