#include "models/domain/TaskHistory.h"

#include <QTest>

#include <cmath>
#include <limits>

namespace {

HistorySample at(qint64 seconds, std::optional<double> progress)
{
    HistorySample sample;
    sample.atMs = 1'000'000 + seconds * 1000;
    sample.progress = progress;
    return sample;
}

HistorySample counts(qint64 seconds, qint64 total, qint64 succeeded, qint64 failed)
{
    HistorySample sample;
    sample.atMs = 1'000'000 + seconds * 1000;
    sample.total = total;
    sample.succeeded = succeeded;
    sample.failed = failed;
    return sample;
}

TaskHistory historyOf(const QList<HistorySample> &samples)
{
    TaskHistory history;
    for (const HistorySample &sample : samples)
        history.append(sample);
    return history;
}

} // namespace

using Samples = QList<HistorySample>;
using OptionalMs = std::optional<qint64>;

class TestTaskHistory final : public QObject
{
    Q_OBJECT

private slots:
    void flatStretchesCostTwoEntries();
    void sameTimeReplacesOrIgnores();
    void boundedToMaxSamples();
    void clockGoingBackStartsAgain();
    void rate_data();
    void rate();
    void estimate_data();
    void estimate();
    void estimateNeverBeforeLastSample();
    void estimateIgnoresAbsurdValues();
};

void TestTaskHistory::flatStretchesCostTwoEntries()
{
    TaskHistory history;
    history.append(at(0, 10));
    history.append(at(5, 20));
    for (int second = 10; second <= 500; second += 5)
        history.append(at(second, 20));
    QCOMPARE(history.samples().size(), 3);
    QCOMPARE(history.samples().at(1).atMs, at(5, 20).atMs);
    QCOMPARE(history.samples().at(2).atMs, at(500, 20).atMs);
    history.append(at(505, 30));
    QCOMPARE(history.samples().size(), 4);
}

void TestTaskHistory::sameTimeReplacesOrIgnores()
{
    TaskHistory history;
    history.append(at(0, 10));
    history.append(at(0, 10));
    QCOMPARE(history.samples().size(), 1);
    history.append(at(0, 12));
    QCOMPARE(history.samples().size(), 1);
    QCOMPARE(history.samples().constLast().progress, 12.0);
}

void TestTaskHistory::boundedToMaxSamples()
{
    TaskHistory history;
    for (int i = 0; i < TaskHistory::kMaxSamples * 3; ++i)
        history.append(at(i, i % 100));
    QCOMPARE(history.samples().size(), TaskHistory::kMaxSamples);
    QCOMPARE(history.samples().constLast().atMs, at(TaskHistory::kMaxSamples * 3 - 1, 0).atMs);
}

void TestTaskHistory::clockGoingBackStartsAgain()
{
    TaskHistory history = historyOf({at(100, 10), at(110, 20), at(120, 30)});
    history.append(at(50, 35));
    QCOMPARE(history.samples().size(), 1);
    QVERIFY(!history.progressRatePerSecond());
}

void TestTaskHistory::rate_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<std::optional<double>>("expected");

    const std::optional<double> none;
    QTest::newRow("empty") << Samples{} << none;
    QTest::newRow("one sample") << Samples{at(0, 10)} << none;
    QTest::newRow("no movement") << Samples{at(0, 10), at(10, 10), at(20, 10)} << none;
    QTest::newRow("too close together") << Samples{at(0, 10), at(1, 30)} << none;
    QTest::newRow("without progress") << Samples{at(0, {}), at(10, {})} << none;
    QTest::newRow("two samples") << Samples{at(0, 10), at(10, 30)} << std::optional(2.0);
    QTest::newRow("steady") << Samples{at(0, 0), at(5, 5), at(10, 10), at(15, 15)}
                            << std::optional(1.0);
    QTest::newRow("from counts") << Samples{counts(0, 200, 10, 10), counts(10, 200, 30, 10)}
                                 << std::optional(1.0);
    QTest::newRow("backwards: only the new run counts")
        << Samples{at(0, 10), at(10, 90), at(20, 5), at(30, 25)} << std::optional(2.0);
    QTest::newRow("backwards, new run too short")
        << Samples{at(0, 10), at(10, 90), at(20, 5)} << none;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    // Found by fuzz_watchlist_codec: the sum of the two counts overflowed (UBSan).
    QTest::newRow("counts whose sum passes the qint64 limit")
        << Samples{counts(0, kMax, kMax / 4, kMax / 4),
                   counts(10, kMax, kMax / 2 + 1, kMax / 2 + 1)}
        << std::optional(5.0);
    QTest::newRow("nan progress skipped")
        << Samples{at(0, 10), at(5, std::numeric_limits<double>::quiet_NaN()), at(10, 30)}
        << std::optional(2.0);
}

void TestTaskHistory::rate()
{
    QFETCH(Samples, samples);
    QFETCH(std::optional<double>, expected);
    const std::optional<double> rate = historyOf(samples).progressRatePerSecond();
    QCOMPARE(rate.has_value(), expected.has_value());
    if (expected)
        QVERIFY2(std::abs(*rate - *expected) < 1e-9, qPrintable(QString::number(*rate)));
}

void TestTaskHistory::estimate_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<OptionalMs>("expected");

    QTest::newRow("not stable yet") << Samples{at(0, 10)} << OptionalMs{};
    QTest::newRow("no movement") << Samples{at(0, 40), at(30, 40)} << OptionalMs{};
    QTest::newRow("linear") << Samples{at(0, 0), at(10, 20), at(20, 40)}
                            << OptionalMs{at(50, 0).atMs};
    QTest::newRow("anchored at the last sample")
        << Samples{at(0, 0), at(10, 20), at(20, 40), at(30, 50)}
        << OptionalMs{at(30, 0).atMs + qint64(std::llround(50.0 / 1.7 * 1000))};
    QTest::newRow("already at 100")
        << Samples{at(0, 50), at(10, 100)} << OptionalMs{at(10, 0).atMs};
    QTest::newRow("progress above 100 is clamped")
        << Samples{at(0, 50), at(10, 130)} << OptionalMs{at(10, 0).atMs};
    QTest::newRow("last sample without progress")
        << Samples{at(0, 0), at(10, 50), at(20, {})} << OptionalMs{at(20, 0).atMs};
}

void TestTaskHistory::estimate()
{
    QFETCH(Samples, samples);
    QFETCH(OptionalMs, expected);
    QCOMPARE(historyOf(samples).estimatedFinishMs(), expected);
}

void TestTaskHistory::estimateNeverBeforeLastSample()
{
    // Whatever the series, an estimate lies at or after the latest observation.
    const QList<Samples> series{
        {at(0, 99.9), at(3, 100)},
        {at(0, 0), at(2, 100), at(4, 100)},
        {at(0, 1), at(1000, 2), at(1002, 99)},
    };
    for (const Samples &samples : series) {
        const TaskHistory history = historyOf(samples);
        const auto finish = history.estimatedFinishMs();
        QVERIFY(finish);
        QVERIFY(*finish >= samples.constLast().atMs);
    }
}

void TestTaskHistory::estimateIgnoresAbsurdValues()
{
    // A crawl that would take years is no estimate; infinities never become numbers.
    QVERIFY(!historyOf({at(0, 1), at(100'000, 1.000001)}).estimatedFinishMs());
    QVERIFY(!historyOf({at(0, -std::numeric_limits<double>::infinity()), at(10, 10)})
                 .progressRatePerSecond());
    const TaskHistory fromZeroTotal = historyOf({counts(0, 0, 0, 0), counts(10, 0, 5, 0)});
    QVERIFY(!fromZeroTotal.progressRatePerSecond());
    QVERIFY(!fromZeroTotal.estimatedFinishMs());
}

QTEST_GUILESS_MAIN(TestTaskHistory)
#include "tst_taskhistory.moc"
