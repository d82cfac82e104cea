#include "models/watchlist/TaskCounts.h"
#include "ui/desktop/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

// The tray icon offscreen: its tool tip summary, its menu, and that without a tray closing
// the window must quit instead of hiding it where nobody can find it.
class tst_TrayIcon final : public QObject
{
    Q_OBJECT

private slots:
    void summarisesTheCounts_data();
    void summarisesTheCounts();
    void iconIsTheApplicationsWithAStateBadge_data();
    void iconIsTheApplicationsWithAStateBadge();
    void menuShowsPausesAndQuits();
    void withoutATrayClosingQuits();
};

namespace {

TaskCounts countsOf(const QList<std::pair<TaskState, int>> &states)
{
    TaskCounts counts;
    for (const auto &[state, count] : states) {
        counts.byState[std::size_t(state)] += count;
        counts.total += count;
    }
    return counts;
}

} // namespace

void tst_TrayIcon::summarisesTheCounts_data()
{
    QTest::addColumn<TaskCounts>("counts");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("showsTheCount");
    QTest::addColumn<TaskState>("iconState");
    QTest::newRow("nothing") << TaskCounts{} << QStringLiteral("Nothing watched") << false
                             << TaskState::Pending;
    QTest::newRow("running and failed")
        << countsOf({{TaskState::Running, 2},
                     {TaskState::Pending, 1},
                     {TaskState::Failed, 1},
                     {TaskState::Succeeded, 4}})
        << QStringLiteral("3 running, 1 failed") << false << TaskState::Failed;
    QTest::newRow("partly failed counts as failed")
        << countsOf({{TaskState::PartiallyFailed, 2}, {TaskState::Failed, 1}})
        << QStringLiteral("3 failed") << false << TaskState::Failed;
    QTest::newRow("errors apart from failures")
        << countsOf({{TaskState::Running, 1}, {TaskState::Error, 1}, {TaskState::NotFound, 1}})
        << QStringLiteral("1 running, 2 with errors") << false << TaskState::Failed;
    QTest::newRow("running only") << countsOf({{TaskState::Running, 2}, {TaskState::Succeeded, 1}})
                                  << QStringLiteral("2 running") << false << TaskState::Running;
    QTest::newRow("all ended well")
        << countsOf({{TaskState::Succeeded, 5}}) << QString() << true << TaskState::Succeeded;
}

void tst_TrayIcon::summarisesTheCounts()
{
    QFETCH(TaskCounts, counts);
    QFETCH(QString, summary);
    QFETCH(bool, showsTheCount);
    QFETCH(TaskState, iconState);
    QAction pause(QStringLiteral("Pause"));
    QAction quit(QStringLiteral("Quit"));
    TrayIcon tray(&pause, &quit);
    tray.update(counts);
    const QString text = TrayIcon::summaryText(counts);
    if (showsTheCount)
        QVERIFY2(text.contains(QString::number(counts.total)), qPrintable(text));
    else
        QCOMPARE(text, summary);
    QVERIFY(tray.toolTip().endsWith(text));
    QVERIFY(!tray.icon().isNull());
    QCOMPARE(tray.shownState(), iconState);
}

void tst_TrayIcon::iconIsTheApplicationsWithAStateBadge_data()
{
    QTest::addColumn<TaskCounts>("counts");
    QTest::addColumn<bool>("badged");
    QTest::newRow("nothing watched: the plain icon") << TaskCounts{} << false;
    QTest::newRow("running") << countsOf({{TaskState::Running, 2}}) << true;
    QTest::newRow("failed") << countsOf({{TaskState::Failed, 1}}) << true;
    QTest::newRow("all ended well") << countsOf({{TaskState::Succeeded, 3}}) << true;
}

void tst_TrayIcon::iconIsTheApplicationsWithAStateBadge()
{
    QFETCH(TaskCounts, counts);
    QFETCH(bool, badged);
    QAction pause(QStringLiteral("Pause"));
    QAction quit(QStringLiteral("Quit"));
    TrayIcon tray(&pause, &quit);
    tray.update(counts);
    // At double density the tray gets twice the pixels, not a scaled-up small icon.
    const QImage shown = tray.icon().pixmap(QSize(32, 32), 2.0).toImage();
    QCOMPARE(shown.size(), QSize(64, 64));
    const QImage application =
        QIcon(QStringLiteral(":/icons/taskmonitor.svg")).pixmap(QSize(32, 32), 2.0).toImage();
    QCOMPARE(application.size(), QSize(64, 64));
    // The upper left is the application's icon; the badge's disc sits at the lower right.
    QCOMPARE(shown.pixelColor(16, 16), application.pixelColor(16, 16));
    const QPoint inTheDisc(45, 29);
    if (badged)
        QCOMPARE_NE(shown.pixelColor(inTheDisc), application.pixelColor(inTheDisc));
    else
        QCOMPARE(shown.pixelColor(inTheDisc), application.pixelColor(inTheDisc));
}

void tst_TrayIcon::menuShowsPausesAndQuits()
{
    QAction pause(QStringLiteral("Pause"));
    pause.setCheckable(true);
    QAction quit(QStringLiteral("Quit"));
    TrayIcon tray(&pause, &quit);
    QMenu *menu = tray.contextMenu();
    QVERIFY(menu);
    QList<QAction *> commands;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            commands << action;
    }
    QCOMPARE(commands, (QList<QAction *>{tray.showAction(), &pause, &quit}));
    QVERIFY(!menu->accessibleName().isEmpty());

    QSignalSpy showRequested(&tray, &TrayIcon::showWindowRequested);
    tray.showAction()->trigger();
    emit tray.activated(QSystemTrayIcon::Trigger);
    emit tray.activated(QSystemTrayIcon::Context);
    QCOMPARE(showRequested.size(), 2);
}

void tst_TrayIcon::withoutATrayClosingQuits()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    QAction pause(QStringLiteral("Pause"));
    QAction quit(QStringLiteral("Quit"));
    TrayIcon tray(&pause, &quit);
    QVERIFY(!tray.showWhereTrayExists());
    QVERIFY(!tray.isVisible());
    QVERIFY(!tray.keepsWatchingWhenWindowCloses());
    // Even shown by force, an icon with no tray to sit in cannot keep the app reachable.
    tray.show();
    QVERIFY(!tray.keepsWatchingWhenWindowCloses());
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"
