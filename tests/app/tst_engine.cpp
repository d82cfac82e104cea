#include "app/engine/Engine.h"
#include "OpenPlatformSimulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The engine as the window uses it: a real SQLite file, the simulator over loopback HTTP, the
// system clock.
class tst_Engine final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void labelEditSurvivesRestart_data();
    void labelEditSurvivesRestart();
    void restartRestoresWithoutAskingAboutEndedTasks();
    void accountReplacedWhileItsTasksArePolled();
    void accountRemovedLeavesTasksWithAnError();

private:
    static inline const QString kApp = QStringLiteral("cli_engine_app");
    static inline const QString kSecret = QStringLiteral("engine-secret-1");
    static inline const QString kOtherApp = QStringLiteral("cli_engine_other");
    static inline const QString kOtherSecret = QStringLiteral("engine-secret-2");

    std::unique_ptr<Engine> makeEngine();
    Account account(const QString &appId = kApp) const;
    TaskRef ref(TaskKind kind, const QString &id, const QString &label = {}) const;
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
};

void tst_Engine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    m_simulator->addFeishuApp(kOtherApp, kOtherSecret);
    QVERIFY(m_simulator->listen() != 0);
}

std::unique_ptr<Engine> tst_Engine::makeEngine()
{
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.persistDelayMs = 50;
    auto engine = std::make_unique<Engine>(options);
    const DatabaseOpenResult opened = engine->start();
    [&] { QVERIFY2(opened.canSave(), qPrintable(opened.message)); }();
    return engine;
}

Account tst_Engine::account(const QString &appId) const
{
    Account result;
    result.id = QStringLiteral("acme");
    result.name = QStringLiteral("Acme");
    result.platform = Platform::Feishu;
    result.baseUrl = m_simulator->baseUrl().toString();
    result.appId = appId;
    return result;
}

TaskRef tst_Engine::ref(TaskKind kind, const QString &id, const QString &label) const
{
    TaskRef result;
    result.kind = kind;
    result.accountId = QStringLiteral("acme");
    result.taskId = id;
    result.label = label;
    return result;
}

bool tst_Engine::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void tst_Engine::labelEditSurvivesRestart_data()
{
    QTest::addColumn<bool>("throughTheTable");
    QTest::newRow("engine API") << false;
    QTest::newRow("table edit role (F2)") << true;
}

void tst_Engine::labelEditSurvivesRestart()
{
    QFETCH(bool, throughTheTable);
    const TaskRef task = ref(TaskKind::FeishuDrive, QStringLiteral("label-1"), QStringLiteral("a"));
    {
        auto engine = makeEngine();
        engine->setAccount(account(), kSecret);
        QCOMPARE(engine->addTasks({task}), 1);
        if (throughTheTable) {
            TaskTableModel &model = engine->tasks();
            const QModelIndex cell =
                model.index(model.rowOf(task.key()), TaskTableModel::LabelColumn);
            QVERIFY(model.setData(cell, QStringLiteral("  Import HR batch 3 "), Qt::EditRole));
        } else {
            QVERIFY(engine->setLabel(task.key(), QStringLiteral("Import HR batch 3")));
        }
    }
    auto restarted = makeEngine();
    const WatchedTask *restored = restarted->tasks().task(task.key());
    QVERIFY(restored);
    QCOMPARE(restored->ref.label, QStringLiteral("Import HR batch 3"));
    QCOMPARE(restarted->accounts().size(), 1);
    QCOMPARE(restarted->accounts().constFirst().appId, kApp);
}

void tst_Engine::restartRestoresWithoutAskingAboutEndedTasks()
{
    TaskGenerator::Spec done;
    done.kind = SimTaskKind::FeishuContact;
    done.count = 5;
    done.idPrefix = QStringLiteral("done-");
    done.minDurationMs = done.maxDurationMs = 1;
    done.total = 50;
    done.fail = 3;
    done.rows = true;
    m_simulator->generateTasks(done);
    QList<TaskRef> refs;
    for (int i = 1; i <= done.count; ++i)
        refs << ref(TaskKind::FeishuContact, QStringLiteral("done-%1").arg(i));
    QHash<QString, TaskSnapshot> seen;
    {
        auto engine = makeEngine();
        engine->setAccount(account(), kSecret);
        QSignalSpy finished(engine.get(), &Engine::taskFinished);
        engine->addTasks(refs);
        QVERIFY(waitFor([&] { return finished.size() == done.count; }));
        for (const TaskRef &r : std::as_const(refs))
            seen.insert(r.key(), *engine->tasks().task(r.key())->snapshot);
    }
    m_simulator->resetStats();
    auto restarted = makeEngine();
    // Restarted without a secret store: the secret is set again, as the keychain would.
    restarted->setAccount(account(), kSecret);
    QSignalSpy finishedAgain(restarted.get(), &Engine::taskFinished);
    for (const TaskRef &r : std::as_const(refs)) {
        const WatchedTask *task = restarted->tasks().task(r.key());
        QVERIFY(task && task->snapshot);
        QCOMPARE(*task->snapshot, seen.value(r.key()));
        QVERIFY(task->finishNotified);
    }
    QTest::qWait(1500);
    QCOMPARE(m_simulator->requestCount(), 0);
    QCOMPARE(finishedAgain.size(), 0);

    // The sub-task rows were kept by the store, read on demand.
    QList<SubtaskRow> rows;
    bool loaded = false;
    restarted->loadSubtasks(refs.first().key(), this, [&](QList<SubtaskRow> r) {
        rows = std::move(r);
        loaded = true;
    });
    QVERIFY(waitFor([&] { return loaded; }));
    QCOMPARE(rows.size(), 50);
    QCOMPARE(
        std::count_if(rows.cbegin(), rows.cend(), [](const SubtaskRow &row) { return row.failed; }),
        3);
}

void tst_Engine::accountReplacedWhileItsTasksArePolled()
{
    TaskGenerator::Spec moves;
    moves.kind = SimTaskKind::FeishuDrive;
    moves.count = 24;
    moves.idPrefix = QStringLiteral("move-");
    moves.minDurationMs = moves.maxDurationMs = 4000;
    moves.withProgress = false;
    m_simulator->generateTasks(moves);
    auto engine = makeEngine();
    engine->session().transport().setCallsPerSecond(ApiEndpoint::FeishuDriveTaskCheck, 4);
    engine->setAccount(account(), kSecret);
    QList<TaskRef> refs;
    for (int i = 1; i <= moves.count; ++i)
        refs << ref(TaskKind::FeishuDrive, QStringLiteral("move-%1").arg(i));
    SimFault hold;
    hold.kind = SimFault::Kind::Delay;
    hold.endpoint = QStringLiteral("feishu.drive");
    hold.delayMs = 1500;
    hold.count = 4;
    m_simulator->addFault(hold);
    engine->addTasks(refs);
    QVERIFY(waitFor([&] { return m_simulator->heldAnswers() == 4; }));
    QVERIFY(engine->session().transport().liveCallCount() >= 4);

    engine->setAccount(account(kOtherApp), kOtherSecret);
    const int requestsAtChange = m_simulator->requestCount();
    QVERIFY(waitFor(
        [&] {
            for (const TaskRef &r : std::as_const(refs)) {
                const WatchedTask *task = engine->tasks().task(r.key());
                if (!task || task->displayState() != TaskState::Succeeded)
                    return false;
            }
            return true;
        },
        40000));
    const QList<RecordedRequest> recent = m_simulator->recentRequests();
    qsizetype checkedAfterChange = 0;
    for (qsizetype i = requestsAtChange; i < recent.size(); ++i) {
        if (recent.at(i).endpoint == QLatin1String("feishu.drive") && recent.at(i).status != 0) {
            QCOMPARE(recent.at(i).account, kOtherApp);
            ++checkedAfterChange;
        }
    }
    QVERIFY(checkedAfterChange >= refs.size());
}

void tst_Engine::accountRemovedLeavesTasksWithAnError()
{
    m_simulator->addFault([] {
        SimFault hold;
        hold.kind = SimFault::Kind::Delay;
        hold.endpoint = QStringLiteral("feishu.drive");
        hold.delayMs = 1000;
        hold.count = -1;
        return hold;
    }());
    TaskGenerator::Spec moves;
    moves.kind = SimTaskKind::FeishuDrive;
    moves.count = 3;
    moves.idPrefix = QStringLiteral("gone-");
    moves.minDurationMs = moves.maxDurationMs = 600000;
    moves.withProgress = false;
    m_simulator->generateTasks(moves);
    auto engine = makeEngine();
    engine->setAccount(account(), kSecret);
    QList<TaskRef> refs;
    for (int i = 1; i <= moves.count; ++i)
        refs << ref(TaskKind::FeishuDrive, QStringLiteral("gone-%1").arg(i));
    engine->addTasks(refs);
    QVERIFY(waitFor([&] { return m_simulator->heldAnswers() > 0; }));
    engine->removeAccount(QStringLiteral("acme"));
    QVERIFY(engine->accounts().isEmpty());
    QVERIFY(waitFor([&] {
        for (const TaskRef &r : std::as_const(refs)) {
            const WatchedTask *task = engine->tasks().task(r.key());
            if (!task || !task->lastError ||
                task->lastError->category != ApiError::Category::Configuration)
                return false;
        }
        return true;
    }));
    QCOMPARE(engine->tasks().rowCount(), moves.count);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
