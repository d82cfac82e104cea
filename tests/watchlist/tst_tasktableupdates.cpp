// The task table's refreshes: only changed cells announced, coalesced into spans; errors;
// the once-only finish notification; clock-driven cells; account names.
#include "models/domain/Clock.h"
#include "models/watchlist/TaskCounts.h"
#include "models/watchlist/TaskTableModel.h"
#include "WatchlistTestData.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace WatchlistTestData;
using Model = TaskTableModel;

class TestTaskTableUpdates final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void snapshotAnnouncesChangedCellsOnly();
    void threeOfAThousand_data();
    void threeOfAThousand();
    void batchCoalescesAcrossRows();
    void batchesNest();
    void unchangedApplyAnnouncesOnlyTheCheckTime();
    void singleCellSetters();
    void errorKeepsSnapshotAndAnnouncesRow();
    void finishNotifiedOnce();
    void finishNotifiedAfterDataChanged();
    void restoredTasksAndFinish_data();
    void restoredTasksAndFinish();
    void relativeTimesAnnounceOnlyMovingCells();
    void accountNames();
    void countsFollowEveryChange_data();
    void countsFollowEveryChange();

private:
    ManualClock m_clock;
};

void TestTaskTableUpdates::init()
{
    m_clock = ManualClock();
}

void TestTaskTableUpdates::snapshotAnnouncesChangedCellsOnly()
{
    Model model(m_clock);
    model.addTasks(tasks(3));
    const QString key = keyOf(QStringLiteral("t1"));
    model.applySnapshot(key, running(QStringLiteral("t1"), 10, 50, 5), epoch().addSecs(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(key, running(QStringLiteral("t1"), 30, 50, 15), epoch().addSecs(20));
    // Progress, the count that moved, the ETA (now estimable) and the check time.
    QCOMPARE(cellsOf(changed), cells({1}, {Model::ProgressColumn, Model::SucceededColumn,
                                           Model::EtaColumn, Model::LastCheckedColumn}));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(model.data(model.index(1, Model::ProgressColumn), Model::ProgressRole).toDouble(),
             30.0);
}

void TestTaskTableUpdates::threeOfAThousand_data()
{
    QTest::addColumn<bool>("batched");
    QTest::newRow("batched") << true;
    QTest::newRow("one by one") << false;
}

void TestTaskTableUpdates::threeOfAThousand()
{
    QFETCH(bool, batched);
    Model model(m_clock);
    model.addTasks(tasks(1000));
    model.beginUpdateBatch();
    for (int i = 0; i < 1000; ++i) {
        const QString id = QStringLiteral("t") + QString::number(i);
        model.applySnapshot(keyOf(id), running(id, 10, 50, 5), epoch().addSecs(10));
    }
    model.endUpdateBatch();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    if (batched)
        model.beginUpdateBatch();
    for (int row : {501, 10, 500}) {
        const QString id = QStringLiteral("t") + QString::number(row);
        model.applySnapshot(keyOf(id), running(id, 30, 50, 15), epoch().addSecs(20));
    }
    if (batched)
        model.endUpdateBatch();

    const QList<int> columns{Model::ProgressColumn, Model::SucceededColumn, Model::EtaColumn,
                             Model::LastCheckedColumn};
    QCOMPARE(cellsOf(changed), cells({10, 500, 501}, columns));
    // Three column ranges (progress; succeeded; ETA + last checked) for each row span: rows
    // 500-501 merge when batched.
    QCOMPARE(changed.size(), batched ? 2 * 3 : 3 * 3);
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        QVERIFY(topLeft.row() == 10 || topLeft.row() >= 500);
        QVERIFY(bottomRight.row() <= 501);
    }
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
}

void TestTaskTableUpdates::batchCoalescesAcrossRows()
{
    Model model(m_clock);
    model.addTasks(tasks(1000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.beginUpdateBatch();
    for (int i = 999; i >= 0; --i)
        model.setNextCheck(keyOf(QStringLiteral("t") + QString::number(i)), epoch().addSecs(60));
    QCOMPARE(changed.size(), 0);
    model.endUpdateBatch();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, Model::NextCheckColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(999, Model::NextCheckColumn));
}

void TestTaskTableUpdates::batchesNest()
{
    Model model(m_clock);
    model.addTasks(tasks(3));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.beginUpdateBatch();
    model.beginUpdateBatch();
    model.addCallsSpent(keyOf(QStringLiteral("t0")), 1);
    model.endUpdateBatch();
    QCOMPARE(changed.size(), 0);
    model.addCallsSpent(keyOf(QStringLiteral("t1")), 1);
    model.endUpdateBatch();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cellsOf(changed), cells({0, 1}, {Model::CallsSpentColumn}));
}

void TestTaskTableUpdates::unchangedApplyAnnouncesOnlyTheCheckTime()
{
    Model model(m_clock);
    model.addTasks(tasks(2));
    const QString key = keyOf(QStringLiteral("t0"));
    const TaskSnapshot snapshot = running(QStringLiteral("t0"), 10);
    model.applySnapshot(key, snapshot, epoch().addSecs(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(key, snapshot, epoch().addSecs(20));
    QCOMPARE(cellsOf(changed), cells({0}, {Model::LastCheckedColumn}));
    changed.clear();
    QVERIFY(!model.applySnapshot(keyOf(QStringLiteral("unknown")), snapshot, epoch()));
    QVERIFY(model.setNextCheck(key, {}));
    QCOMPARE(changed.size(), 0);
}

void TestTaskTableUpdates::singleCellSetters()
{
    Model model(m_clock);
    model.addTasks(tasks(3));
    const QString key = keyOf(QStringLiteral("t2"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.addCallsSpent(key, 3));
    QVERIFY(model.setNextCheck(key, epoch().addSecs(30)));
    QVERIFY(model.setLabel(key, QStringLiteral("HR import")));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(cellsOf(changed),
             cells({2}, {Model::CallsSpentColumn, Model::NextCheckColumn, Model::LabelColumn}));
    QCOMPARE(model.task(key)->callsSpent, qint64(3));
    QCOMPARE(model.data(model.index(2, Model::CallsSpentColumn), Model::RawValueRole).toLongLong(),
             3);
    QCOMPARE(model.data(model.index(2, Model::LabelColumn)).toString(),
             QStringLiteral("HR import"));
}

void TestTaskTableUpdates::errorKeepsSnapshotAndAnnouncesRow()
{
    Model model(m_clock);
    model.addTasks(tasks(3));
    const QString key = keyOf(QStringLiteral("t1"));
    model.applySnapshot(key, running(QStringLiteral("t1"), 40), epoch().addSecs(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&model, &Model::taskUpdated);
    QVERIFY(model.applyError(key, permissionDenied(), epoch().addSecs(20)));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cellsOf(changed).size(), Model::ColumnCount);

    const WatchedTask *watched = model.task(key);
    QVERIFY(watched->snapshot);
    QCOMPARE(watched->snapshot->progress, 40.0);
    QCOMPARE(watched->lastCheckedAt, epoch().addSecs(20));
    QCOMPARE(model.data(model.index(1, 0), Model::StateRole).toInt(), int(TaskState::Error));
    QCOMPARE(model.data(model.index(1, Model::StateColumn)).toString(),
             TaskStates::displayName(TaskState::Error));
    QCOMPARE(model.data(model.index(1, Model::ProgressColumn), Model::ProgressRole).toDouble(),
             40.0);
    QCOMPARE(model.data(model.index(1, Model::LastErrorColumn)).toString(),
             permissionDenied().summary());
    QCOMPARE(model.data(model.index(1, 5), Model::ErrorRole).toString(),
             permissionDenied().summary());
    for (int column : {int(Model::StateColumn), int(Model::LastErrorColumn)}) {
        const QString tip = model.data(model.index(1, column), Qt::ToolTipRole).toString();
        for (const QString &part : {QStringLiteral("1061004"), QStringLiteral("20260101-abc"),
                                    QStringLiteral("Grant drive access to the app"),
                                    QStringLiteral("forbidden: &lt;no permission&gt;")})
            QVERIFY2(tip.contains(part), qPrintable(tip));
    }

    ApiError notFound;
    notFound.category = ApiError::Category::NotFound;
    model.applyError(key, notFound, epoch().addSecs(30));
    QCOMPARE(model.task(key)->displayState(), TaskState::NotFound);

    changed.clear();
    model.applySnapshot(key, running(QStringLiteral("t1"), 50), epoch().addSecs(40));
    QVERIFY(!model.task(key)->lastError);
    QCOMPARE(cellsOf(changed).size(), Model::ColumnCount);
    QVERIFY(!model.data(model.index(1, 0), Model::ErrorRole).isValid());
    QCOMPARE(model.data(model.index(1, Model::LastErrorColumn)).toString(), QString());
}

void TestTaskTableUpdates::finishNotifiedOnce()
{
    Model model(m_clock);
    model.addTasks(tasks(2));
    const QString key = keyOf(QStringLiteral("t0"));
    QSignalSpy finishedSpy(&model, &Model::taskFinished);
    model.applySnapshot(key, running(QStringLiteral("t0"), 50), epoch().addSecs(10));
    QCOMPARE(finishedSpy.size(), 0);
    const TaskSnapshot done =
        finished(QStringLiteral("t0"), TaskState::PartiallyFailed, 50, 13, 37);
    model.applySnapshot(key, done, epoch().addSecs(20));
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.at(0).at(0).toString(), key);
    QCOMPARE(finishedSpy.at(0).at(1).value<TaskState>(), TaskState::PartiallyFailed);
    QVERIFY(model.task(key)->finishNotified);

    model.applySnapshot(key, done, epoch().addSecs(30));
    model.applyError(key, permissionDenied(), epoch().addSecs(40));
    model.applySnapshot(key, done, epoch().addSecs(50));
    model.applySnapshot(key, running(QStringLiteral("t0"), 90), epoch().addSecs(60));
    model.applySnapshot(key, done, epoch().addSecs(70));
    QCOMPARE(finishedSpy.size(), 1);
}

void TestTaskTableUpdates::finishNotifiedAfterDataChanged()
{
    Model model(m_clock);
    model.addTasks(tasks(2));
    const QString key = keyOf(QStringLiteral("t1"));
    QStringList order;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&] { order << QStringLiteral("dataChanged"); });
    connect(&model, &Model::taskFinished, this, [&](const QString &finishedKey, TaskState) {
        order << QStringLiteral("finished");
        // The row already shows the end when the notification goes out.
        QCOMPARE(model.data(model.index(model.rowOf(finishedKey), 0), Model::StateRole).toInt(),
                 int(TaskState::Succeeded));
    });
    model.beginUpdateBatch();
    model.applySnapshot(key, finished(QStringLiteral("t1"), TaskState::Succeeded), epoch());
    QVERIFY(order.isEmpty());
    model.endUpdateBatch();
    QCOMPARE(order, (QStringList{QStringLiteral("dataChanged"), QStringLiteral("finished")}));
}

void TestTaskTableUpdates::restoredTasksAndFinish_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("notified");
    QTest::addColumn<int>("expected");
    QTest::newRow("restored ended and notified: never again") << true << true << 0;
    QTest::newRow("restored ended, notification missed: once") << true << false << 1;
    QTest::newRow("restored running") << false << false << 0;
}

void TestTaskTableUpdates::restoredTasksAndFinish()
{
    QFETCH(bool, terminal);
    QFETCH(bool, notified);
    QFETCH(int, expected);
    Model model(m_clock);
    QSignalSpy finishedSpy(&model, &Model::taskFinished);
    WatchedTask restored = task(QStringLiteral("r1"));
    restored.snapshot = terminal ? finished(QStringLiteral("r1"), TaskState::Failed, 5, 0, 5)
                                 : running(QStringLiteral("r1"), 20);
    restored.finishNotified = notified;
    model.addTasks({restored, task(QStringLiteral("r2"))});
    QCOMPARE(finishedSpy.size(), expected);
    QCOMPARE(model.task(restored.ref.key())->finishNotified, terminal);
    // An answer after the restart that says the same never notifies again.
    if (terminal) {
        model.applySnapshot(restored.ref.key(), *restored.snapshot, epoch().addSecs(100));
        QCOMPARE(finishedSpy.size(), expected);
    }
}

void TestTaskTableUpdates::relativeTimesAnnounceOnlyMovingCells()
{
    Model model(m_clock);
    model.addTasks(tasks(4));
    model.applySnapshot(keyOf(QStringLiteral("t0")), running(QStringLiteral("t0"), 10),
                        epoch().addSecs(10));
    model.applySnapshot(keyOf(QStringLiteral("t1")),
                        finished(QStringLiteral("t1"), TaskState::Succeeded), epoch().addSecs(90));
    model.applySnapshot(keyOf(QStringLiteral("t2")), running(QStringLiteral("t2"), 10),
                        epoch().addSecs(10));
    model.applySnapshot(keyOf(QStringLiteral("t2")), running(QStringLiteral("t2"), 30),
                        epoch().addSecs(20));
    model.setNextCheck(keyOf(QStringLiteral("t2")), epoch().addSecs(40));
    m_clock.set(25'000);
    QCOMPARE(model.data(model.index(0, Model::FinishedElapsedColumn)).toString(),
             QStringLiteral("25 s"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshRelativeTimes();
    QCOMPARE(cellsOf(changed), cells({0}, {Model::FinishedElapsedColumn}) +
                                   cells({2}, {Model::FinishedElapsedColumn, Model::EtaColumn,
                                               Model::NextCheckColumn}));
    m_clock.set(85'000);
    QCOMPARE(model.data(model.index(0, Model::FinishedElapsedColumn)).toString(),
             QStringLiteral("1 min 25 s"));
    QCOMPARE(model.data(model.index(2, Model::NextCheckColumn)).toString(), QStringLiteral("now"));
}

void TestTaskTableUpdates::accountNames()
{
    Model model(m_clock);
    model.addTasks({task(QStringLiteral("a"), TaskKind::FeishuContact, QStringLiteral("acme")),
                    task(QStringLiteral("b"), TaskKind::DingTalkDoc, QStringLiteral("sub")),
                    task(QStringLiteral("c"), TaskKind::FeishuDrive, QStringLiteral("acme"))});
    QCOMPARE(model.data(model.index(0, Model::AccountColumn)).toString(), QStringLiteral("acme"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAccountNames({{QStringLiteral("acme"), QStringLiteral("ACME 总部")}});
    QCOMPARE(cellsOf(changed), cells({0, 2}, {Model::AccountColumn}));
    QCOMPARE(model.data(model.index(2, Model::AccountColumn)).toString(),
             QStringLiteral("ACME 总部"));
    QCOMPARE(model.data(model.index(1, 0), Model::AccountRole).toString(), QStringLiteral("sub"));
    changed.clear();
    model.setAccountNames({{QStringLiteral("acme"), QStringLiteral("ACME 总部")}});
    QCOMPARE(changed.size(), 0);
}

void TestTaskTableUpdates::countsFollowEveryChange_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("runningCount");
    QTest::addColumn<int>("failedOrError");
    QTest::addColumn<int>("acme");
    QTest::newRow("added") << "add" << 0 << 0 << 4;
    QTest::newRow("answered") << "answer" << 2 << 0 << 4;
    QTest::newRow("finished") << "finish" << 1 << 1 << 4;
    QTest::newRow("in error") << "error" << 0 << 2 << 4;
    QTest::newRow("one removed") << "remove" << 0 << 1 << 3;
    QTest::newRow("another account") << "other" << 0 << 1 << 3;
    QTest::newRow("cleared") << "clear" << 0 << 0 << 0;
}

void TestTaskTableUpdates::countsFollowEveryChange()
{
    QFETCH(QString, step);
    QFETCH(int, runningCount);
    QFETCH(int, failedOrError);
    QFETCH(int, acme);
    // Each row replays the steps before it, then checks the kept counts against a recount.
    const QStringList steps{QStringLiteral("add"),    QStringLiteral("answer"),
                            QStringLiteral("finish"), QStringLiteral("error"),
                            QStringLiteral("remove"), QStringLiteral("other"),
                            QStringLiteral("clear")};
    Model model(m_clock);
    for (const QString &done : steps.mid(0, steps.indexOf(step) + 1)) {
        if (done == QLatin1String("add")) {
            model.addTasks(tasks(4));
        } else if (done == QLatin1String("answer")) {
            model.applySnapshot(keyOf(QStringLiteral("t0")), running(QStringLiteral("t0"), 10),
                                epoch().addSecs(10));
            model.applySnapshot(keyOf(QStringLiteral("t1")), running(QStringLiteral("t1"), 20),
                                epoch().addSecs(10));
        } else if (done == QLatin1String("finish")) {
            model.applySnapshot(keyOf(QStringLiteral("t1")),
                                finished(QStringLiteral("t1"), TaskState::Failed),
                                epoch().addSecs(20));
        } else if (done == QLatin1String("error")) {
            model.applyError(keyOf(QStringLiteral("t0")), permissionDenied(), epoch().addSecs(30));
        } else if (done == QLatin1String("remove")) {
            model.removeTasks({keyOf(QStringLiteral("t0"))});
        } else if (done == QLatin1String("other")) {
            model.addTasks(
                {task(QStringLiteral("d1"), TaskKind::DingTalkDoc, QStringLiteral("sub"))});
        } else if (done == QLatin1String("clear")) {
            model.clear();
        }
    }
    const TaskCounts counts = TaskCounts::of(model);
    QCOMPARE(counts, TaskCounts::recount(model));
    QCOMPARE(counts.state(TaskState::Running), runningCount);
    QCOMPARE(counts.state(TaskState::Failed) + counts.state(TaskState::Error), failedOrError);
    QCOMPARE(counts.byAccount.value(QStringLiteral("acme")), acme);
    QCOMPARE(counts.total, model.rowCount());
}

QTEST_GUILESS_MAIN(TestTaskTableUpdates)
#include "tst_tasktableupdates.moc"
