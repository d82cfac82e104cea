#include "app/engine/Engine.h"
#include "FakeNotificationServer.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/FinishAnnouncer.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "ui/desktop/Notifier.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Desktop notifications from a real engine polling the simulator over loopback HTTP, sent to a
// fake notification daemon on a private session bus (run-with-session-bus.sh). The fallback
// case also runs with no bus at all.
class tst_Notifications final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachFinishedTaskNotifiesOnceAndNeverAfterARestart();
    void aBatchEndsInOneSummary();
    void clickingANotificationAsksForItsTasks();
    void nothingIsSentWhileTurnedOff();
    void withoutAServiceTheTrayTakesOver_data();
    void withoutAServiceTheTrayTakesOver();

private:
    static inline const QString kApp = QStringLiteral("notify_app");
    static inline const QString kSecret = QStringLiteral("notify-secret");

    void start();
    void stop();
    Account account() const;
    QList<TaskRef> addContactTasks(const QString &prefix, int count, qint64 durationMs,
                                   int fail = 0);
    bool allEnded(const QList<TaskRef> &refs) const;
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Notifier> m_notifier;
};

void tst_Notifications::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
    start();
}

void tst_Notifications::cleanup()
{
    stop();
    m_simulator.reset();
}

void tst_Notifications::start()
{
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    options.persistDelayMs = 50;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    m_engine->setAccount(account(), kSecret);
    m_notifier = std::make_unique<Notifier>(*m_engine, *m_preferences);
    m_notifier->announcer().setGathering(300, 2000);
}

void tst_Notifications::stop()
{
    m_notifier.reset();
    m_engine.reset();
    m_preferences.reset();
}

Account tst_Notifications::account() const
{
    Account result;
    result.id = QStringLiteral("acme");
    result.name = QStringLiteral("Acme");
    result.platform = Platform::Feishu;
    result.baseUrl = m_simulator->baseUrl().toString();
    result.appId = kApp;
    return result;
}

QList<TaskRef> tst_Notifications::addContactTasks(const QString &prefix, int count,
                                                  qint64 durationMs, int fail)
{
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuContact;
    spec.count = count;
    spec.idPrefix = prefix;
    spec.minDurationMs = spec.maxDurationMs = durationMs;
    spec.total = 20;
    spec.fail = fail;
    m_simulator->generateTasks(spec);
    QList<TaskRef> refs;
    for (int i = 1; i <= count; ++i) {
        TaskRef ref;
        ref.kind = TaskKind::FeishuContact;
        ref.accountId = QStringLiteral("acme");
        ref.taskId = prefix + QString::number(i);
        refs << ref;
    }
    m_engine->addTasks(refs);
    return refs;
}

bool tst_Notifications::allEnded(const QList<TaskRef> &refs) const
{
    return std::all_of(refs.cbegin(), refs.cend(), [this](const TaskRef &ref) {
        const WatchedTask *task = m_engine->tasks().task(ref.key());
        return task && task->isTerminal();
    });
}

bool tst_Notifications::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void tst_Notifications::eachFinishedTaskNotifiesOnceAndNeverAfterARestart()
{
    FakeNotificationServer server;
    QVERIFY(server.registerOnBus());
    m_notifier->announcer().setSummaryThreshold(100);
    QSignalSpy delivered(m_notifier.get(), &Notifier::delivered);
    const QList<TaskRef> refs = addContactTasks(QStringLiteral("ok-"), 2, 800) +
                                addContactTasks(QStringLiteral("bad-"), 1, 800, 2);

    QVERIFY(waitFor([&] { return server.received().size() == 3; }));
    QTest::qWait(1500); // more answers come in for other tasks; none repeats a finish
    QCOMPARE(server.received().size(), 3);
    QCOMPARE(delivered.size(), 3);
    for (const QList<QVariant> &arguments : std::as_const(delivered))
        QCOMPARE(arguments.at(1).value<Notifier::Channel>(),
                 Notifier::Channel::NotificationService);

    QStringList summaries;
    for (const FakeNotificationServer::Notification &notification : server.received()) {
        summaries << notification.summary;
        QCOMPARE(notification.appName, QGuiApplication::applicationDisplayName());
        QVERIFY(notification.actions.contains(QStringLiteral("default")));
        QVERIFY(notification.body.contains(QStringLiteral("Acme")));
        QCOMPARE(notification.expireTimeout, -1);
    }
    summaries.sort();
    QCOMPARE(summaries,
             QStringList({QStringLiteral("bad-1 partly failed"), QStringLiteral("ok-1 succeeded"),
                          QStringLiteral("ok-2 succeeded")}));
    const auto partly = std::find_if(
        server.received().cbegin(), server.received().cend(),
        [](const auto &notification) { return notification.summary.startsWith(u"bad-"); });
    QVERIFY(partly->body.contains(QStringLiteral("2 of 20 failed, 18 succeeded")));
    QCOMPARE(partly->hints.value(QStringLiteral("category")).toString(),
             QStringLiteral("transfer.error"));

    // A restart: a second engine on the same database file, connected again and asked to
    // check everything (as after a reconnect). The ended tasks were announced already.
    stop();
    start();
    QCOMPARE(m_engine->tasks().rowCount(), 3);
    QVERIFY(allEnded(refs));
    m_engine->refreshAll();
    QTest::qWait(2500);
    QCOMPARE(server.received().size(), 3);
}

void tst_Notifications::aBatchEndsInOneSummary()
{
    FakeNotificationServer server;
    QVERIFY(server.registerOnBus());
    m_notifier->announcer().setGathering(1500, 10000);
    QSignalSpy delivered(m_notifier.get(), &Notifier::delivered);
    const QList<TaskRef> refs = addContactTasks(QStringLiteral("batch-ok-"), 10, 1500) +
                                addContactTasks(QStringLiteral("batch-bad-"), 2, 1500, 3);

    QVERIFY(waitFor([&] { return allEnded(refs) && delivered.size() == 1; }));
    QTest::qWait(2000);
    QCOMPARE(server.received().size(), 1);
    const FakeNotificationServer::Notification &summary = server.received().constFirst();
    QCOMPARE(summary.summary, FinishAnnouncer::summaryTitle(10, 2, 0));
    QVERIFY(summary.summary.contains(QStringLiteral("10 succeeded, 2 partly failed")));
    QVERIFY(summary.body.contains(QStringLiteral("batch-bad-1")));
    QVERIFY(summary.body.contains(QStringLiteral("batch-bad-2")));
    QVERIFY(!summary.body.contains(QStringLiteral("batch-ok-")));

    const auto announcement = delivered.constFirst().at(0).value<FinishAnnouncement>();
    QVERIFY(announcement.summary);
    QCOMPARE(announcement.state, TaskState::PartiallyFailed);
    QCOMPARE(announcement.keys.size(), 12);
    // The click leads to what needs a look first.
    QVERIFY(announcement.keys.first().contains(QStringLiteral("batch-bad-")));
}

void tst_Notifications::clickingANotificationAsksForItsTasks()
{
    FakeNotificationServer server;
    QVERIFY(server.registerOnBus());
    QSignalSpy activated(m_notifier.get(), &Notifier::activated);
    QSignalSpy delivered(m_notifier.get(), &Notifier::delivered);
    const QList<TaskRef> refs = addContactTasks(QStringLiteral("click-"), 1, 500);
    QVERIFY(waitFor([&] { return delivered.size() == 1; }));
    const uint id = server.received().constFirst().id;

    server.invoke(id + 100, QStringLiteral("default")); // someone else's notification
    server.invoke(id, QStringLiteral("other-action"));
    QTest::qWait(300);
    QCOMPARE(activated.size(), 0);

    server.click(id);
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.constFirst().at(0).toStringList(), QStringList{refs.first().key()});
    // Closed by the click: a late second click is not ours any more.
    server.click(id);
    QTest::qWait(300);
    QCOMPARE(activated.size(), 1);
}

void tst_Notifications::nothingIsSentWhileTurnedOff()
{
    FakeNotificationServer server;
    QVERIFY(server.registerOnBus());
    QSignalSpy delivered(m_notifier.get(), &Notifier::delivered);
    m_preferences->setNotificationsEnabled(false);
    const QList<TaskRef> quiet = addContactTasks(QStringLiteral("quiet-"), 2, 500);
    QVERIFY(waitFor([&] { return allEnded(quiet); }));
    QTest::qWait(800); // longer than the gathering
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(server.received().size(), 0);

    m_preferences->setNotificationsEnabled(true);
    addContactTasks(QStringLiteral("loud-"), 1, 500);
    QVERIFY(waitFor([&] { return server.received().size() == 1; }));
    QCOMPARE(server.received().constFirst().summary, QStringLiteral("loud-1 succeeded"));
}

void tst_Notifications::withoutAServiceTheTrayTakesOver_data()
{
    QTest::addColumn<bool>("withTray");
    QTest::addColumn<Notifier::Channel>("channel");
    QTest::newRow("tray message") << true << Notifier::Channel::TrayMessage;
    QTest::newRow("no tray either") << false << Notifier::Channel::Unavailable;
}

void tst_Notifications::withoutAServiceTheTrayTakesOver()
{
    QFETCH(bool, withTray);
    QFETCH(Notifier::Channel, channel);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::gray);
    QSystemTrayIcon tray{QIcon(pixmap)};
    if (withTray) {
        tray.show(); // offscreen, Qt warns here that it has no tray window to watch
        m_notifier->setFallbackTray(&tray);
    }
    // From here on, nothing may go wrong quietly: no D-Bus complaint, no failed connect.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    QSignalSpy delivered(m_notifier.get(), &Notifier::delivered);
    QSignalSpy activated(m_notifier.get(), &Notifier::activated);
    const QList<TaskRef> refs = addContactTasks(QStringLiteral("alone-"), 1, 500, 1);
    QVERIFY(waitFor([&] { return delivered.size() == 1; }));
    QCOMPARE(delivered.constFirst().at(1).value<Notifier::Channel>(), channel);
    const auto announcement = delivered.constFirst().at(0).value<FinishAnnouncement>();
    QCOMPARE(announcement.title, QStringLiteral("alone-1 partly failed"));
    if (withTray) {
        emit tray.messageClicked();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toStringList(), QStringList{refs.first().key()});
    }
}

QTEST_MAIN(tst_Notifications)
#include "tst_notifications.moc"
