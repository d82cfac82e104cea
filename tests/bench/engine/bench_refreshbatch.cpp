#include "app/engine/Engine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

// What a refresh costs the GUI thread at the engine: 100 changed snapshots applied to the task
// table, then the batch built and handed to the store (which writes on its own thread), at 800
// and 10,000 watched tasks; and how long a start with that many persisted tasks takes. Prints
// figures; asserts only that what was written comes back.
class bench_RefreshBatch final : public QObject
{
    Q_OBJECT

private slots:
    void refreshBatch_data();
    void refreshBatch();
};

namespace {

TaskSnapshot snapshotFor(const QString &id, int step)
{
    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuContact;
    snapshot.taskId = id;
    snapshot.state = TaskState::Running;
    snapshot.rawStatus = QStringLiteral("1");
    snapshot.type = QStringLiteral("add_user");
    snapshot.progress = std::min(99, step);
    snapshot.total = 50;
    snapshot.succeeded = step / 4;
    snapshot.failed = step / 10;
    snapshot.createdAt = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

// CPU time of this thread: on a busy machine wall time also counts the moments the thread was
// not running at all.
qint64 threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index =
        qsizetype(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return double(values.at(index)) / 1000.0;
}

} // namespace

void bench_RefreshBatch::refreshBatch_data()
{
    QTest::addColumn<int>("tasks");
    QTest::newRow("800 tasks (the overnight watch)") << 800;
    QTest::newRow("10,000 tasks") << 10000;
}

void bench_RefreshBatch::refreshBatch()
{
    QFETCH(int, tasks);
    QTemporaryDir dir;
    EngineOptions options;
    options.databasePath = dir.filePath(QStringLiteral("watchlist.sqlite"));
    options.autoTick = false;
    options.persistDelayMs = 60 * 60 * 1000; // flushed by hand below
    QList<TaskRef> refs;
    for (int i = 0; i < tasks; ++i) {
        TaskRef ref;
        ref.kind = TaskKind::FeishuContact;
        ref.accountId = QStringLiteral("acme");
        ref.taskId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        ref.label = QStringLiteral("Import batch %1").arg(i);
        refs << ref;
    }
    QList<qint64> applyUs;
    QList<qint64> flushUs;
    QList<qint64> flushCpuUs;
    {
        Engine engine(options);
        engine.start();
        engine.addTasks(refs);
        for (int i = 0; i < tasks; ++i)
            engine.tasks().applySnapshot(refs.at(i).key(), snapshotFor(refs.at(i).taskId, 1),
                                         QDateTime::currentDateTimeUtc());
        engine.flush();
        for (int round = 0; round < 40; ++round) {
            QElapsedTimer timer;
            timer.start();
            engine.tasks().beginUpdateBatch();
            for (int i = 0; i < 100; ++i) {
                const TaskRef &ref = refs.at((round * 100 + i * 7) % tasks);
                engine.tasks().applySnapshot(ref.key(), snapshotFor(ref.taskId, round + 2),
                                             QDateTime::currentDateTimeUtc());
            }
            engine.tasks().endUpdateBatch();
            applyUs << timer.nsecsElapsed() / 1000;
            timer.restart();
            const qint64 cpuBefore = threadCpuMicroseconds();
            engine.persistence().flush();
            flushCpuUs << threadCpuMicroseconds() - cpuBefore;
            flushUs << timer.nsecsElapsed() / 1000;
            engine.database().waitForWrites();
        }
    }
    QElapsedTimer load;
    load.start();
    Engine restarted(options);
    restarted.start();
    const qint64 loadMs = load.elapsed();
    QCOMPARE(restarted.tasks().rowCount(), tasks);
    QVERIFY(restarted.tasks().task(refs.last().key())->snapshot.has_value());

    std::printf("%6d tasks: 100 snapshots applied in %.2f ms median (p95 %.2f ms); batch built "
                "and submitted: wall %.2f ms median (p95 %.2f, max %.2f ms), thread CPU %.2f ms "
                "median (max %.2f ms); start with %d persisted tasks: %lld ms\n",
                tasks, percentile(applyUs, 0.5), percentile(applyUs, 0.95),
                percentile(flushUs, 0.5), percentile(flushUs, 0.95), percentile(flushUs, 1.0),
                percentile(flushCpuUs, 0.5), percentile(flushCpuUs, 1.0), tasks,
                static_cast<long long>(loadMs));
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(bench_RefreshBatch)
#include "bench_refreshbatch.moc"
