#include "network/scheduler/DurationStats.h"
#include "network/scheduler/RefreshPolicy.h"
#include "models/domain/TaskHistory.h"

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
    void durationQuantiles();
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
    // 50 % after 10 s: 5 %/s, 10 s left, so just past the predicted finish.
    QTest::newRow("near finish: just after it") << running(50.0, 10000) << qint64(10750);
    // 10 % after 10 s: 90 s left; come back at 70 % of that, capped at the longest interval.
    QTest::newRow("far from finish: capped") << running(10.0, 10000) << qint64(60000);
    // 40 % after 20 s: 2 %/s, 30 s left: 70 % of it.
    QTest::newRow("far from finish: re-estimate") << running(40.0, 20000) << qint64(21000);
    // 99 % after 99 s: 1 s left, but never sooner than the shortest interval.
    QTest::newRow("never below the shortest interval") << running(99.0, 99000) << qint64(2000);
    QTest::newRow("no progress, first: twice the shortest")
        << running(std::nullopt, 0) << qint64(4000);
    {
        RefreshInput input = running(std::nullopt, 0);
        input.lastIntervalMs = 4000;
        QTest::newRow("no progress: grows gradually") << input << qint64(6000);
        input.lastIntervalMs = 50000;
        QTest::newRow("no progress: never staler than 20 s") << input << qint64(20000);
    }
    {
        RefreshInput input = running(0.0, 5000);
        QTest::newRow("zero progress counts as none") << input << qint64(4000);
    }
    {
        RefreshInput input = running(std::nullopt, 5000);
        input.kind = TaskKind::FeishuDrive;
        input.earlyDurationMs = 20000;
        QTest::newRow("no progress with statistics: when the quickest finish")
            << input << qint64(15000);
        input.lastIntervalMs = 10000;
        QTest::newRow("statistics only for the first wait") << input << qint64(15000);
        input.lastIntervalMs = 0;
        input.earlyDurationMs = 90000;
        QTest::newRow("statistics never stretch a blind wait past 20 s") << input << qint64(20000);
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
        QTest::newRow("low budget stretches") << input << qint64(32250);
        input = running(std::nullopt, 0);
        input.lastIntervalMs = 60000;
        input.budgetStretch = 4.0;
        QTest::newRow("low budget may pass the longest interval") << input << qint64(80000);
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

QTEST_APPLESS_MAIN(tst_RefreshPolicy)
#include "tst_refreshpolicy.moc"
