#include "models/domain/TaskKind.h"
#include "network/scheduler/RefreshSettings.h"
#include "SchedulerHarness.h"
#include "TaskGenerator.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The refresh policy end to end on simulated time: what it costs and how soon it sees the end.
class tst_RefreshScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void finishedTasksCostNothing();
    void finishIsSeenWithinTheBound_data();
    void finishIsSeenWithinTheBound();
    void finishesSeenByLookingSpreadOverTheWait();
    void learnedDriveLooksPastItsLateShare_data();
    void learnedDriveLooksPastItsLateShare();
    void firstProgressLeavesTheAgeAtTheWatch_data();
    void firstProgressLeavesTheAgeAtTheWatch();
    void learnedWatchAgeSavesTheRateLook_data();
    void learnedWatchAgeSavesTheRateLook();
    void finishTimeIsTakenOnlyInsideTheWait_data();
    void finishTimeIsTakenOnlyInsideTheWait();
    void neverTwoRequestsForOneTask();
    void budgetExhaustionStopsPolling();
    void errorsBackOffAndRecover();
    void rateLimitsHoldUnder2000DueTasks();
    void pauseAndRefreshNow();
};

namespace {

TaskGenerator::Spec spec(SimTaskKind kind, const QString &prefix, int count, qint64 durationMs,
                         bool withProgress)
{
    TaskGenerator::Spec s;
    s.kind = kind;
    s.idPrefix = prefix;
    s.count = count;
    s.minDurationMs = durationMs;
    s.maxDurationMs = durationMs;
    s.withProgress = withProgress;
    s.progressSteps = withProgress ? 50 : 0;
    s.total = 100;
    return s;
}

TaskKind kindOf(SimTaskKind kind)
{
    switch (kind) {
    case SimTaskKind::FeishuContact:
        return TaskKind::FeishuContact;
    case SimTaskKind::FeishuDrive:
        return TaskKind::FeishuDrive;
    case SimTaskKind::DingTalkStorage:
        return TaskKind::DingTalkStorage;
    case SimTaskKind::DingTalkDoc:
        break;
    }
    return TaskKind::DingTalkDoc;
}

QList<TaskRef> watchAll(SchedulerHarness &harness, const TaskGenerator::Spec &s)
{
    QList<TaskRef> refs;
    harness.platform.simulator.generateTasks(s);
    for (int i = 0; i < s.count; ++i) {
        const TaskRef ref =
            SimulatedPlatform::ref(kindOf(s.kind), s.idPrefix + QString::number(s.idStart + i));
        harness.watch(ref);
        refs << ref;
    }
    return refs;
}

QString statsKeyOf(const TaskRef &ref)
{
    return TaskKinds::id(ref.kind) + QLatin1Char('|') + ref.accountId;
}

QString watchAgeKeyOf(const TaskRef &ref)
{
    return statsKeyOf(ref) + QStringLiteral("|age-at-watch");
}

} // namespace

void tst_RefreshScheduler::finishedTasksCostNothing()
{
    SchedulerHarness harness;
    const QList<TaskRef> ended =
        watchAll(harness, spec(SimTaskKind::FeishuContact, QStringLiteral("done-"), 10, 0, true));
    // Restored from disk already finished: not even one call.
    TaskSnapshot finished;
    finished.kind = TaskKind::DingTalkDoc;
    finished.state = TaskState::Succeeded;
    for (int i = 0; i < 10; ++i) {
        finished.taskId = QStringLiteral("restored-%1").arg(i);
        harness.watch(SimulatedPlatform::ref(TaskKind::DingTalkDoc, finished.taskId), finished);
    }
    harness.runFor(3600 * 1000, 5000);
    for (const TaskRef &ref : ended) {
        QCOMPARE(harness.calls.value(ref.key()), 1);
        QCOMPARE(harness.lastState.value(ref.key()), TaskState::Succeeded);
        QVERIFY(!harness.scheduler.nextCheck(ref.key()).isValid());
    }
    QCOMPARE(harness.platform.simulator.requestCount(SimEndpoint::DingTalkDocTask), 0);
    QCOMPARE(harness.platform.simulator.requestCount(SimEndpoint::FeishuContactTask), 10);
}

void tst_RefreshScheduler::finishIsSeenWithinTheBound_data()
{
    QTest::addColumn<SimTaskKind>("kind");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<bool>("withProgress");
    QTest::addColumn<qint64>("boundMs");
    QTest::addColumn<int>("maxCalls");

    // With progress: past the predicted finish by no more than its error and the delay one call
    // is worth (doc gives no creation time, so its first rate needs a second look).
    QTest::newRow("contact 10 s") << SimTaskKind::FeishuContact << qint64(10000) << true
                                  << qint64(5000) << 4;
    QTest::newRow("contact 60 s") << SimTaskKind::FeishuContact << qint64(60000) << true
                                  << qint64(10000) << 4;
    QTest::newRow("storage 90 s") << SimTaskKind::DingTalkStorage << qint64(90000) << true
                                  << qint64(10000) << 5;
    QTest::newRow("doc 45 s") << SimTaskKind::DingTalkDoc << qint64(45000) << true << qint64(15000)
                              << 4;
    // Without progress and nothing known about the kind: never staler than the longest blind
    // wait, and no series of early checks.
    const qint64 blindMs = RefreshSettings{}.noProgressMaxIntervalMs;
    QTest::newRow("drive 6 s") << SimTaskKind::FeishuDrive << qint64(6000) << false << blindMs << 2;
    QTest::newRow("drive 30 s") << SimTaskKind::FeishuDrive << qint64(30000) << false << blindMs
                                << 4;
    QTest::newRow("drive 90 s") << SimTaskKind::FeishuDrive << qint64(90000) << false << blindMs
                                << 8;
}

void tst_RefreshScheduler::finishIsSeenWithinTheBound()
{
    QFETCH(SimTaskKind, kind);
    QFETCH(qint64, durationMs);
    QFETCH(bool, withProgress);
    QFETCH(qint64, boundMs);
    QFETCH(int, maxCalls);
    SchedulerHarness harness;
    const TaskRef ref =
        watchAll(harness, spec(kind, QStringLiteral("t-"), 1, durationMs, withProgress)).first();
    harness.runFor(durationMs + 120000);
    QVERIFY2(harness.detectedAtMs.contains(ref.key()), "the end was never seen");
    const qint64 delay = harness.detectedAtMs.value(ref.key()) - durationMs;
    const int calls = harness.calls.value(ref.key());
    qInfo("finished at %lld ms, seen %lld ms later, %d calls", durationMs, delay, calls);
    QVERIFY(delay >= 0);
    QVERIFY2(delay <= boundMs, qPrintable(QStringLiteral("seen %1 ms late").arg(delay)));
    QVERIFY2(calls <= maxCalls, qPrintable(QStringLiteral("%1 calls").arg(calls)));
}

void tst_RefreshScheduler::finishesSeenByLookingSpreadOverTheWait()
{
    // Eight drive tasks of 20 s watched together, knowing nothing: all are seen done at the
    // same look, one blind wait after the one that still saw them running.
    SchedulerHarness harness;
    const QList<TaskRef> refs =
        watchAll(harness, spec(SimTaskKind::FeishuDrive, QStringLiteral("d-"), 8, 20000, false));
    const qint64 waitMs = harness.scheduler.settings().noProgressMaxIntervalMs;
    harness.runFor(3 * waitMs);
    const QString key =
        TaskKinds::id(TaskKind::FeishuDrive) + QLatin1Char('|') + refs.first().accountId;
    const QList<qint64> recorded = harness.scheduler.durationStats().durationsMs(key);
    QCOMPARE(recorded.size(), refs.size());
    QSet<qint64> distinct;
    for (qint64 durationMs : recorded) {
        QVERIFY2(durationMs >= waitMs && durationMs <= 2 * waitMs,
                 qPrintable(QString::number(durationMs)));
        distinct.insert(durationMs);
    }
    // Not all at the middle of the wait: the statistics must not pile up between the looks.
    QVERIFY2(distinct.size() >= refs.size() / 2, qPrintable(QString::number(distinct.size())));
}

void tst_RefreshScheduler::learnedDriveLooksPastItsLateShare_data()
{
    QTest::addColumn<bool>("learned");
    QTest::addColumn<double>("lateShare");
    QTest::addColumn<qint64>("firstWaitMs");

    const RefreshSettings defaults;
    // Finished drive tasks of the account took 10, 20, ..., 100 s; 11 % ended by 19.9 s.
    QTest::newRow("learned: 15 s past the earliest 11 %")
        << true << defaults.noProgressLateShare << qint64(34900);
    QTest::newRow("learned, no late share: no longer than the learned cap")
        << true << 0.0 << defaults.learnedNoProgressMaxIntervalMs;
    QTest::newRow("nothing learned: the blind wait")
        << false << defaults.noProgressLateShare << defaults.noProgressMaxIntervalMs;
}

void tst_RefreshScheduler::learnedDriveLooksPastItsLateShare()
{
    QFETCH(bool, learned);
    QFETCH(double, lateShare);
    QFETCH(qint64, firstWaitMs);
    SchedulerHarness harness;
    RefreshSettings settings;
    settings.noProgressLateShare = lateShare;
    harness.scheduler.setSettings(settings);
    const TaskRef ref =
        SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("d-1")); // account of spec()
    if (learned) {
        QList<qint64> durations;
        for (int i = 1; i <= 10; ++i)
            durations << i * 10000;
        harness.scheduler.durationStats().setSamples(
            {{TaskKinds::id(TaskKind::FeishuDrive) + QLatin1Char('|') + ref.accountId, durations}});
    }
    const QList<TaskRef> refs =
        watchAll(harness, spec(SimTaskKind::FeishuDrive, QStringLiteral("d-"), 1, 80000, false));
    QCOMPARE(refs.first().key(), ref.key());
    harness.runFor(0);
    QCOMPARE(harness.calls.value(ref.key()), 1);
    const qint64 wallNow = harness.platform.clock().wallMsSinceEpoch();
    const qint64 waitMs = harness.scheduler.nextCheck(ref.key()).toMSecsSinceEpoch() - wallNow;
    if (lateShare > 0 || !learned)
        QCOMPARE(waitMs, firstWaitMs);
    else
        QVERIFY2(waitMs >= settings.minIntervalMs && waitMs <= firstWaitMs,
                 qPrintable(QString::number(waitMs)));

    // Past that first wait, never staler than a late finish: an 80 s task is seen within the
    // learned cap of its end.
    harness.runFor(80000 + 2 * settings.noProgressMaxIntervalMs);
    QVERIFY(harness.detectedAtMs.contains(ref.key()));
    const qint64 delay = harness.detectedAtMs.value(ref.key()) - 80000;
    QVERIFY2(delay >= 0 && delay <= settings.learnedNoProgressMaxIntervalMs + 250,
             qPrintable(QString::number(delay)));
}

void tst_RefreshScheduler::firstProgressLeavesTheAgeAtTheWatch_data()
{
    QTest::addColumn<SimTaskKind>("kind");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<bool>("recordsAge");

    // Watched 3 s after the start. Doc gives no creation time: its first progress and its finish
    // tell how old it was (a little less: progress is rounded down).
    QTest::newRow("doc 20 s") << SimTaskKind::DingTalkDoc << qint64(20000) << true;
    QTest::newRow("doc 40 s") << SimTaskKind::DingTalkDoc << qint64(40000) << true;
    QTest::newRow("doc 70 s") << SimTaskKind::DingTalkDoc << qint64(70000) << true;
    // With a creation time there is nothing to learn.
    QTest::newRow("storage 40 s") << SimTaskKind::DingTalkStorage << qint64(40000) << false;
    QTest::newRow("contact 40 s") << SimTaskKind::FeishuContact << qint64(40000) << false;
}

void tst_RefreshScheduler::firstProgressLeavesTheAgeAtTheWatch()
{
    QFETCH(SimTaskKind, kind);
    QFETCH(qint64, durationMs);
    QFETCH(bool, recordsAge);
    SchedulerHarness harness;
    const TaskGenerator::Spec s = spec(kind, QStringLiteral("a-"), 1, durationMs, true);
    harness.platform.simulator.generateTasks(s);
    harness.platform.advance(3000);
    const TaskRef ref = SimulatedPlatform::ref(kindOf(kind), QStringLiteral("a-1"));
    harness.watch(ref);
    harness.runFor(durationMs + 60000);
    QVERIFY(harness.detectedAtMs.contains(ref.key()));
    const QList<qint64> ages = harness.scheduler.durationStats().durationsMs(watchAgeKeyOf(ref));
    if (!recordsAge) {
        QVERIFY(ages.isEmpty());
        return;
    }
    QCOMPARE(ages.size(), 1);
    QVERIFY2(ages.first() > 500 && ages.first() <= 3500, qPrintable(QString::number(ages.first())));
    // Kept with the durations, so the CLI's cache and the window's store carry it across runs.
    QVERIFY(harness.scheduler.durationStats().samples().contains(watchAgeKeyOf(ref)));
}

void tst_RefreshScheduler::learnedWatchAgeSavesTheRateLook_data()
{
    QTest::addColumn<bool>("learned");
    QTest::addColumn<int>("expectedCalls");

    // A doc task of 30 s watched at 3 s shows 9 %. Knowing nothing, a second look measures the
    // rate and a third sees the end; knowing its kind is watched at about 3 s, the second look is
    // aimed at the finish.
    QTest::newRow("nothing learned: a look to measure the rate") << false << 3;
    QTest::newRow("age at the watch learned: aimed at the finish") << true << 2;
}

void tst_RefreshScheduler::learnedWatchAgeSavesTheRateLook()
{
    QFETCH(bool, learned);
    QFETCH(int, expectedCalls);
    SchedulerHarness harness;
    const TaskRef ref = SimulatedPlatform::ref(TaskKind::DingTalkDoc, QStringLiteral("w-1"));
    if (learned)
        harness.scheduler.durationStats().setSamples(
            {{watchAgeKeyOf(ref), QList<qint64>(6, 3000)}});
    harness.platform.simulator.generateTasks(
        spec(SimTaskKind::DingTalkDoc, QStringLiteral("w-"), 1, 30000, true));
    harness.platform.advance(3000);
    harness.watch(ref);
    harness.runFor(90000);
    QVERIFY(harness.detectedAtMs.contains(ref.key()));
    const qint64 delay = harness.detectedAtMs.value(ref.key()) - 30000;
    QCOMPARE(harness.calls.value(ref.key()), expectedCalls);
    QVERIFY2(delay >= 0 && delay <= 15000, qPrintable(QString::number(delay)));
}

void tst_RefreshScheduler::finishTimeIsTakenOnlyInsideTheWait_data()
{
    QTest::addColumn<bool>("isoSeconds");

    // A storage task of 115 s from a creation time on a whole minute. Its endTime without seconds
    // reads 60 s, before the look that last saw it running (at most the longest interval, 60 s,
    // after the second): the finish is placed in the wait instead. With seconds it is taken as it
    // is.
    QTest::newRow("endTime without seconds") << false;
    QTest::newRow("endTime with seconds") << true;
}

void tst_RefreshScheduler::finishTimeIsTakenOnlyInsideTheWait()
{
    QFETCH(bool, isoSeconds);
    SchedulerHarness harness;
    TaskGenerator::Spec s =
        spec(SimTaskKind::DingTalkStorage, QStringLiteral("e-"), 1, 115000, true);
    s.isoSeconds = isoSeconds;
    const TaskRef ref = watchAll(harness, s).first();
    harness.runFor(200000);
    QVERIFY(harness.detectedAtMs.contains(ref.key()));
    const QList<qint64> recorded = harness.scheduler.durationStats().durationsMs(statsKeyOf(ref));
    QCOMPARE(recorded.size(), 1);
    if (isoSeconds)
        QCOMPARE(recorded.first(), 115000);
    else
        QVERIFY2(recorded.first() > 110000 &&
                     recorded.first() <= harness.detectedAtMs.value(ref.key()),
                 qPrintable(QString::number(recorded.first())));
}

void tst_RefreshScheduler::neverTwoRequestsForOneTask()
{
    SchedulerHarness harness;
    const TaskRef ref =
        watchAll(harness, spec(SimTaskKind::FeishuDrive, QStringLiteral("slow-"), 1, 60000, false))
            .first();
    SimFault slow;
    slow.kind = SimFault::Kind::Delay;
    slow.endpoint = QStringLiteral("feishu.drive");
    slow.delayMs = 300;
    slow.count = -1;
    harness.platform.simulator.addFault(slow);
    harness.scheduler.tick();
    QCOMPARE(harness.scheduler.inFlightCount(), 1);
    for (int i = 0; i < 10; ++i) {
        harness.scheduler.refreshNow({ref.key()});
        harness.platform.advance(5000);
        harness.scheduler.tick();
        QCOMPARE(harness.scheduler.inFlightCount(), 1);
    }
    harness.settle();
    QCOMPARE(harness.platform.simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck), 1);
}

void tst_RefreshScheduler::budgetExhaustionStopsPolling()
{
    SchedulerHarness harness;
    QSignalSpy exhausted(&harness.scheduler, &RefreshScheduler::budgetExhausted);
    QSignalSpy restored(&harness.scheduler, &RefreshScheduler::budgetRestored);
    const QList<TaskRef> refs =
        watchAll(harness, spec(SimTaskKind::FeishuDrive, QStringLiteral("never-"), 3,
                               24 * 3600 * 1000, false));
    // Contact calls are not metered: they go on whatever the budget.
    const QList<TaskRef> contact = watchAll(
        harness, spec(SimTaskKind::FeishuContact, QStringLiteral("c-"), 1, 24 * 3600 * 1000, true));
    harness.scheduler.setMonthlyBudget(QStringLiteral("feishu-main"), 20);
    harness.runFor(3600 * 1000, 1000);

    QCOMPARE(harness.platform.simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck), 20);
    QCOMPARE(exhausted.count(), 1);
    QVERIFY(exhausted.first().at(1).toString().contains(QStringLiteral("20")));
    for (const TaskRef &ref : refs)
        QVERIFY(!harness.scheduler.nextCheck(ref.key()).isValid());
    QVERIFY(harness.calls.value(contact.first().key()) > 20);

    harness.scheduler.setMonthlyBudget(QStringLiteral("feishu-main"), 40);
    QCOMPARE(restored.count(), 1);
    harness.runFor(60000, 1000);
    QVERIFY(harness.platform.simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck) > 20);
}

void tst_RefreshScheduler::errorsBackOffAndRecover()
{
    SchedulerHarness harness;
    const TaskRef ref =
        watchAll(harness, spec(SimTaskKind::DingTalkDoc, QStringLiteral("e-"), 1, 300000, true))
            .first();
    harness.runFor(1000);
    SimFault down;
    down.kind = SimFault::Kind::ServerError;
    down.endpoint = QStringLiteral("dingtalk.doc");
    down.count = -1;
    harness.platform.simulator.addFault(down);
    const int before = harness.platform.simulator.requestCount(SimEndpoint::DingTalkDocTask);
    harness.runFor(10 * 60 * 1000, 1000);
    const int duringOutage =
        harness.platform.simulator.requestCount(SimEndpoint::DingTalkDocTask) - before;
    qInfo("%d requests during a 10 minute outage", duringOutage);
    QVERIFY(harness.errors.value(ref.key()) >= 3);
    // Each failed check is up to four sends; the checks themselves back off towards a minute.
    QVERIFY2(duringOutage <= 4 * 16, qPrintable(QString::number(duringOutage)));
    harness.platform.simulator.clearFaults();
    harness.runFor(5 * 60 * 1000, 1000);
    QCOMPARE(harness.lastState.value(ref.key()), TaskState::Succeeded);
}

void tst_RefreshScheduler::rateLimitsHoldUnder2000DueTasks()
{
    SchedulerHarness harness;
    harness.platform.simulator.setRecentCapacity(10000);
    watchAll(harness,
             spec(SimTaskKind::FeishuDrive, QStringLiteral("d-"), 1000, 3600 * 1000, false));
    watchAll(harness,
             spec(SimTaskKind::DingTalkDoc, QStringLiteral("c-"), 1000, 3600 * 1000, true));
    harness.runFor(300 * 1000, 250);
    QCOMPARE(harness.platform.simulator.rateLimitedCount(), 0);
    const int drive = harness.platform.simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck);
    const int doc = harness.platform.simulator.requestCount(SimEndpoint::DingTalkDocTask);
    qInfo("in 300 s: %d drive checks (limit 5/s), %d doc checks (limit 20/s)", drive, doc);
    // Close to the limit, not far below it: the backlog is worked off as fast as allowed.
    QVERIFY(drive >= 5 * 300 * 7 / 10);
    QVERIFY(doc >= 1000);

    // Measured at the platform's side: no one-second window holds more than the limit.
    QHash<QString, QList<qint64>> arrivals;
    for (const RecordedRequest &request : harness.platform.simulator.recentRequests())
        arrivals[request.endpoint] << request.atMs;
    const QHash<QString, int> limits{{QStringLiteral("feishu.drive"), 5},
                                     {QStringLiteral("dingtalk.doc"), 20}};
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        QList<qint64> times = arrivals.value(it.key());
        QVERIFY(times.size() >= 1000);
        std::sort(times.begin(), times.end());
        for (qsizetype i = it.value(); i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - it.value()] >= 1000, qPrintable(it.key()));
    }
}

void tst_RefreshScheduler::pauseAndRefreshNow()
{
    SchedulerHarness harness;
    const TaskRef ref =
        watchAll(harness, spec(SimTaskKind::FeishuContact, QStringLiteral("p-"), 1, 0, true))
            .first();
    harness.scheduler.pause();
    harness.runFor(60000, 1000);
    QCOMPARE(harness.calls.value(ref.key()), 0);
    harness.scheduler.resume();
    harness.runFor(5000, 1000);
    QCOMPARE(harness.calls.value(ref.key()), 1);
    harness.runFor(60000, 1000);
    QCOMPARE(harness.calls.value(ref.key()), 1); // finished: no more
    harness.scheduler.refreshNow({ref.key()});
    harness.runFor(1000, 1000);
    QCOMPARE(harness.calls.value(ref.key()), 2); // unless asked
}

QTEST_GUILESS_MAIN(tst_RefreshScheduler)
#include "tst_refreshscheduler.moc"
