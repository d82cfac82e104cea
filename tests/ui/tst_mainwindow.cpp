#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/TaskCounts.h"
#include "models/watchlist/TaskFilterProxy.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "ui/filter/FilterPanel.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowActions.h"
#include "ui/StatusSummary.h"
#include "ui/table/ProgressDelegate.h"
#include "ui/table/TaskTableView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QHostAddress>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The dashboard offscreen, on a real engine (SQLite file, loopback HTTP to the simulator).
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateShowsAndDisappears();
    void tableFollowsTheSimulatorToTheEnd();
    void sortByProgressAndFilterByStateWithCounts();
    void offlineIsShownOnceAndClears();
    void selectionAndScrollSurviveRefreshes();
    void columnsPersistAcrossARestart();
    void copyPutsSelectedRowsAsTsv();
    void undoBringsRemovedTasksBack();
    void damagedWatchListIsSetAsideAndTold();
    void delegatePaintsStatesApart_data();
    void delegatePaintsStatesApart();

private:
    static inline const QString kApp = QStringLiteral("cli_window_app");
    static inline const QString kSecret = QStringLiteral("window-secret");

    void openWindow();
    void closeWindow();
    Account account() const;
    QList<TaskRef> addGenerated(SimTaskKind kind, const QString &prefix, int count,
                                qint64 durationMs, int fail = 0);
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
    openWindow();
}

void tst_MainWindow::cleanup()
{
    closeWindow();
    m_simulator.reset();
}

void tst_MainWindow::openWindow()
{
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    options.persistDelayMs = 50;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    m_engine->setAccount(account(), kSecret);
    m_window = std::make_unique<MainWindow>(*m_engine, *m_preferences, MainWindow::Options{});
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    new QAbstractItemModelTester(
        m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
}

void tst_MainWindow::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_engine.reset();
    m_preferences.reset();
}

Account tst_MainWindow::account() const
{
    Account result;
    result.id = QStringLiteral("acme");
    result.name = QStringLiteral("Acme");
    result.platform = Platform::Feishu;
    result.baseUrl = m_simulator->baseUrl().toString();
    result.appId = kApp;
    return result;
}

QList<TaskRef> tst_MainWindow::addGenerated(SimTaskKind kind, const QString &prefix, int count,
                                            qint64 durationMs, int fail)
{
    TaskGenerator::Spec spec;
    spec.kind = kind;
    spec.count = count;
    spec.idPrefix = prefix;
    spec.minDurationMs = spec.maxDurationMs = durationMs;
    spec.total = 20;
    spec.fail = fail;
    m_simulator->generateTasks(spec);
    QList<TaskRef> refs;
    for (int i = 1; i <= count; ++i) {
        TaskRef ref;
        ref.kind =
            kind == SimTaskKind::FeishuDrive ? TaskKind::FeishuDrive : TaskKind::FeishuContact;
        ref.accountId = QStringLiteral("acme");
        ref.taskId = prefix + QString::number(i);
        refs << ref;
    }
    m_engine->addTasks(refs);
    return refs;
}

bool tst_MainWindow::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void tst_MainWindow::emptyStateShowsAndDisappears()
{
    QVERIFY(m_window->isShowingEmptyState());
    const QList<TaskRef> refs =
        addGenerated(SimTaskKind::FeishuDrive, QStringLiteral("e-"), 1, 60000);
    m_window->refreshNow();
    QVERIFY(!m_window->isShowingEmptyState());
    m_engine->removeTasks({refs.first().key()});
    m_window->refreshNow();
    QVERIFY(m_window->isShowingEmptyState());
}

void tst_MainWindow::tableFollowsTheSimulatorToTheEnd()
{
    const QList<TaskRef> refs =
        addGenerated(SimTaskKind::FeishuContact, QStringLiteral("import-"), 3, 3000, 2);
    QVERIFY(waitFor([&] {
        for (const TaskRef &ref : refs) {
            const WatchedTask *task = m_engine->tasks().task(ref.key());
            if (!task || !task->isTerminal())
                return false;
        }
        return true;
    }));
    m_window->refreshNow();
    const QAbstractItemModel *view = m_window->proxy();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QModelIndex progress = view->index(row, TaskTableModel::ProgressColumn);
        QCOMPARE(ProgressDelegate::barText(progress), QStringLiteral("2 of 20 failed"));
        // What a screen reader says for the row.
        const QString spoken =
            view->index(row, TaskTableModel::LabelColumn).data(Qt::AccessibleTextRole).toString();
        QCOMPARE(spoken, view->index(row, TaskTableModel::TaskIdColumn).data().toString() +
                             QStringLiteral(", Partly failed, 2 of 20 failed"));
    }
    QVERIFY(m_window->statusSummary()->countsText().contains(QStringLiteral("3 failed")));
}

// The platform stops answering: the status bar says so once, the tasks keep their last state
// (no error on every row), and all of it clears by itself when the server is back.
void tst_MainWindow::offlineIsShownOnceAndClears()
{
    const QList<TaskRef> refs =
        addGenerated(SimTaskKind::FeishuContact, QStringLiteral("long-"), 3, 600000);
    QVERIFY(
        waitFor([&] { return TaskCounts::of(m_engine->tasks()).state(TaskState::Running) == 3; }));
    QSignalSpy changes(m_engine.get(), &Engine::connectivityChanged);
    StatusSummary *status = m_window->statusSummary();
    QVERIFY(status->connectivityText().isEmpty());

    const quint16 port = m_simulator->baseUrl().port();
    m_simulator->stop();
    m_engine->refreshAll();
    QVERIFY(waitFor([&] { return !status->connectivityText().isEmpty(); }));
    QVERIFY2(status->connectivityText().startsWith(QStringLiteral("Offline: ")),
             qPrintable(status->connectivityText()));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(1).toBool(), false);
    QCOMPARE(m_engine->offlineHosts().size(), 1);
    for (const TaskRef &ref : refs)
        QCOMPARE(m_engine->tasks().task(ref.key())->displayState(), TaskState::Running);

    QCOMPARE(m_simulator->listen(QHostAddress::LocalHost, port), port);
    QVERIFY(waitFor([&] { return status->connectivityText().isEmpty(); }, 90000));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).at(1).toBool(), true);
    QVERIFY(m_engine->offlineHosts().isEmpty());
}

void tst_MainWindow::sortByProgressAndFilterByStateWithCounts()
{
    addGenerated(SimTaskKind::FeishuContact, QStringLiteral("done-"), 2, 1);
    addGenerated(SimTaskKind::FeishuContact, QStringLiteral("slow-"), 3, 600000);
    QVERIFY(waitFor([&] {
        return TaskCounts::of(m_engine->tasks()).state(TaskState::Succeeded) == 2 &&
               TaskCounts::of(m_engine->tasks()).state(TaskState::Running) == 3;
    }));
    m_window->refreshNow();

    TaskTableView *table = m_window->taskTable();
    table->sortByColumn(TaskTableModel::ProgressColumn, Qt::DescendingOrder);
    const QAbstractItemModel *view = m_window->proxy();
    double previous = 1000;
    for (int row = 0; row < view->rowCount(); ++row) {
        const double progress = view->index(row, TaskTableModel::ProgressColumn)
                                    .data(TaskTableModel::ProgressRole)
                                    .toDouble();
        QVERIFY(progress <= previous);
        previous = progress;
    }
    QCOMPARE(view->index(0, TaskTableModel::ProgressColumn)
                 .data(TaskTableModel::ProgressRole)
                 .toDouble(),
             100.0);

    QTreeWidget *tree = m_window->filterPanel()->tree();
    QTreeWidgetItem *succeeded = nullptr;
    QTreeWidgetItem *running = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(TaskStates::displayName(TaskState::Succeeded) +
                                      QLatin1Char(' ')))
            succeeded = *it;
        if ((*it)->text(0).startsWith(TaskStates::displayName(TaskState::Running) +
                                      QLatin1Char(' ')))
            running = *it;
    }
    QVERIFY(succeeded && running);
    QCOMPARE(succeeded->text(0), QStringLiteral("Succeeded (2)"));
    QCOMPARE(running->text(0), QStringLiteral("Running (3)"));
    succeeded->setCheckState(0, Qt::Checked);
    QCOMPARE(view->rowCount(), 2);
    running->setCheckState(0, Qt::Checked);
    QCOMPARE(view->rowCount(), 5);
    succeeded->setCheckState(0, Qt::Unchecked);
    QCOMPARE(view->rowCount(), 3);
}

void tst_MainWindow::selectionAndScrollSurviveRefreshes()
{
    addGenerated(SimTaskKind::FeishuContact, QStringLiteral("many-"), 60, 600000);
    QVERIFY(
        waitFor([&] { return TaskCounts::of(m_engine->tasks()).state(TaskState::Running) == 60; }));
    m_window->refreshNow();
    TaskTableView *table = m_window->taskTable();
    table->sortByColumn(TaskTableModel::TaskIdColumn, Qt::AscendingOrder);
    const QString current = m_engine->tasks().taskAt(41).ref.key();
    QVERIFY(table->selectTask(current));
    table->selectionModel()->select(table->model()->index(50, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList selected = table->selectedTaskKeys();
    QCOMPARE(selected.size(), 2);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    for (int i = 0; i < 50; ++i) {
        m_engine->refreshAll();
        QVERIFY(waitFor([&] { return m_engine->scheduler().inFlightCount() == 0; }));
    }
    QCOMPARE(table->selectedTaskKeys(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->currentTaskKey(), current);
}

void tst_MainWindow::columnsPersistAcrossARestart()
{
    addGenerated(SimTaskKind::FeishuDrive, QStringLiteral("col-"), 1, 60000);
    QHeaderView *header = m_window->taskTable()->horizontalHeader();
    header->setSectionHidden(TaskTableModel::KindColumn, true);
    header->setSectionHidden(TaskTableModel::CallsSpentColumn, false);
    header->moveSection(header->visualIndex(TaskTableModel::StateColumn), 0);
    // By state, then by label: the state stays the tie-breaker.
    m_window->taskTable()->sortByColumn(TaskTableModel::StateColumn, Qt::AscendingOrder);
    m_window->taskTable()->sortByColumn(TaskTableModel::LabelColumn, Qt::DescendingOrder);
    QCOMPARE(m_window->proxy()->secondarySortColumn(), int(TaskTableModel::StateColumn));
    closeWindow();
    openWindow();
    header = m_window->taskTable()->horizontalHeader();
    QVERIFY(header->isSectionHidden(TaskTableModel::KindColumn));
    QVERIFY(!header->isSectionHidden(TaskTableModel::CallsSpentColumn));
    QCOMPARE(header->logicalIndex(0), int(TaskTableModel::StateColumn));
    QCOMPARE(header->sortIndicatorSection(), int(TaskTableModel::LabelColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->proxy()->secondarySortColumn(), int(TaskTableModel::StateColumn));
    QCOMPARE(m_engine->tasks().rowCount(), 1);
}

void tst_MainWindow::copyPutsSelectedRowsAsTsv()
{
    const QList<TaskRef> refs =
        addGenerated(SimTaskKind::FeishuDrive, QStringLiteral("copy-"), 3, 60000);
    m_engine->setLabel(refs.at(1).key(), QStringLiteral("Move\taudit folder"));
    m_window->refreshNow();
    TaskTableView *table = m_window->taskTable();
    table->setFocus();
    QVERIFY(table->selectTask(refs.at(1).key()));
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Label\tAccount\tKind\tTask ID")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Move audit folder\tAcme\t")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\tcopy-2\t")));
}

void tst_MainWindow::undoBringsRemovedTasksBack()
{
    const QList<TaskRef> refs =
        addGenerated(SimTaskKind::FeishuDrive, QStringLiteral("undo-"), 3, 60000);
    m_engine->setLabel(refs.at(0).key(), QStringLiteral("keep my label"));
    m_window->refreshNow();
    TaskTableView *table = m_window->taskTable();
    table->setFocus();
    QVERIFY(table->selectTask(refs.at(0).key()));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_engine->tasks().rowCount(), 2);
    QVERIFY(m_window->actions()->undoRemove->isEnabled());
    m_window->actions()->undoRemove->trigger();
    QCOMPARE(m_engine->tasks().rowCount(), 3);
    QCOMPARE(m_engine->tasks().task(refs.at(0).key())->ref.label, QStringLiteral("keep my label"));
    QVERIFY(!m_window->actions()->undoRemove->isEnabled());
}

void tst_MainWindow::damagedWatchListIsSetAsideAndTold()
{
    closeWindow();
    {
        QFile file(m_dir->filePath(QStringLiteral("watchlist.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    openWindow();
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("storeMessage")));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("storeMessage"));
    QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
    const QStringList setAside =
        QDir(m_dir->path()).entryList({QStringLiteral("watchlist.sqlite.*")});
    QCOMPARE(setAside.size(), 1);
    box->close();
    // The new list works: a task added now survives a restart.
    addGenerated(SimTaskKind::FeishuDrive, QStringLiteral("after-"), 1, 60000);
    closeWindow();
    openWindow();
    QCOMPARE(m_engine->tasks().rowCount(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("storeMessage")));
}

void tst_MainWindow::delegatePaintsStatesApart_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_MainWindow::delegatePaintsStatesApart()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(37, 37, 38));
        palette.setColor(QPalette::Base, QColor(30, 30, 30));
        palette.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
        palette.setColor(QPalette::Text, QColor(220, 220, 220));
        palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
        palette.setColor(QPalette::Button, QColor(50, 50, 50));
        palette.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    }
    m_window->setPalette(palette);
    addGenerated(SimTaskKind::FeishuContact, QStringLiteral("ok-"), 1, 1);
    addGenerated(SimTaskKind::FeishuContact, QStringLiteral("bad-"), 1, 1, 20);
    QVERIFY(waitFor([&] {
        const TaskCounts counts = TaskCounts::of(m_engine->tasks());
        return counts.state(TaskState::Succeeded) == 1 &&
               counts.state(TaskState::Failed) + counts.state(TaskState::PartiallyFailed) == 1;
    }));
    m_window->refreshNow();
    TaskTableView *table = m_window->taskTable();
    table->sortByColumn(TaskTableModel::TaskIdColumn, Qt::AscendingOrder);
    QTest::qWait(50);
    const QRect bad = table->visualRect(table->model()->index(0, TaskTableModel::ProgressColumn));
    const QRect ok = table->visualRect(table->model()->index(1, TaskTableModel::ProgressColumn));
    const QImage image = table->viewport()->grab().toImage();
    auto dominant = [&image](const QRect &rect) {
        QHash<QRgb, int> counts;
        for (int y = rect.top() + 4; y < rect.bottom() - 4; ++y)
            for (int x = rect.left() + 4; x < rect.right() - 4; ++x)
                ++counts[image.pixel(x, y)];
        QRgb best = 0;
        int most = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        return QColor(best);
    };
    const QColor badColor = dominant(bad);
    const QColor okColor = dominant(ok);
    QVERIFY2(badColor != okColor, qPrintable(badColor.name() + QLatin1Char(' ') + okColor.name()));
    // Neither bar is just the background: something was painted.
    QVERIFY(okColor != palette.color(QPalette::Base));
    image.save(QDir::temp().filePath(dark ? QStringLiteral("tm-delegate-dark.png")
                                          : QStringLiteral("tm-delegate-light.png")));

    // A selected row's texts are painted in the palette's highlighted text colour.
    table->setFocus();
    table->selectRow(0);
    QTest::qWait(50);
    const QImage selected = table->viewport()->grab().toImage();
    const QRect label = table->visualRect(table->model()->index(0, TaskTableModel::AccountColumn));
    selected.save(QDir::temp().filePath(dark ? QStringLiteral("tm-delegate-selected-dark.png")
                                             : QStringLiteral("tm-delegate-selected-light.png")));
    const QColor text = table->palette().color(
        table->isActiveWindow() ? QPalette::Active : QPalette::Inactive, QPalette::HighlightedText);
    // Antialiased glyphs: their cores are the text colour, within a little.
    int textPixels = 0;
    for (int y = label.top(); y <= label.bottom(); ++y) {
        for (int x = label.left(); x <= label.right(); ++x) {
            const QColor pixel(selected.pixel(x, y));
            textPixels += std::abs(pixel.red() - text.red()) +
                                      std::abs(pixel.green() - text.green()) +
                                      std::abs(pixel.blue() - text.blue()) <
                                  48
                              ? 1
                              : 0;
        }
    }
    QVERIFY2(textPixels > 10, qPrintable(QString::number(textPixels)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
