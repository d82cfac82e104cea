// Benchmark: the adaptive refresh policy on the reference workload of DESIGN.md (tasks of
// 6-90 s, a third without progress), on simulated time against the simulator. Prints calls per
// task and how long after each finish it was seen, next to polling every 2 s. Asserts nothing.

#include "SchedulerHarness.h"
#include "TaskGenerator.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

struct Workload
{
    TaskRef ref;
    qint64 startMs = 0;
    qint64 durationMs = 0;
};

double quantile(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return static_cast<double>(
        values[static_cast<qsizetype>(q * static_cast<double>(values.size() - 1))]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int taskCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;

    SchedulerHarness harness;
    QRandomGenerator rng(20261121);
    const SimTaskKind kinds[] = {SimTaskKind::FeishuDrive, SimTaskKind::FeishuContact,
                                 SimTaskKind::DingTalkStorage, SimTaskKind::DingTalkDoc};
    QList<Workload> workload;
    for (int i = 0; i < taskCount; ++i) {
        TaskGenerator::Spec spec;
        // A third without progress (drive), the rest split over the kinds that report it.
        spec.kind = i % 3 == 0 ? kinds[0] : kinds[1 + (i % 3 == 1 ? 0 : 1 + (i / 3) % 2)];
        spec.withProgress = spec.kind != SimTaskKind::FeishuDrive;
        spec.progressSteps = 40;
        spec.total = 200;
        const qint64 duration = 6000 + rng.bounded(84001);
        const qint64 start = rng.bounded(300001);
        const QString id = QStringLiteral("bench-%1").arg(i);
        harness.platform.simulator.addTask(TaskGenerator::make(spec, id, start, duration));
        const TaskKind kind = spec.kind == SimTaskKind::FeishuDrive     ? TaskKind::FeishuDrive
                              : spec.kind == SimTaskKind::FeishuContact ? TaskKind::FeishuContact
                              : spec.kind == SimTaskKind::DingTalkStorage
                                  ? TaskKind::DingTalkStorage
                                  : TaskKind::DingTalkDoc;
        workload.append({SimulatedPlatform::ref(kind, id), start, duration});
    }
    std::sort(workload.begin(), workload.end(),
              [](const Workload &a, const Workload &b) { return a.startMs < b.startMs; });

    // Each task is added when it is created, as an admin pastes the id the script printed.
    qsizetype next = 0;
    const qint64 stepMs = 250;
    const qint64 endMs = 300000 + 90000 + 120000;
    for (qint64 t = 0; t <= endMs; t += stepMs) {
        while (next < workload.size() && workload[next].startMs <= t)
            harness.watch(workload[next++].ref);
        harness.scheduler.tick();
        harness.settle();
        harness.platform.advance(stepMs);
    }

    QList<qint64> delays;
    QList<qint64> delaysNoProgress;
    qint64 calls = 0;
    qint64 callsNoProgress = 0;
    qint64 naiveCalls = 0;
    int missed = 0;
    for (const Workload &w : workload) {
        const QString key = w.ref.key();
        calls += harness.calls.value(key);
        naiveCalls += w.durationMs / 2000 + 1;
        if (!harness.detectedAtMs.contains(key)) {
            ++missed;
            continue;
        }
        const qint64 delay = harness.detectedAtMs.value(key) - (w.startMs + w.durationMs);
        delays << delay;
        if (w.ref.kind == TaskKind::FeishuDrive) {
            delaysNoProgress << delay;
            callsNoProgress += harness.calls.value(key);
        }
    }
    const double n = static_cast<double>(workload.size());
    std::printf("refresh policy, %d tasks of 6-90 s (a third without progress), simulated\n",
                taskCount);
    std::printf(
        "  adaptive: %.2f calls/task, finish seen after median %.1f s, p95 %.1f s, max %.1f s\n",
        static_cast<double>(calls) / n, quantile(delays, 0.5) / 1000.0,
        quantile(delays, 0.95) / 1000.0, quantile(delays, 1.0) / 1000.0);
    std::printf(
        "    without progress: %.2f calls/task, median %.1f s, p95 %.1f s\n",
        static_cast<double>(callsNoProgress) / std::max<qsizetype>(1, delaysNoProgress.size()),
        quantile(delaysNoProgress, 0.5) / 1000.0, quantile(delaysNoProgress, 0.95) / 1000.0);
    std::printf("  every 2 s: %.2f calls/task, finish seen after median 1.0 s, max 2.0 s\n",
                static_cast<double>(naiveCalls) / n);
    QList<std::pair<qint64, const Workload *>> worst;
    for (const Workload &w : workload) {
        if (harness.detectedAtMs.contains(w.ref.key()))
            worst.append({harness.detectedAtMs.value(w.ref.key()) - w.startMs - w.durationMs, &w});
    }
    std::sort(worst.begin(), worst.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("  slowest to be seen:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(5, worst.size()); ++i) {
        const Workload &w = *worst[i].second;
        std::printf("    %-16s ran %5.1f s, seen %5.1f s late, %d calls\n",
                    qPrintable(TaskKinds::id(w.ref.kind)),
                    static_cast<double>(w.durationMs) / 1000.0,
                    static_cast<double>(worst[i].first) / 1000.0, harness.calls.value(w.ref.key()));
    }
    std::printf("  rate-limited answers: %d, tasks whose end was never seen: %d\n",
                harness.platform.simulator.rateLimitedCount(), missed);
    return 0;
}
