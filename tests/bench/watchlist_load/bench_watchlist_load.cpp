#include "models/persistence/WatchListJson.h"
#include "models/persistence/WatchListStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

constexpr int kRuns = 5;
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

WatchedTask task(int i, int samples)
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
    task.nextCheckAt = i % 2 ? at(kStartMs + 120'000 + i) : QDateTime();
    task.callsSpent = 3 + i % 5;
    task.finishNotified = i % 2 == 0;

    TaskSnapshot snapshot;
    snapshot.kind = task.ref.kind;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = i % 2 ? TaskState::Running : TaskState::PartiallyFailed;
    snapshot.rawStatus = i % 2 ? QStringLiteral("process") : QStringLiteral("9");
    snapshot.progress = i % 2 ? 55.5 : 100.0;
    snapshot.total = 50;
    snapshot.succeeded = 40;
    snapshot.failed = 10;
    snapshot.createdAt = at(kStartMs + i);
    snapshot.finishedAt = i % 2 ? QDateTime() : at(kStartMs + 80'000 + i);
    snapshot.fetchedAt = task.lastCheckedAt;
    for (int r = 0; r < 3 + i % 2; ++r)
        snapshot.subtasks.append(row(i, r));
    snapshot.rawBody =
        QByteArrayLiteral("{\"code\":0,\"msg\":\"success\",\"data\":{\"task\":{\"id\":\"") +
        task.ref.taskId.toUtf8() +
        QByteArrayLiteral("\",\"type\":\"add_user\",\"status\":9,\"progress\":100,"
                          "\"total_num\":50,\"success_num\":40,\"fail_num\":10,"
                          "\"create_time\":\"1772787600\",\"finish_time\":\"1772787680\","
                          "\"results\":[{\"code\":10013,\"msg\":\"invalid user_id\","
                          "\"user_id\":\"ou_1\"},{\"code\":0,\"msg\":\"success\","
                          "\"user_id\":\"ou_2\"},{\"code\":0,\"msg\":\"success\","
                          "\"user_id\":\"ou_3\"},{\"code\":0,\"msg\":\"success\","
                          "\"user_id\":\"ou_4\"}]}}}");
    task.snapshot = snapshot;

    for (int s = 0; s < samples; ++s) {
        HistorySample sample;
        sample.atMs = kStartMs + s * 7'000 + i;
        sample.progress = s * 100.0 / samples;
        sample.total = 50;
        sample.succeeded = s * 3;
        sample.failed = s;
        task.history.append(sample);
    }
    return task;
}

WatchListData watchList(int tasks, int samples)
{
    WatchListData data;
    data.accounts = accounts();
    data.tasks.reserve(tasks);
    for (int i = 0; i < tasks; ++i)
        data.tasks.append(task(i, samples));
    for (int i = 0; i < 800; ++i) {
        data.ledger.record(QStringLiteral("2026-03"), QStringLiteral("tenant-%1").arg(i % 5),
                           QStringLiteral("feishu-drive"), true);
    }
    return data;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Wall time and this thread's CPU time: on a shared machine the CPU time is what says how
// much work a step is, the wall time what a user would have waited.
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

struct Timings
{
    QList<double> wall;
    QList<double> cpu;
    void add(const Stopwatch &watch)
    {
        wall.append(watch.wallMs());
        cpu.append(watch.cpuMsElapsed());
    }
};

QString figures(const Timings &timings)
{
    return QStringLiteral("median %1 ms wall, %2 ms CPU")
        .arg(median(timings.wall), 0, 'f', 1)
        .arg(median(timings.cpu), 0, 'f', 1);
}

// Saves and loads one list kRuns times and prints the figures; false when what loads is not
// what was saved.
bool run(const QString &title, const WatchListData &data, const QString &path, QTextStream &out)
{
    WatchListStore writer(path);
    writer.load();
    writer.setSource([&data] { return data; });

    Timings serialize, save, qtParse, parse, load;
    for (int run = 0; run < kRuns; ++run) {
        Stopwatch watch;
        const QByteArray bytes = WatchListJson::serialize(data, QDateTime::currentDateTimeUtc());
        serialize.add(watch);
        watch.restart();
        if (!writer.saveNow()) {
            out << "FAIL: could not save " << path << Qt::endl;
            return false;
        }
        save.add(watch);
        watch.restart();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        qtParse.add(watch);
        watch.restart();
        const WatchListParseResult parsed = WatchListJson::parse(bytes);
        parse.add(watch);
        if (!parsed.ok() || document.isNull()) {
            out << "FAIL: " << parsed.problem << Qt::endl;
            return false;
        }
    }
    for (int run = 0; run < kRuns; ++run) {
        WatchListStore reader(path);
        Stopwatch watch;
        const WatchListLoadResult result = reader.load();
        load.add(watch);
        if (result.status != WatchListLoadResult::Status::Loaded || !(result.data == data)) {
            out << "FAIL: the loaded list differs from the saved one: " << result.message
                << Qt::endl;
            return false;
        }
    }

    const qint64 size = QFileInfo(path).size();
    out << title << ": " << data.tasks.size() << " tasks, each with a snapshot, 3-4 sub-task "
        << "rows and " << data.tasks.first().history.samples().size() << " history samples; "
        << kRuns << " runs\n";
    out << "  file size:  " << size << " bytes (" << QString::number(double(size) / 1048576, 'f', 1)
        << " MiB, " << size / data.tasks.size() << " bytes per task)\n";
    out << "  serialize:  " << figures(serialize) << "\n";
    out << "  save:       " << figures(save) << " (serialize, write, commit)\n";
    out << "  JSON parse: " << figures(qtParse) << " (QJsonDocument alone, for reference)\n";
    out << "  parse:      " << figures(parse) << " (bytes to WatchListData)\n";
    out << "  load:       " << figures(load) << " (read, parse, check)" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    // An optional argument keeps the big list's file for a look at it.
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("watchlist.json"));
    const bool big = run(QStringLiteral("big list"), watchList(10'000, 12), path, out);
    // The overnight watch: fewer tasks, but full histories, saved every few seconds.
    const bool overnight =
        run(QStringLiteral("overnight"), watchList(800, TaskHistory::kMaxSamples),
            dir.filePath(QStringLiteral("overnight.json")), out);
    return big && overnight ? 0 : 1;
}
