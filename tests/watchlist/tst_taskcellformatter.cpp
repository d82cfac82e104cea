#include "models/domain/Clock.h"
#include "models/watchlist/TaskCellFormatter.h"
#include "models/watchlist/TaskTableModel.h"
#include "WatchlistTestData.h"

#include <QTest>

using namespace WatchlistTestData;
using Model = TaskTableModel;

class TestTaskCellFormatter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duration_data();
    void duration();
    void remaining_data();
    void remaining();
    void timeTodayOrWithDate();
    void stateText();
    void progressFloorsAndCounts();
    void eta_data();
    void eta();
    void nextCheck();
    void errorToolTipEscapesAndExplains();
    void alignment_data();
    void alignment();
};

void TestTaskCellFormatter::initTestCase()
{
    // Local time is the user's; the expectations below are written for UTC.
    qputenv("TZ", "UTC");
}

void TestTaskCellFormatter::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative clamps") << qint64(-5000) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(45'900) << QStringLiteral("45 s");
    QTest::newRow("minutes and seconds") << qint64(80'000) << QStringLiteral("1 min 20 s");
    QTest::newRow("whole minutes") << qint64(120'000) << QStringLiteral("2 min");
    QTest::newRow("hours") << qint64((2 * 3600 + 5 * 60 + 7) * 1000) << QStringLiteral("2 h 5 min");
    QTest::newRow("days") << qint64((3 * 86400 + 4 * 3600) * 1000) << QStringLiteral("3 d 4 h");
}

void TestTaskCellFormatter::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(TaskCellFormatter::formatDuration(ms), expected);
}

void TestTaskCellFormatter::remaining_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rounds seconds up") << qint64(11'200) << QStringLiteral("12 s");
    QTest::newRow("rounds minutes up") << qint64(121'000) << QStringLiteral("3 min");
    QTest::newRow("exact minutes") << qint64(180'000) << QStringLiteral("3 min");
    QTest::newRow("hours") << qint64(70 * 60'000) << QStringLiteral("1 h 10 min");
    QTest::newRow("days") << qint64(50 * 3600'000) << QStringLiteral("2 d 2 h");
}

void TestTaskCellFormatter::remaining()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(TaskCellFormatter::formatRemaining(ms), expected);
}

void TestTaskCellFormatter::timeTodayOrWithDate()
{
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    ManualClock clock(now.toMSecsSinceEpoch());
    const TaskCellFormatter formatter(clock);
    QCOMPARE(formatter.formatTime(now.addSecs(-60)), QStringLiteral("11:59:00"));
    QCOMPARE(formatter.formatTime(now.addSecs(-13 * 3600)), QStringLiteral("2026-03-09 23:00:00"));
    QCOMPARE(formatter.formatTime(now.addDays(-7)), QStringLiteral("2026-03-03 12:00:00"));
    QCOMPARE(formatter.formatTime({}), QString());
}

void TestTaskCellFormatter::stateText()
{
    ManualClock clock;
    const TaskCellFormatter formatter(clock);
    WatchedTask watched = task(QStringLiteral("7"));
    QCOMPARE(formatter.display(watched, Model::StateColumn, {}).toString(),
             TaskStates::displayName(TaskState::Unknown));
    watched.snapshot = running(QStringLiteral("7"), 10);
    watched.snapshot->state = TaskState::Unknown;
    watched.snapshot->rawStatus = QStringLiteral("weird_9");
    QCOMPARE(formatter.display(watched, Model::StateColumn, {}).toString(),
             QStringLiteral("Unknown (weird_9)"));
    QVERIFY(formatter.toolTip(watched, Model::StateColumn)
                .toString()
                .contains(QStringLiteral("weird_9")));
    QCOMPARE(formatter.raw(watched, Model::StateColumn, {}).toInt(), int(TaskState::Unknown));
}

void TestTaskCellFormatter::progressFloorsAndCounts()
{
    ManualClock clock;
    const TaskCellFormatter formatter(clock);
    WatchedTask watched = task(QStringLiteral("7"));
    watched.snapshot = running(QStringLiteral("7"), 99.7, 600, 563, 0);
    QCOMPARE(formatter.display(watched, Model::ProgressColumn, {}).toString(),
             QStringLiteral("99 %"));
    QCOMPARE(formatter.raw(watched, Model::ProgressColumn, {}).toDouble(), 99.7);
    QCOMPARE(formatter.display(watched, Model::TotalColumn, {}).toString(),
             QLocale().toString(600));
    QCOMPARE(formatter.raw(watched, Model::SucceededColumn, {}).toLongLong(), 563);
    watched.snapshot->failed.reset();
    QCOMPARE(formatter.display(watched, Model::FailedColumn, {}).toString(), QString());
    QVERIFY(!formatter.raw(watched, Model::FailedColumn, {}).isValid());
    QCOMPARE(formatter.raw(watched, Model::CreatedColumn, {}).toDateTime(), epoch());
}

void TestTaskCellFormatter::eta_data()
{
    QTest::addColumn<QList<double>>("progress"); // one sample every 10 s from 10 s on
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<bool>("ended");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one sample") << QList<double>{10} << qint64(10'000) << false
                                << QStringLiteral("—");
    QTest::newRow("steady") << QList<double>{10, 20} << qint64(20'000) << false
                            << QStringLiteral("in 2 min");
    QTest::newRow("seconds") << QList<double>{50, 90} << qint64(20'000) << false
                             << QStringLiteral("in 3 s");
    QTest::newRow("overdue") << QList<double>{50, 90} << qint64(60'000) << false
                             << QStringLiteral("soon");
    QTest::newRow("ended") << QList<double>{50, 100} << qint64(20'000) << true << QString();
}

void TestTaskCellFormatter::eta()
{
    QFETCH(QList<double>, progress);
    QFETCH(qint64, nowMs);
    QFETCH(bool, ended);
    QFETCH(QString, expected);
    ManualClock clock;
    clock.set(nowMs);
    const TaskCellFormatter formatter(clock);
    WatchedTask watched = task(QStringLiteral("7"));
    for (qsizetype i = 0; i < progress.size(); ++i) {
        HistorySample sample;
        sample.atMs = epoch().toMSecsSinceEpoch() + (i + 1) * 10'000;
        sample.progress = progress.at(i);
        watched.history.append(sample);
    }
    watched.snapshot = ended ? finished(QStringLiteral("7"), TaskState::Succeeded)
                             : running(QStringLiteral("7"), progress.constLast());
    QCOMPARE(formatter.display(watched, Model::EtaColumn, {}).toString(), expected);
    QCOMPARE(formatter.raw(watched, Model::EtaColumn, {}).isValid(), !ended && progress.size() > 1);
}

void TestTaskCellFormatter::nextCheck()
{
    ManualClock clock;
    clock.set(10'000);
    const TaskCellFormatter formatter(clock);
    WatchedTask watched = task(QStringLiteral("7"));
    QCOMPARE(formatter.display(watched, Model::NextCheckColumn, {}).toString(), QString());
    watched.nextCheckAt = epoch().addMSecs(22'500);
    QCOMPARE(formatter.display(watched, Model::NextCheckColumn, {}).toString(),
             QStringLiteral("in 13 s"));
    QCOMPARE(formatter.raw(watched, Model::NextCheckColumn, {}).toDateTime(),
             epoch().addMSecs(22'500));
}

void TestTaskCellFormatter::errorToolTipEscapesAndExplains()
{
    ApiError error;
    error.category = ApiError::Category::RateLimited;
    error.httpStatus = 429;
    error.code = QStringLiteral("99991400");
    error.requestId = QStringLiteral("log-<1>");
    error.hint = QStringLiteral("Wait & retry");
    const QString tip = TaskCellFormatter::errorToolTip(error);
    QVERIFY(tip.startsWith(QStringLiteral("<html>")));
    QVERIFY(tip.contains(ApiError::categoryDisplayName(ApiError::Category::RateLimited)));
    QVERIFY(tip.contains(QStringLiteral("99991400")));
    QVERIFY(tip.contains(QStringLiteral("429")));
    QVERIFY(tip.contains(QStringLiteral("log-&lt;1&gt;")));
    QVERIFY(tip.contains(QStringLiteral("Wait &amp; retry")));
}

void TestTaskCellFormatter::alignment_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("right");
    QTest::newRow("label") << int(Model::LabelColumn) << false;
    QTest::newRow("task id") << int(Model::TaskIdColumn) << false;
    QTest::newRow("progress") << int(Model::ProgressColumn) << true;
    QTest::newRow("total") << int(Model::TotalColumn) << true;
    QTest::newRow("succeeded") << int(Model::SucceededColumn) << true;
    QTest::newRow("failed") << int(Model::FailedColumn) << true;
    QTest::newRow("eta") << int(Model::EtaColumn) << true;
    QTest::newRow("calls") << int(Model::CallsSpentColumn) << true;
    QTest::newRow("error") << int(Model::LastErrorColumn) << false;
}

void TestTaskCellFormatter::alignment()
{
    QFETCH(int, column);
    QFETCH(bool, right);
    QCOMPARE(bool(TaskCellFormatter::alignment(column) & Qt::AlignRight), right);
    QVERIFY(TaskCellFormatter::alignment(column) & Qt::AlignVCenter);
}

QTEST_GUILESS_MAIN(TestTaskCellFormatter)
#include "tst_taskcellformatter.moc"
