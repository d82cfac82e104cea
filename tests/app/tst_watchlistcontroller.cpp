#include "network/clients/ApiSession.h"
#include "models/domain/Clock.h"
#include "OpenPlatformSimulator.h"
#include "models/persistence/WatchListStore.h"
#include "network/scheduler/RefreshScheduler.h"
#include "models/watchlist/TaskTableModel.h"
#include "app/engine/WatchListController.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The watch list end to end: paste, poll, finish, save, restart — over real HTTP.
class tst_WatchListController final : public QObject
{
    Q_OBJECT

private slots:
    void survivesARestartWithoutRepeatingItself();
};

namespace {

const QString kSecret = QStringLiteral("controller-secret");

// One running instance of the monitor's engine.
struct Instance
{
    Instance(const QString &storePath, const QUrl &baseUrl)
        : session(network, clock)
        , scheduler(session, clock)
        , model(clock)
        , store(storePath)
        , controller(session, scheduler, model, store, clock)
    {
        RefreshSettings fast;
        fast.minIntervalMs = 200;
        fast.maxIntervalMs = 1000;
        fast.noProgressMaxIntervalMs = 500;
        scheduler.setSettings(fast);
        account.id = QStringLiteral("acme");
        account.name = QStringLiteral("Acme 飞书");
        account.platform = Platform::Feishu;
        account.baseUrl = baseUrl.toString();
        account.appId = QStringLiteral("cli_controller");
    }

    TaskState state(const QString &key) const
    {
        const WatchedTask *task = model.task(key);
        return task ? task->displayState() : TaskState::Unknown;
    }

    SystemClock clock;
    QNetworkAccessManager network;
    ApiSession session;
    RefreshScheduler scheduler;
    TaskTableModel model;
    WatchListStore store;
    WatchListController controller;
    Account account;
};

int requestsFor(const OpenPlatformSimulator &simulator, const QString &taskId)
{
    int count = 0;
    for (const RecordedRequest &request : simulator.recentRequests())
        count += request.taskId == taskId ? 1 : 0;
    return count;
}

} // namespace

void tst_WatchListController::survivesARestartWithoutRepeatingItself()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));

    OpenPlatformSimulator simulator;
    simulator.setRecentCapacity(5000);
    simulator.addFeishuApp(QStringLiteral("cli_controller"), kSecret);
    SimTask import;
    import.kind = SimTaskKind::FeishuContact;
    import.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    import.steps = {
        SimTaskStep{0, { {QStringLiteral("status"), 1},
                         {QStringLiteral("progress"), 10},
                         { QStringLiteral("total_num"),
                           50 } }},
        SimTaskStep{1500,
                    { {QStringLiteral("status"), 9},
                      {QStringLiteral("progress"), 100},
                      {QStringLiteral("success_num"), 13},
                      { QStringLiteral("fail_num"),
                        37 } }},
    };
    simulator.addTask(import);
    SimTask move;
    move.kind = SimTaskKind::FeishuDrive;
    move.id = QStringLiteral("7360595374803812356");
    move.steps = {SimTaskStep{0, {{QStringLiteral("status"), QStringLiteral("process")}}}};
    simulator.addTask(move);
    QVERIFY(simulator.listen() != 0);

    TaskRef importRef;
    importRef.kind = TaskKind::FeishuContact;
    importRef.accountId = QStringLiteral("acme");
    importRef.taskId = import.id;
    importRef.label = QStringLiteral("新员工导入 第 3 批");
    TaskRef moveRef = importRef;
    moveRef.kind = TaskKind::FeishuDrive;
    moveRef.taskId = move.id;
    moveRef.label.clear();

    {
        Instance first(path, simulator.baseUrl());
        QCOMPARE(first.controller.restore({}).status, WatchListLoadResult::Status::NoFile);
        first.controller.setAccount(first.account, kSecret);
        QSignalSpy finished(&first.controller, &WatchListController::taskFinished);
        QCOMPARE(first.controller.addTasks({importRef, moveRef}), 2);
        QCOMPARE(first.controller.addTasks({importRef}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(first.state(importRef.key()), TaskState::PartiallyFailed, 15000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toString(), importRef.key());
        QCOMPARE(first.state(moveRef.key()), TaskState::Running);
        QVERIFY(first.model.task(importRef.key())->callsSpent >= 2);
        QVERIFY(first.store.saveNow());
    }
    const int importRequests = requestsFor(simulator, import.id);
    const int moveRequests = requestsFor(simulator, move.id);

    // A second start of the monitor: the list is back at once, the finished import is not asked
    // about again and not announced again; the running move goes on being watched.
    Instance second(path, simulator.baseUrl());
    QSignalSpy finishedAgain(&second.controller, &WatchListController::taskFinished);
    const WatchListLoadResult loaded = second.controller.restore([](const Account &account) {
        return account.appId == QLatin1String("cli_controller") ? kSecret : QString();
    });
    QCOMPARE(loaded.status, WatchListLoadResult::Status::Loaded);
    QCOMPARE(second.model.rowCount(), 2);
    QCOMPARE(second.state(importRef.key()), TaskState::PartiallyFailed);
    QCOMPARE(second.model.task(importRef.key())->ref.label, importRef.label);
    QCOMPARE(second.model.task(importRef.key())->snapshot->failed.value(), 37);
    QCOMPARE(second.controller.accounts().size(), 1);
    QVERIFY(second.session.transport().ledger().calls(second.session.transport().currentMonth(),
                                                      QStringLiteral("acme")) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor(simulator, move.id) > moveRequests, 10000);
    QTest::qWait(1500);
    QCOMPARE(requestsFor(simulator, import.id), importRequests);
    QCOMPARE(finishedAgain.count(), 0);

    // Removing a task stops its polling and forgets it across restarts.
    second.controller.removeTasks({moveRef.key()});
    QVERIFY(second.store.saveNow());
    const int afterRemoval = requestsFor(simulator, move.id);
    QTest::qWait(1200);
    QCOMPARE(requestsFor(simulator, move.id), afterRemoval);
    QCOMPARE(second.controller.data().tasks.size(), 1);
}

QTEST_GUILESS_MAIN(tst_WatchListController)
#include "tst_watchlistcontroller.moc"
