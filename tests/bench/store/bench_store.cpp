#include "models/persistence/WatchListDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

constexpr int kLoadRuns = 5;
constexpr int kRefreshBatches = 40;
constexpr int kChangedPerRefresh = 100;
constexpr int kHistorySamples = 60;
constexpr qint64 kStartMs = 1'772'787'600'000; // 2026-03-06T09:00:00Z

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QList<Account> accounts()
{
    QList<Account> list;
    for (int i = 0; i < 5; ++i) {
        Account account;
        account.id = QStringLiteral("tenant-%1").arg(i);
        account.name = QStringLiteral("租户 %1").arg(i);
        account.platform = i == 4 ? Platform::DingTalk : Platform::Feishu;
        account.appId = QStringLiteral("cli_a5b6c7d8e9f0%1").arg(i);
        list.append(account);
    }
    return list;
}

SubtaskRow row(int task, int index)
{
    SubtaskRow row;
    row.failed = index % 3 == 0;
    row.code = row.failed ? QStringLiteral("10013") : QStringLiteral("0");
    row.message = row.failed ? QStringLiteral("invalid user_id") : QStringLiteral("success");
    row.fields = {
        {QStringLiteral("user_id"), QStringLiteral("ou_%1_%2").arg(task).arg(index)},
        {QStringLiteral("name"), QStringLiteral("员工 %1").arg(index)},
        {QStringLiteral("code"), qint64(row.failed ? 10013 : 0)},
        {QStringLiteral("department_ids"),
         QStringList{QStringLiteral("od-%1").arg(index), QStringLiteral("od-root")}},
        {QStringLiteral("is_tenant_manager"), false},
    };
    return row;
}

QList<SubtaskRow> rows(int task, int count)
{
    QList<SubtaskRow> list;
    list.reserve(count);
    for (int r = 0; r < count; ++r)
        list.append(row(task, r));
    return list;
}

WatchedTask task(int i)
{
    static const TaskKind kinds[] = {TaskKind::FeishuContact, TaskKind::FeishuDrive,
                                     TaskKind::DingTalkStorage, TaskKind::DingTalkDoc};
    WatchedTask task;
    task.ref.kind = kinds[i % 4];
    task.ref.accountId = QStringLiteral("tenant-%1").arg(i % 5);
    task.ref.taskId = QString::number(7'300'000'000'000'000'000LL + i);
    task.ref.label = i % 7 == 0 ? QStringLiteral("第 %1 批").arg(i) : QString();
    task.addedAt = at(kStartMs + i);
    task.lastCheckedAt = at(kStartMs + 90'000 + i);
    task.callsSpent = 3 + i % 5;
    task.finishNotified = i % 2 == 0;

    TaskSnapshot snapshot;
    snapshot.kind = task.ref.kind;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = i % 2 ? TaskState::Running : TaskState::PartiallyFailed;
    snapshot.rawStatus = i % 2 ? QStringLiteral("process") : QStringLiteral("9");
    snapshot.type = QStringLiteral("add_user");
    snapshot.progress = i % 2 ? 55.5 : 100.0;
    snapshot.total = 50;
    snapshot.succeeded = 40;
    snapshot.failed = 10;
    snapshot.createdAt = at(kStartMs + i);
    snapshot.finishedAt = i % 2 ? QDateTime() : at(kStartMs + 80'000 + i);
    snapshot.fetchedAt = task.lastCheckedAt;
    task.snapshot = snapshot;

    for (int s = 0; s < kHistorySamples; ++s) {
        HistorySample sample;
        sample.atMs = kStartMs + s * 7'000 + i;
        sample.progress = s * 100.0 / kHistorySamples;
        sample.total = 50;
        sample.succeeded = s * 3;
        sample.failed = s;
        task.history.append(sample);
    }
    return task;
}

QByteArray rawBody(const WatchedTask &task)
{
    return QByteArrayLiteral("{\"code\":0,\"msg\":\"success\",\"data\":{\"task\":{\"id\":\"") +
           task.ref.taskId.toUtf8() +
           QByteArrayLiteral("\",\"type\":\"add_user\",\"status\":9,\"progress\":100,"
                             "\"total_num\":50,\"success_num\":40,\"fail_num\":10}}}");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Wall time and this thread's CPU time: on a shared machine the CPU time says how much work a
// step is, the wall time what a user would have waited.
class Stopwatch final
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpuStartMs = cpuMs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMsElapsed() const { return cpuMs() - m_cpuStartMs; }

private:
    static double cpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }
    QElapsedTimer m_wall;
    double m_cpuStartMs = 0;
};

// One figure for scripts/bench.
void bench(QTextStream &out, const QString &key, double value)
{
    out << "BENCH " << key << '=' << QString::number(value, 'f', 3) << '\n';
}

QString figures(const QList<double> &values)
{
    return QStringLiteral("median %1 ms, max %2 ms")
        .arg(median(values), 0, 'f', 2)
        .arg(maximum(values), 0, 'f', 2);
}

// Writes `count` tasks, loads them kLoadRuns times, then applies refresh batches of 100
// changed tasks; false when what loads is not what was written.
bool benchmarkList(int count, const QString &path, QTextStream &out)
{
    QList<WatchedTask> tasks;
    tasks.reserve(count);
    WatchListBatch initial;
    initial.accounts = accounts();
    for (int i = 0; i < count; ++i) {
        tasks.append(task(i));
        initial.subtasks.insert(tasks.last().ref.key(), rows(i, 3 + i % 2));
        initial.rawBodies.insert(tasks.last().ref.key(), rawBody(tasks.last()));
    }
    initial.upserts = tasks;

    out << "\n"
        << count << " tasks (" << kHistorySamples << " history samples, 3-4 sub-task rows "
        << "and a raw body each)\n";
    {
        WatchListDatabase database;
        database.open(path);
        Stopwatch first;
        database.submit(initial);
        database.waitForWrites();
        out << "  first write of the whole list: " << QString::number(first.wallMs(), 'f', 1)
            << " ms\n";
    }
    out << "  file: " << QFileInfo(path).size() / 1024 << " KiB\n";

    QList<double> openMs, loadMs, loadCpuMs;
    for (int run = 0; run < kLoadRuns; ++run) {
        WatchListDatabase database;
        Stopwatch opening;
        database.open(path);
        openMs.append(opening.wallMs());
        Stopwatch loading;
        const StoredWatchList loaded = database.load();
        loadMs.append(loading.wallMs());
        loadCpuMs.append(loading.cpuMsElapsed());
        if (loaded.tasks != tasks) {
            out << "  FAILED: what loaded is not what was written\n";
            return false;
        }
    }
    out << "  open (quick_check included): " << figures(openMs) << "\n";
    out << "  load(): " << figures(loadMs) << " wall, median "
        << QString::number(median(loadCpuMs), 'f', 1) << " ms CPU\n";
    const QString size = count == 10'000 ? QStringLiteral("10k") : QString::number(count);
    bench(out, QStringLiteral("store.load_%1_ms").arg(size), median(loadMs));

    WatchListDatabase database;
    database.open(path);
    database.load();
    QList<double> buildMs, submitMs, submitCpuMs, callerCpuMs, transactionMs;
    for (int refresh = 0; refresh < kRefreshBatches; ++refresh) {
        Stopwatch building;
        WatchListBatch batch;
        batch.upserts.reserve(kChangedPerRefresh);
        for (int n = 0; n < kChangedPerRefresh; ++n) {
            WatchedTask &changed = tasks[(refresh * kChangedPerRefresh + n) % count];
            changed.lastCheckedAt = changed.lastCheckedAt.addSecs(5);
            ++changed.callsSpent;
            changed.snapshot->progress = std::min(100.0, changed.snapshot->progress.value() + 1);
            HistorySample sample;
            sample.atMs = changed.lastCheckedAt.toMSecsSinceEpoch();
            sample.progress = changed.snapshot->progress;
            changed.history.append(sample);
            batch.upserts.append(changed);
        }
        buildMs.append(building.wallMs());
        Stopwatch submitting;
        database.submit(std::move(batch));
        submitMs.append(submitting.wallMs());
        submitCpuMs.append(submitting.cpuMsElapsed());
        callerCpuMs.append(building.cpuMsElapsed());
        database.waitForWrites();
        transactionMs.append(submitting.wallMs());
    }
    out << "  refresh of " << kChangedPerRefresh << " changed tasks, " << kRefreshBatches
        << " batches:\n";
    out << "    calling thread, building the batch: " << figures(buildMs) << "\n";
    out << "    calling thread, submit(): " << figures(submitMs) << " wall; CPU "
        << figures(submitCpuMs) << "\n";
    out << "    calling thread, building and submitting, CPU: " << figures(callerCpuMs) << "\n";
    out << "    store thread, one transaction: " << figures(transactionMs) << "\n";
    // The figure of the issue is the 10,000-task list's; the smaller list gets its own keys.
    const QString suffix = count == 10'000 ? QString() : QStringLiteral("_%1").arg(count);
    bench(out, QStringLiteral("store.batch_write_ms") + suffix, median(transactionMs));
    bench(out, QStringLiteral("store.batch_caller_cpu_ms") + suffix, median(callerCpuMs));
    return true;
}

void benchmarkLargeSubtaskList(const QString &path, QTextStream &out)
{
    constexpr int kRows = 100'000;
    constexpr int kGrowth = 1'000;
    WatchListDatabase database;
    database.open(path);
    const WatchedTask big = task(0);
    QList<SubtaskRow> list = rows(0, kRows);
    WatchListBatch first;
    first.upserts = {big};
    first.subtasks.insert(big.ref.key(), list);
    Stopwatch writing;
    database.submit(first);
    database.waitForWrites();
    out << "\none task with " << kRows << " sub-task rows\n";
    out << "  first write: " << QString::number(writing.wallMs(), 'f', 1) << " ms\n";

    QList<double> submitMs, transactionMs;
    for (int step = 1; step <= 5; ++step) {
        for (int r = 0; r < kGrowth; ++r)
            list.append(row(0, list.size()));
        WatchListBatch grown;
        grown.subtasks.insert(big.ref.key(), list);
        Stopwatch submitting;
        database.submit(std::move(grown));
        submitMs.append(submitting.wallMs());
        database.waitForWrites();
        transactionMs.append(submitting.wallMs());
    }
    out << "  grown by " << kGrowth << " rows, 5 times: submit() " << figures(submitMs)
        << "; store thread " << figures(transactionMs) << "\n";
    QObject context;
    bool loaded = false;
    Stopwatch reading;
    database.loadSubtasks(big.ref.key(), &context, [&](const QList<SubtaskRow> &read) {
        loaded = read == list;
        out << "  loadSubtasks() of " << read.size()
            << " rows: " << QString::number(reading.wallMs(), 'f', 1) << " ms\n";
    });
    while (!loaded && reading.wallMs() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!loaded)
        out << "  FAILED: the rows read back differ\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    out << "Watch-list database (SQLite, WAL), build "
#ifdef NDEBUG
        << "optimised"
#else
        << "debug"
#endif
        << "\n";
    bool ok = true;
    for (const int count : {800, 10'000})
        ok = benchmarkList(count, dir.filePath(QStringLiteral("list-%1.sqlite").arg(count)), out) &&
             ok;
    benchmarkLargeSubtaskList(dir.filePath(QStringLiteral("large.sqlite")), out);
    out.flush();
    return ok ? 0 : 1;
}
