#include "models/domain/TaskHistory.h"
#include "network/scheduler/DurationStats.h"
#include "network/scheduler/RefreshPolicy.h"

#include <QTest>

namespace {

constexpr qint64 kNow = 1'767'225'600'000;

RefreshInput running(std::optional<double> progress, qint64 createdAgoMs)
{
    RefreshInput input;
    input.kind = TaskKind::FeishuContact;
    input.state = TaskState::Running;
    input.progress = progress;
    input.nowMs = kNow;
    input.createdAtMs = createdAgoMs > 0 ? kNow - createdAgoMs : 0;
    input.watchedSinceMs = kNow - 1000;
    return input;
}

} // namespace

Q_DECLARE_METATYPE(RefreshInput)

class tst_RefreshPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void interval_data();
    void interval();
    void errorsBackOffWithJitter_data();
    void errorsBackOffWithJitter();
    void historyRateIsPreferred();
    void firstSampleRateNeedsRecentCreation_data();
    void firstSampleRateNeedsRecentCreation();
    void inspectionLooksWhereFinishesAre_data();
    void inspectionLooksWhereFinishesAre();
    void inspectionTradesCallsForDelay();
    void lateWindowEnd_data();
    void lateWindowEnd();
    void noProgressLooksPastLateWindow_data();
    void noProgressLooksPastLateWindow();
    void impliedAgeAtFirstCheck_data();
    void impliedAgeAtFirstCheck();
    void learnedWatchAge_data();
    void learnedWatchAge();
    void firstSampleRateFromLearnedWatchAge_data();
    void firstSampleRateFromLearnedWatchAge();
    void durationQuantiles();
    void samplesRoundTrip();
};

void tst_RefreshPolicy::interval_data()
{
    QTest::addColumn<RefreshInput>("input");
    QTest::addColumn<qint64>("expected"); // -1: no further check

    const RefreshSettings settings; // 2 s .. 60 s

    for (TaskState terminal :
         {TaskState::Succeeded, TaskState::PartiallyFailed, TaskState::Failed}) {
        RefreshInput input = running(100.0, 10000);
        input.state = terminal;
        QTest::newRow(qPrintable(TaskStates::id(terminal) + QStringLiteral(" costs nothing")))
            << input << qint64(-1);
    }
    {
        RefreshInput input = running(std::nullopt, 0);
        input.state = TaskState::Unknown;
        QTest::newRow("unknown polls slowly") << input << settings.maxIntervalMs;
        input.state = TaskState::NotFound;
        QTest::newRow("not found polls slowly") << input << settings.maxIntervalMs;
    }
    // 50 % after 10 s: 5 %/s, 10 s left, sure to within 7 %: just past the latest plausible
    // finish.
    QTest::newRow("near finish: just after it") << running(50.0, 10000) << qint64(11450);
    // 10 % after 10 s: 90 s left; capped at the longest interval.
    QTest::newRow("far from finish: capped") << running(10.0, 10000) << qint64(60000);
    // 40 % after 20 s: 2 %/s, 30 s left, sure to within 5 %.
    QTest::newRow("far from finish: aimed past it") << running(40.0, 20000) << qint64(32250);
    // 5 % after 2 s: 2.5 %/s, 38 s left, but only sure to within 45 %: look when the finish
    // first becomes plausible, plus the delay one call is worth (1 / 0.095 calls per s: 10.5 s).
    QTest::newRow("uncertain estimate: earliest plausible finish")
        << running(5.0, 2000) << qint64(31426);
    // 99 % after 99 s: 1 s left, but never sooner than the shortest interval.
    QTest::newRow("never below the shortest interval") << running(99.0, 99000) << qint64(2000);
    QTest::newRow("no progress, nothing known: the longest blind wait")
        << running(std::nullopt, 0) << settings.noProgressMaxIntervalMs;
    {
        RefreshInput input = running(std::nullopt, 0);
        input.lastIntervalMs = settings.noProgressMaxIntervalMs;
        QTest::newRow("no progress: no blind series") << input << settings.noProgressMaxIntervalMs;
        input.lastIntervalMs = 50000;
        QTest::newRow("no progress: never staler than the blind wait")
            << input << settings.noProgressMaxIntervalMs;
    }
    // 0 % at the first look: the rate is unknown, so one look at the task's age, when its
    // progress will have moved, instead of a series of blind ones.
    QTest::newRow("0 % first: one look at its age") << running(0.0, 5000) << qint64(5000);
    QTest::newRow("0 % first, just created: twice the shortest")
        << running(0.0, 1000) << qint64(4000);
    // A task created two days ago and still at 20 % says nothing about the next minute.
    QTest::newRow("creation long ago: no rate from it")
        << running(20.0, 2LL * 24 * 3600 * 1000) << settings.noProgressMaxIntervalMs;
    {
        RefreshInput input = running(std::nullopt, 5000);
        input.kind = TaskKind::FeishuDrive;
        input.finishedDurationsMs = {60000, 61000, 62000, 63000, 64000, 65000};
        // Far before every finish of its kind: until lateDelayMs past the moment 10 % of them
        // had ended (60.5 s of age), but no longer than the longest interval.
        QTest::newRow("statistics: far from the usual finish, the longest interval")
            << input << settings.maxIntervalMs;
        RefreshInput old = running(std::nullopt, 300000);
        old.kind = TaskKind::FeishuDrive;
        old.finishedDurationsMs = {200000, 210000, 220000};
        QTest::newRow("statistics: task outlived them all, blind again")
            << old << settings.noProgressMaxIntervalMs;
        input.finishedDurationsMs = {20000, 30000, 40000, 50000, 60000};
        QTest::newRow("statistics: five durations are no distribution yet")
            << input << settings.noProgressMaxIntervalMs;
    }
    {
        RefreshInput input = running(std::nullopt, 0);
        input.kind = TaskKind::FeishuReport;
        input.reportWindowEndMs = kNow + 5000;
        QTest::newRow("report: one look after the window closes") << input << qint64(5750);
        input.reportWindowEndMs = kNow + 7LL * 24 * 3600 * 1000;
        QTest::newRow("report: open window, slow interval") << input << settings.reportIntervalMs;
    }
    {
        RefreshInput input = running(50.0, 10000);
        input.budgetStretch = 3.0;
        QTest::newRow("low budget stretches") << input << qint64(34350);
        input = running(std::nullopt, 0);
        input.budgetStretch = 5.0;
        QTest::newRow("low budget may pass the longest interval")
            << input << 5 * settings.noProgressMaxIntervalMs;
    }
}

void tst_RefreshPolicy::interval()
{
    QFETCH(RefreshInput, input);
    QFETCH(qint64, expected);
    const std::optional<qint64> actual = RefreshPolicy::nextIntervalMs(input, RefreshSettings{});
    QCOMPARE(actual.value_or(-1), expected);
}

void tst_RefreshPolicy::errorsBackOffWithJitter_data()
{
    QTest::addColumn<int>("errors");
    QTest::addColumn<qint64>("nominal");

    QTest::newRow("first error") << 1 << qint64(4000);
    QTest::newRow("second error") << 2 << qint64(8000);
    QTest::newRow("fourth error") << 4 << qint64(32000);
    QTest::newRow("many errors: capped") << 30 << qint64(60000);
}

void tst_RefreshPolicy::errorsBackOffWithJitter()
{
    QFETCH(int, errors);
    QFETCH(qint64, nominal);
    RefreshInput input = running(50.0, 10000);
    input.state = TaskState::Error;
    input.errorCategory = ApiError::Category::ServerError;
    input.consecutiveErrors = errors;
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i) {
        const qint64 interval = RefreshPolicy::nextIntervalMs(input, RefreshSettings{}).value();
        QVERIFY(interval >= nominal * 8 / 10);
        QVERIFY(interval <= nominal * 12 / 10);
        seen.insert(interval);
    }
    QVERIFY2(seen.size() > 1, "errors of many tasks must not retry in lockstep");
}

void tst_RefreshPolicy::historyRateIsPreferred()
{
    TaskHistory history;
    // 1 %/s measured, although the creation time would suggest 5 %/s.
    for (int i = 0; i <= 10; ++i)
        history.append(HistorySample{kNow - (10 - i) * 1000, 40.0 + i, std::nullopt, std::nullopt,
                                     std::nullopt});
    RefreshInput input = running(50.0, 10000);
    input.history = &history;
    const auto rate = RefreshPolicy::progressRate(input);
    QVERIFY(rate.has_value());
    QVERIFY(qAbs(*rate - 1.0) < 0.2);
}

void tst_RefreshPolicy::firstSampleRateNeedsRecentCreation_data()
{
    QTest::addColumn<qint64>("createdAgoMs");
    QTest::addColumn<bool>("hasRate");

    QTest::newRow("3 s ago") << qint64(3000) << true;
    QTest::newRow("10 min ago") << qint64(10 * 60 * 1000) << true;
    QTest::newRow("an hour ago") << qint64(3600 * 1000) << false;
    QTest::newRow("days ago") << qint64(3LL * 24 * 3600 * 1000) << false;
    QTest::newRow("no creation time") << qint64(0) << false;
}

void tst_RefreshPolicy::firstSampleRateNeedsRecentCreation()
{
    QFETCH(qint64, createdAgoMs);
    QFETCH(bool, hasRate);
    QCOMPARE(RefreshPolicy::progressRate(running(20.0, createdAgoMs)).has_value(), hasRate);

    // Two samples that moved are trusted whatever the creation time says.
    TaskHistory history;
    history.append(HistorySample{kNow - 5000, 10.0, std::nullopt, std::nullopt, std::nullopt});
    history.append(HistorySample{kNow, 20.0, std::nullopt, std::nullopt, std::nullopt});
    RefreshInput input = running(20.0, createdAgoMs);
    input.history = &history;
    QCOMPARE(RefreshPolicy::progressRate(input).value(), 2.0);
}

void tst_RefreshPolicy::inspectionLooksWhereFinishesAre_data()
{
    QTest::addColumn<QList<qint64>>("durations");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<qint64>("atLeastMs");
    QTest::addColumn<qint64>("atMostMs");

    const QList<qint64> aroundMinute = {55000, 58000, 60000, 61000, 62000, 65000};
    QTest::newRow("long before every finish: the longest wait")
        << aroundMinute << qint64(0) << qint64(20000) << qint64(20000);
    QTest::newRow("inside the usual finishes: looks densely")
        << aroundMinute << qint64(58000) << qint64(2000) << qint64(10000);
    QTest::newRow("just before the usual finishes: into them, not past them")
        << aroundMinute << qint64(50000) << qint64(4000) << qint64(14000);
    const QList<qint64> spread = {6000, 20000, 35000, 50000, 65000, 80000, 90000};
    QTest::newRow("spread durations: never past the longest wait")
        << spread << qint64(0) << qint64(2000) << qint64(20000);
}

void tst_RefreshPolicy::inspectionLooksWhereFinishesAre()
{
    QFETCH(QList<qint64>, durations);
    QFETCH(qint64, ageMs);
    QFETCH(qint64, atLeastMs);
    QFETCH(qint64, atMostMs);
    const std::optional<qint64> wait =
        RefreshPolicy::inspectionIntervalMs(durations, ageMs, 2000, 20000, 0.125);
    QVERIFY(wait.has_value());
    QVERIFY2(*wait >= atLeastMs && *wait <= atMostMs, qPrintable(QString::number(*wait)));
}

void tst_RefreshPolicy::inspectionTradesCallsForDelay()
{
    const QList<qint64> durations = {10000, 25000, 40000, 55000, 70000, 85000};
    const qint64 patient =
        RefreshPolicy::inspectionIntervalMs(durations, 10000, 2000, 60000, 0.02).value();
    const qint64 eager =
        RefreshPolicy::inspectionIntervalMs(durations, 10000, 2000, 60000, 2.0).value();
    QVERIFY2(patient > eager, qPrintable(QStringLiteral("%1 vs %2").arg(patient).arg(eager)));
    QVERIFY(eager >= 2000);
    QVERIFY(!RefreshPolicy::inspectionIntervalMs(durations, 200000, 2000, 60000, 0.125));
}

void tst_RefreshPolicy::lateWindowEnd_data()
{
    QTest::addColumn<qint64>("watchAgeMs");
    QTest::addColumn<double>("share");
    QTest::addColumn<qint64>("expected"); // -1: no window

    // Finished tasks of the kind took 10, 20, ..., 100 s.
    QTest::newRow("watched from the start: 10 % ended by 19 s")
        << qint64(0) << 0.10 << qint64(19000);
    QTest::newRow("a larger share: a later end") << qint64(0) << 0.20 << qint64(28000);
    // Of the 8 older than 25 s, 10 % ended by 37 s.
    QTest::newRow("watched from 25 s: only the durations beyond it")
        << qint64(25000) << 0.10 << qint64(37000);
    QTest::newRow("fewer than six durations beyond the watch age: none")
        << qint64(55000) << 0.10 << qint64(-1);
    QTest::newRow("no share to spend: none") << qint64(0) << 0.0 << qint64(-1);
}

void tst_RefreshPolicy::lateWindowEnd()
{
    QFETCH(qint64, watchAgeMs);
    QFETCH(double, share);
    QFETCH(qint64, expected);
    QList<qint64> durations;
    for (int i = 10; i >= 1; --i) // unsorted on purpose
        durations << i * 10000;
    QCOMPARE(RefreshPolicy::lateWindowEndMs(durations, watchAgeMs, share).value_or(-1), expected);
}

void tst_RefreshPolicy::noProgressLooksPastLateWindow_data()
{
    QTest::addColumn<RefreshInput>("input");
    QTest::addColumn<qint64>("atLeastMs");
    QTest::addColumn<qint64>("atMostMs");

    const RefreshSettings settings;
    RefreshInput first = running(std::nullopt, 0); // no creation time: ages from the first look
    first.kind = TaskKind::FeishuDrive;
    first.watchedSinceMs = kNow;
    for (int i = 1; i <= 10; ++i)
        first.finishedDurationsMs << i * 10000;
    // 11 % of the kind ended by 19.9 s: the first look 15 s after that.
    QTest::newRow("first wait: past the early finishes") << first << qint64(34900) << qint64(34900);
    // The same task one wait of `ms` later.
    const auto waited = [](RefreshInput input, qint64 ms) {
        input.nowMs += ms;
        input.lastIntervalMs = ms;
        return input;
    };
    QTest::newRow("inside the window (after an error): still 15 s past its end")
        << waited(first, 10000) << qint64(24900) << qint64(24900);
    QTest::newRow("past the window: never staler than a late finish")
        << waited(first, 34900) << settings.minIntervalMs
        << settings.learnedNoProgressMaxIntervalMs;
    RefreshInput stretchedFirst = first;
    stretchedFirst.budgetStretch = 2.0;
    QTest::newRow("a low budget stretches it too")
        << stretchedFirst << qint64(69800) << qint64(69800);
    RefreshInput slowKind = first;
    slowKind.finishedDurationsMs.clear();
    for (int i = 1; i <= 10; ++i)
        slowKind.finishedDurationsMs << 100000 + i * 10000;
    QTest::newRow("window far off: the longest interval, not past it")
        << slowKind << settings.maxIntervalMs << settings.maxIntervalMs;
    // The window (119.9 s) is reckoned from the age the watch began at, not from now.
    QTest::newRow("window far off, a minute on: the same window")
        << waited(slowKind, 60000) << settings.maxIntervalMs << settings.maxIntervalMs;
    RefreshInput created = first;
    created.createdAtMs = kNow - 25000; // watched from an age of 25 s
    QTest::newRow("with a creation time: the window of the durations beyond the watch age")
        << created << qint64(27700) << qint64(27700);
}

void tst_RefreshPolicy::noProgressLooksPastLateWindow()
{
    QFETCH(RefreshInput, input);
    QFETCH(qint64, atLeastMs);
    QFETCH(qint64, atMostMs);
    const qint64 wait = RefreshPolicy::nextIntervalMs(input, RefreshSettings{}).value();
    QVERIFY2(wait >= atLeastMs && wait <= atMostMs, qPrintable(QString::number(wait)));
    // Without a share to spend, an ordinary inspection wait.
    RefreshSettings none;
    none.noProgressLateShare = 0;
    QVERIFY(RefreshPolicy::nextIntervalMs(input, none).value() <=
            static_cast<qint64>(none.learnedNoProgressMaxIntervalMs * input.budgetStretch));
}

void tst_RefreshPolicy::impliedAgeAtFirstCheck_data()
{
    QTest::addColumn<double>("progress");
    QTest::addColumn<qint64>("finishedAfterMs"); // after the sample
    QTest::addColumn<qint64>("expected");        // -1: says nothing

    // Moving at one rate since its start, a task a quarter done 30 s before its end is 10 s old.
    QTest::newRow("a quarter done, 30 s left: 10 s old") << 25.0 << qint64(30000) << qint64(10000);
    QTest::newRow("half done, 4 s left: 4 s old") << 50.0 << qint64(4000) << qint64(4000);
    QTest::newRow("nothing done yet: says nothing") << 0.0 << qint64(30000) << qint64(-1);
    QTest::newRow("already done: says nothing") << 100.0 << qint64(30000) << qint64(-1);
    QTest::newRow("finished before the sample: says nothing")
        << 25.0 << qint64(-1000) << qint64(-1);
}

void tst_RefreshPolicy::impliedAgeAtFirstCheck()
{
    QFETCH(double, progress);
    QFETCH(qint64, finishedAfterMs);
    QFETCH(qint64, expected);
    QCOMPARE(RefreshPolicy::impliedAgeMs(progress, kNow, kNow + finishedAfterMs).value_or(-1),
             expected);
}

void tst_RefreshPolicy::learnedWatchAge_data()
{
    QTest::addColumn<QList<qint64>>("ages");
    QTest::addColumn<qint64>("expectedAgeMs"); // -1: none
    QTest::addColumn<qint64>("expectedScatterMs");

    QList<qint64> rounded; // 1.0, 1.1, ..., 3.0 s, unsorted: progress rounded down, age 3 s
    for (int i = 20; i >= 0; --i)
        rounded << 1000 + i * 100;
    // The 95th percentile (2.9 s), scattering down to the 80th (2.6 s) by 0.3 s.
    QTest::newRow("rounded-down progress: the high end") << rounded << qint64(2900) << qint64(300);
    const QList<qint64> same(8, 3000);
    QTest::newRow("all alike: no scatter") << same << qint64(3000) << qint64(0);
    QTest::newRow("five ages are too few")
        << QList<qint64>{1000, 2000, 3000, 4000, 5000} << qint64(-1) << qint64(0);
    const QList<qint64> stale(6, 20LL * 60 * 1000);
    QTest::newRow("watched at an age that says nothing about the next minute")
        << stale << qint64(-1) << qint64(0);
}

void tst_RefreshPolicy::learnedWatchAge()
{
    QFETCH(QList<qint64>, ages);
    QFETCH(qint64, expectedAgeMs);
    QFETCH(qint64, expectedScatterMs);
    const auto learned = RefreshPolicy::learnedWatchAge(ages);
    QCOMPARE(learned ? learned->ageMs : qint64(-1), expectedAgeMs);
    if (learned)
        QCOMPARE(learned->scatterMs, expectedScatterMs);
}

void tst_RefreshPolicy::firstSampleRateFromLearnedWatchAge_data()
{
    QTest::addColumn<RefreshInput>("input");
    QTest::addColumn<double>("expectedRate");     // -1: none
    QTest::addColumn<qint64>("expectedInterval"); // -1: not checked

    const RefreshSettings settings;
    // 10 % at the first check, 2 s ago; finished tasks of the kind were 3 s old at theirs.
    RefreshInput counts = running(10.0, 0);
    counts.kind = TaskKind::DingTalkDoc;
    counts.watchedSinceMs = kNow - 2000;
    counts.watchAgesMs = QList<qint64>(6, 3000);
    // 10 % over 5 s: 2 %/s, 45 s left, sure to within 10 % + 0.5 s / 5 s: the earliest plausible
    // finish plus the delay one call is worth.
    const qint64 aimed = static_cast<qint64>(45000 * 0.8 + 1000.0 / settings.callsPerSecondOfDelay);
    QTest::newRow("no creation time: the age its kind had, plus the time since")
        << counts << 2.0 << aimed;
    RefreshInput few = counts;
    few.watchAgesMs.removeLast();
    QTest::newRow("no creation time, five ages: no rate yet") << few << -1.0 << qint64(-1);
    RefreshInput scattered = counts;
    scattered.watchAgesMs = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 3000, 3000};
    // Watched at ages far apart: the same rate, but less sure (2 s of 5), so a sooner look.
    const qint64 lessSure = static_cast<qint64>(45000 * (1.0 - 0.1 - 2000.0 / 5000.0) +
                                                1000.0 / settings.callsPerSecondOfDelay);
    QTest::newRow("ages far apart: a sooner look") << scattered << 2.0 << lessSure;
    RefreshInput recent = counts;
    recent.createdAtMs = kNow - 10000;
    QTest::newRow("a recent creation time is used, not the learned age")
        << recent << 1.0 << qint64(-1);
    RefreshInput old = counts;
    old.createdAtMs = kNow - 3600 * 1000;
    QTest::newRow("an old creation time is not replaced by the learned age")
        << old << -1.0 << qint64(-1);
}

void tst_RefreshPolicy::firstSampleRateFromLearnedWatchAge()
{
    QFETCH(RefreshInput, input);
    QFETCH(double, expectedRate);
    QFETCH(qint64, expectedInterval);
    const std::optional<double> rate = RefreshPolicy::progressRate(input);
    QCOMPARE(rate.value_or(-1.0), expectedRate);
    if (expectedInterval >= 0) {
        const qint64 interval = RefreshPolicy::nextIntervalMs(input, RefreshSettings{}).value();
        QVERIFY2(qAbs(interval - expectedInterval) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(interval).arg(expectedInterval)));
    }
}

void tst_RefreshPolicy::durationQuantiles()
{
    DurationStats stats;
    const QString key = QStringLiteral("feishu-drive|acme");
    stats.record(key, 10000);
    stats.record(key, 20000);
    QVERIFY(!stats.quantileMs(key, 0.5)); // too few to trust
    stats.record(key, 30000);
    stats.record(key, 40000);
    stats.record(key, 50000);
    QCOMPARE(stats.quantileMs(key, 0.0).value(), 10000);
    QCOMPARE(stats.quantileMs(key, 0.25).value(), 20000);
    QCOMPARE(stats.quantileMs(key, 0.5).value(), 30000);
    QCOMPARE(stats.quantileMs(key, 1.0).value(), 50000);
    for (int i = 0; i < 100; ++i)
        stats.record(key, 1000);
    QCOMPARE(stats.sampleCount(key), DurationStats::kMaxSamplesPerKey);
    QCOMPARE(stats.quantileMs(key, 1.0).value(), 1000);
    QVERIFY(!stats.quantileMs(QStringLiteral("other"), 0.5));
}

void tst_RefreshPolicy::samplesRoundTrip()
{
    DurationStats stats;
    stats.record(QStringLiteral("feishu-drive|a"), 30000);
    stats.record(QStringLiteral("feishu-drive|a"), 40000);
    stats.record(QStringLiteral("dingtalk-doc|b"), 5000);
    DurationStats restored;
    restored.setSamples(stats.samples());
    QCOMPARE(restored.samples(), stats.samples());
    QCOMPARE(restored.durationsMs(QStringLiteral("feishu-drive|a")), (QList<qint64>{30000, 40000}));

    // What a damaged store hands back is cleaned, not trusted.
    QList<qint64> many;
    for (int i = 1; i <= 80; ++i)
        many << i * 1000;
    many << -5 << 0;
    restored.setSamples({{QStringLiteral("k"), many}, {QStringLiteral("empty"), {0, -1}}});
    QCOMPARE(restored.sampleCount(QStringLiteral("k")), DurationStats::kMaxSamplesPerKey);
    QCOMPARE(restored.durationsMs(QStringLiteral("k")).constLast(), 80000);
    QVERIFY(!restored.samples().contains(QStringLiteral("empty")));
}

QTEST_APPLESS_MAIN(tst_RefreshPolicy)
#include "tst_refreshpolicy.moc"
