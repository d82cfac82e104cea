#include "tests/network/AcceleratedRun.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

// Hours of polling against a platform that fails in every way (label `soak`, `scripts/soak`):
// 500 tasks over 10 simulated hours with random faults from the fault matrix. No crash, every
// task ends in its true state, the calls stay within 10 % of a fault-free run plus the retries
// the faults explain, and memory does not grow after warm-up (run under ASan/LSan by the script).
class tst_Soak final : public QObject
{
    Q_OBJECT

private slots:
    void tenHoursWithRandomFaults();

private:
    struct RunFigures
    {
        qint64 calls = 0;
        qint64 faultsServed = 0;
        qint64 callsWhileStopped = 0;
        int faultsInjected = 0;
        int stops = 0;
        qint64 rssWarmKb = 0;
        qint64 rssEndKb = 0;
        double realSeconds = 0;
        QHash<QString, TaskState> finalStates;
        QHash<QString, TaskState> trueStates;
    };

    RunFigures run(bool withFaults);
};

namespace {

constexpr int kTasks = 500;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kRunMs = 10 * kHourMs;
constexpr qint64 kWarmUpMs = kHourMs;
constexpr qint64 kStepMs = 1000;
constexpr quint32 kSeed = 20261202;

// Resident memory after handing the allocator's free pages back: glibc keeps freed 10 MB
// answers in its heap (its mmap threshold rises after the first one), which is retention, not
// growth of what the program holds.
qint64 rssKb()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct KindShare
{
    SimTaskKind simKind;
    TaskKind kind;
    const char *prefix;
    int count;
};

const QList<KindShare> kShares = {
    {SimTaskKind::FeishuContact, TaskKind::FeishuContact, "contact-", 100},
    {SimTaskKind::FeishuDrive, TaskKind::FeishuDrive, "drive-", 100},
    {SimTaskKind::DingTalkStorage, TaskKind::DingTalkStorage, "storage-", 150},
    {SimTaskKind::DingTalkDoc, TaskKind::DingTalkDoc, "doc-", 150},
};

const QList<QString> kEndpoints = {
    QStringLiteral("feishu.contact"), QStringLiteral("feishu.drive"),
    QStringLiteral("feishu.token"),   QStringLiteral("dingtalk.storage"),
    QStringLiteral("dingtalk.doc"),   QStringLiteral("dingtalk.token"),
};

SimFault randomFault(QRandomGenerator &random)
{
    static const QList<SimFault::Kind> kinds = {
        SimFault::Kind::ResetMidBody,  SimFault::Kind::NeverAnswer,  SimFault::Kind::ServerError,
        SimFault::Kind::Html,          SimFault::Kind::Unavailable,  SimFault::Kind::RateLimit,
        SimFault::Kind::MalformedJson, SimFault::Kind::EmptyBody,    SimFault::Kind::WrongTypes,
        SimFault::Kind::HugeBody,      SimFault::Kind::PlatformCode, SimFault::Kind::DropConnection,
        SimFault::Kind::TokenRejected,
    };
    SimFault fault;
    fault.kind = kinds.at(random.bounded(int(kinds.size())));
    fault.endpoint = kEndpoints.at(random.bounded(int(kEndpoints.size())));
    fault.count = 1 + random.bounded(20);
    fault.resetSeconds = 1;
    if (fault.kind == SimFault::Kind::HugeBody)
        fault.sizeBytes = 10 * 1024 * 1024;
    if (fault.kind == SimFault::Kind::PlatformCode) {
        fault.status = 200;
        const bool feishu = fault.endpoint.startsWith(QLatin1String("feishu"));
        fault.code = feishu ? QStringLiteral("1061001") : QStringLiteral("errcode:-1");
        fault.message = feishu ? QStringLiteral("internal error.") : QStringLiteral("系统繁忙");
    }
    return fault;
}

} // namespace

tst_Soak::RunFigures tst_Soak::run(bool withFaults)
{
    RunFigures figures;
    QElapsedTimer realTime;
    realTime.start();
    SchedulerHarness harness;
    SimulatedPlatform &platform = harness.platform;
    // The list keeps what the Engine keeps: the raw answer, sub-task rows and submissions go to
    // the store, not into the table (a 10 MB answer would otherwise stay with its task).
    QObject::disconnect(&harness.scheduler, &RefreshScheduler::snapshotReceived, nullptr, nullptr);
    QObject::connect(&harness.scheduler, &RefreshScheduler::snapshotReceived,
                     [&harness](const QString &key, const TaskSnapshot &snapshot) {
                         TaskSnapshot light = snapshot;
                         light.rawBody.clear();
                         light.subtasks.clear();
                         light.reports.clear();
                         harness.tasks.applySnapshot(key, light, snapshot.fetchedAt);
                     });
    ApiTransport &transport = platform.session->transport();
    // Long enough for the simulator, on this thread, to write a 10 MB answer under ASan.
    transport.setTransferTimeoutMs(600);
    RetryPolicy policy = transport.retryPolicy();
    policy.maxRateLimitRetries = 1;
    policy.defaultRateLimitWaitMs = 200;
    transport.setRetryPolicy(policy);
    // Settings a user watching hundreds of long tasks would choose; hours stay affordable.
    RefreshSettings settings;
    settings.minIntervalMs = 30'000;
    settings.maxIntervalMs = 600'000;
    settings.noProgressMaxIntervalMs = 300'000;
    settings.learnedNoProgressMaxIntervalMs = 300'000;
    harness.scheduler.setSettings(settings);

    // Tasks start over the first hour and take 5 minutes to 8.5 hours; each is added to the
    // watch list when it starts, as a user pastes ids. From the warm-up on (1 h) the list is
    // whole, so memory measured then and at the end holds the same tasks.
    QRandomGenerator layout(kSeed);
    QList<std::pair<qint64, TaskRef>> arrivals;
    for (const KindShare &share : kShares) {
        TaskGenerator::Spec spec;
        spec.kind = share.simKind;
        spec.total = 20;
        spec.fail = 0;
        for (int i = 0; i < share.count; ++i) {
            const QString id = QLatin1String(share.prefix) + QString::number(i + 1);
            const qint64 start = layout.bounded(60 * 60) * 1000LL;
            const qint64 duration = 5 * 60'000LL + layout.bounded(505 * 60) * 1000LL;
            spec.fail = layout.bounded(4) == 0 ? 1 + layout.bounded(spec.total) : 0;
            platform.simulator.addTask(TaskGenerator::make(spec, id, start, duration));
            arrivals.append({start, SimulatedPlatform::ref(share.kind, id)});
        }
    }
    std::sort(arrivals.begin(), arrivals.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QRandomGenerator faults(kSeed + 1);
    qint64 nextFaultMs = 20 * 60'000;
    qint64 restartAtMs = -1;
    qsizetype arrived = 0;
    const auto step = [&](qint64 nowMs) {
        while (arrived < arrivals.size() && arrivals.at(arrived).first <= nowMs)
            harness.watch(arrivals.at(arrived++).second);
        if (figures.rssWarmKb == 0 && nowMs >= kWarmUpMs)
            figures.rssWarmKb = rssKb();
        if (!withFaults)
            return;
        if (restartAtMs >= 0 && nowMs >= restartAtMs) {
            QCOMPARE(platform.simulator.listen(QHostAddress::LocalHost, platform.port),
                     platform.port);
            restartAtMs = -1;
        }
        // Faults until an hour before the end, so every task can show its true state.
        if (nowMs < nextFaultMs || nowMs > kRunMs - kHourMs || restartAtMs >= 0)
            return;
        nextFaultMs = nowMs + (2 + faults.bounded(10)) * 60'000LL;
        switch (faults.bounded(8)) {
        case 0: // the server goes away for half a minute to five minutes
            platform.simulator.stop();
            restartAtMs = nowMs + (30 + faults.bounded(270)) * 1000LL;
            ++figures.stops;
            break;
        case 1:
            platform.simulator.expireAllTokens();
            ++figures.faultsInjected;
            break;
        default:
            platform.simulator.addFault(randomFault(faults));
            ++figures.faultsInjected;
            break;
        }
    };

    qint64 callsAtStop = 0;
    bool wasStopped = false;
    const auto stepAndCount = [&](qint64 nowMs) {
        step(nowMs);
        const bool stopped = restartAtMs >= 0;
        if (stopped && !wasStopped)
            callsAtStop = harness.totalCalls();
        if (!stopped && wasStopped)
            figures.callsWhileStopped += harness.totalCalls() - callsAtStop;
        wasStopped = stopped;
    };
    runAccelerated(harness, kRunMs, kStepMs, stepAndCount);
    figures.rssEndKb = rssKb();
    figures.calls = harness.totalCalls();
    figures.faultsServed = platform.simulator.faultsServed();

    // The true state: what the platform says now, asked directly (the simulated clock moves
    // on between calls, so the rate limiters let each one through).
    for (const auto &arrival : std::as_const(arrivals)) {
        const TaskRef &ref = arrival.second;
        platform.advance(250);
        const auto direct = platform.fetch(ref);
        figures.trueStates.insert(ref.key(), direct && direct->ok() ? direct->value().state
                                                                    : TaskState::Error);
        const WatchedTask *task = harness.tasks.task(ref.key());
        figures.finalStates.insert(ref.key(), task ? task->displayState() : TaskState::Unknown);
    }
    figures.realSeconds = realTime.elapsed() / 1000.0;
    return figures;
}

void tst_Soak::tenHoursWithRandomFaults()
{
    const RunFigures clean = run(false);
    const RunFigures faulty = run(true);

    int wrong = 0;
    for (auto it = faulty.trueStates.cbegin(); it != faulty.trueStates.cend(); ++it) {
        if (faulty.finalStates.value(it.key()) != it.value())
            ++wrong;
    }
    const qint64 explained = faulty.faultsServed + faulty.callsWhileStopped;
    const double deviation =
        clean.calls > 0 ? double(faulty.calls - explained - clean.calls) / double(clean.calls)
                        : 0.0;
    std::fprintf(stdout,
                 "soak: %d tasks, %lld simulated hours\n"
                 "  fault-free run: %lld calls (%.1f s real)\n"
                 "  faulty run:     %lld calls (%.1f s real); %d faults injected, %d server "
                 "stops; %lld faulty answers served, %lld calls while stopped\n"
                 "  faulty - explained retries = %lld calls, %+.1f %% against fault-free\n"
                 "  tasks not in their true state at the end: %d\n"
                 "  RSS: fault-free run %lld kB at warm-up (1 h), %lld kB at the end; faulty run "
                 "%lld kB at warm-up, %lld kB at the end\n",
                 kTasks, static_cast<long long>(kRunMs / kHourMs),
                 static_cast<long long>(clean.calls), clean.realSeconds,
                 static_cast<long long>(faulty.calls), faulty.realSeconds, faulty.faultsInjected,
                 faulty.stops, static_cast<long long>(faulty.faultsServed),
                 static_cast<long long>(faulty.callsWhileStopped),
                 static_cast<long long>(faulty.calls - explained), deviation * 100.0, wrong,
                 static_cast<long long>(clean.rssWarmKb), static_cast<long long>(clean.rssEndKb),
                 static_cast<long long>(faulty.rssWarmKb), static_cast<long long>(faulty.rssEndKb));
    std::fflush(stdout);

    QCOMPARE(clean.trueStates.size(), kTasks);
    for (auto it = clean.trueStates.cbegin(); it != clean.trueStates.cend(); ++it)
        QVERIFY2(TaskStates::isTerminal(it.value()), qPrintable(it.key()));
    QCOMPARE(wrong, 0);
    QVERIFY(faulty.faultsInjected > 10);
    QVERIFY2(std::abs(deviation) <= 0.10, qPrintable(QString::number(deviation)));
    // Sanitizer builds keep freed memory in quarantine for a while: allow for that, not for
    // growth in proportion to the hours run.
    QVERIFY2(faulty.rssEndKb <= faulty.rssWarmKb + faulty.rssWarmKb / 4 + 64 * 1024,
             qPrintable(QStringLiteral("%1 -> %2 kB").arg(faulty.rssWarmKb).arg(faulty.rssEndKb)));
}

int main(int argc, char *argv[])
{
    // Two runs of ten simulated hours take longer than QTest's default limit of five minutes.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(3 * 3600 * 1000));
    QCoreApplication app(argc, argv);
    tst_Soak test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
