// Benchmark: calls spent against freshness on 1,000 tasks, on simulated time against the
// simulator. Half are short (6-90 s), half long (60-900 s); a third of each report no progress.
// The adaptive scheduler (cold: no statistics; warm: those of the earlier rounds, as the window
// keeps them in its store) against a fixed 2 s poll, a fixed 10 s poll and the oracle (one call
// at the exact finish). Prints a table and "BENCH key=value" lines; asserts nothing.

#include "PolicyRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Figures
{
    double callsPerTask = 0;
    double medianS = 0;
    double p95S = 0;
    int unseen = 0;
};

double quantileS(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(q * double(values.size() - 1) + 0.5);
    return double(values.at(index)) / 1000.0;
}

Figures figuresOf(const QList<PolicyOutcome> &outcomes)
{
    Figures figures;
    QList<qint64> delays;
    qint64 calls = 0;
    for (const PolicyOutcome &outcome : outcomes) {
        calls += outcome.calls;
        if (outcome.delayMs < 0)
            ++figures.unseen;
        else
            delays.append(outcome.delayMs);
    }
    figures.callsPerTask = outcomes.isEmpty() ? 0 : double(calls) / double(outcomes.size());
    figures.medianS = quantileS(delays, 0.5);
    figures.p95S = quantileS(delays, 0.95);
    return figures;
}

QList<PolicyOutcome> fixedPoll(const QList<PolicyOutcome> &outcomes, qint64 intervalMs)
{
    QList<PolicyOutcome> polled;
    polled.reserve(outcomes.size());
    for (const PolicyOutcome &outcome : outcomes)
        polled.append(PolicyRun::fixedPoll(outcome, intervalMs));
    return polled;
}

QList<PolicyOutcome> oracle(const QList<PolicyOutcome> &outcomes)
{
    QList<PolicyOutcome> exact = outcomes;
    for (PolicyOutcome &outcome : exact) {
        outcome.calls = 1;
        outcome.delayMs = 0;
    }
    return exact;
}

// Short (6-90 s) and long (60-900 s) tasks, each as its own series of rounds.
struct Outcomes
{
    QList<PolicyOutcome> shortTasks;
    QList<PolicyOutcome> longTasks;
    QList<PolicyOutcome> all() const { return shortTasks + longTasks; }
};

Outcomes runBoth(int roundsPerLength, bool warm)
{
    Outcomes outcomes;
    for (const double scale : {1.0, 10.0}) {
        PolicyRun::Plan plan;
        plan.rounds = roundsPerLength;
        plan.tasksPerRound = 25;
        plan.durationScale = scale;
        plan.warm = warm;
        (scale > 1.0 ? outcomes.longTasks : outcomes.shortTasks) = PolicyRun::run(plan);
    }
    return outcomes;
}

void bench(const char *key, double value)
{
    std::printf("BENCH %s=%.3f\n", key, value);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // 2 lengths x 20 rounds x 25 tasks = 1,000 tasks.
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QElapsedTimer timer;
    timer.start();
    const Outcomes coldRuns = runBoth(rounds, false);
    const Outcomes warmRuns = runBoth(rounds, true);
    const QList<PolicyOutcome> cold = coldRuns.all();
    const QList<PolicyOutcome> warm = warmRuns.all();
    const Figures oracleFigures = figuresOf(oracle(cold));

    std::printf("calls vs freshness: %lld tasks (half 6-90 s, half 60-900 s, a third without "
                "progress), watched 3 s after they started; %.1f s of real time\n",
                static_cast<long long>(cold.size()), double(timer.elapsed()) / 1000.0);
    std::printf("  %-28s | %9s | %8s | %8s | %8s | %s\n", "policy", "calls/task", "median", "p95",
                "x oracle", "unseen");
    const auto row = [&](const char *name, const Figures &f) {
        std::printf("  %-28s | %9.2f  | %6.1f s | %6.1f s | %7.2fx | %d\n", name, f.callsPerTask,
                    f.medianS, f.p95S, f.callsPerTask / oracleFigures.callsPerTask, f.unseen);
    };
    const Figures coldFigures = figuresOf(cold);
    const Figures warmFigures = figuresOf(warm);
    const Figures fixed2 = figuresOf(fixedPoll(cold, 2000));
    const Figures fixed10 = figuresOf(fixedPoll(cold, 10000));
    row("adaptive, cold", coldFigures);
    row("adaptive, warm", warmFigures);
    row("fixed 2 s", fixed2);
    row("fixed 10 s", fixed10);
    row("oracle", oracleFigures);
    std::printf("  by length (x oracle: of the same tasks, one call each):\n");
    row("adaptive, cold, 6-90 s", figuresOf(coldRuns.shortTasks));
    row("adaptive, cold, 60-900 s", figuresOf(coldRuns.longTasks));
    row("adaptive, warm, 6-90 s", figuresOf(warmRuns.shortTasks));
    row("adaptive, warm, 60-900 s", figuresOf(warmRuns.longTasks));
    row("fixed 2 s, 6-90 s", figuresOf(fixedPoll(coldRuns.shortTasks, 2000)));
    row("fixed 2 s, 60-900 s", figuresOf(fixedPoll(coldRuns.longTasks, 2000)));

    bench("calls.adaptive_per_task", coldFigures.callsPerTask);
    bench("calls.oracle_ratio", coldFigures.callsPerTask / oracleFigures.callsPerTask);
    bench("calls.median_delay_s", coldFigures.medianS);
    bench("calls.p95_delay_s", coldFigures.p95S);
    bench("calls.unseen", coldFigures.unseen);
    bench("calls.warm_per_task", warmFigures.callsPerTask);
    bench("calls.warm_oracle_ratio", warmFigures.callsPerTask / oracleFigures.callsPerTask);
    bench("calls.warm_median_delay_s", warmFigures.medianS);
    bench("calls.warm_p95_delay_s", warmFigures.p95S);
    bench("calls.fixed2s_oracle_ratio", fixed2.callsPerTask / oracleFigures.callsPerTask);
    bench("calls.fixed2s_median_delay_s", fixed2.medianS);
    bench("calls.fixed10s_oracle_ratio", fixed10.callsPerTask / oracleFigures.callsPerTask);
    bench("calls.fixed10s_median_delay_s", fixed10.medianS);
    bench("calls.fixed10s_p95_delay_s", fixed10.p95S);
    const Figures coldShort = figuresOf(coldRuns.shortTasks);
    const Figures coldLong = figuresOf(coldRuns.longTasks);
    bench("calls.short_oracle_ratio", coldShort.callsPerTask);
    bench("calls.short_p95_delay_s", coldShort.p95S);
    bench("calls.long_oracle_ratio", coldLong.callsPerTask);
    bench("calls.long_p95_delay_s", coldLong.p95S);
    return 0;
}
