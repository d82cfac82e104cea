// Benchmark: the adaptive refresh policy on the workload of issue 10 (rounds of tasks of 6-90 s,
// a third each with progress and creation time, with counts only, without progress), and on
// one ten times longer, on simulated time against the simulator. Prints calls per task and how
// long after each finish it was seen, per class, cold and warm, and the trade-off against fixed
// polling and an oracle. Asserts nothing. Arguments: rounds (30), seed of the durations, "quick"
// for the per-class table of the reference workload alone.

#include "PolicyRun.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

struct Figures
{
    double callsPerTask = 0;
    double callsStdError = 0; // of callsPerTask: how far apart two seeds may land
    double medianS = 0;
    double p95S = 0;
    int missed = 0;
    int late = 0; // seen more than 15 s after the finish
};

double quantileS(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(q * static_cast<double>(values.size() - 1) + 0.5);
    return static_cast<double>(values[index]) / 1000.0;
}

Figures figuresOf(const QList<PolicyOutcome> &outcomes, std::optional<PolicyClass> only)
{
    Figures figures;
    QList<qint64> delays;
    qint64 calls = 0;
    double squares = 0;
    int count = 0;
    for (const PolicyOutcome &outcome : outcomes) {
        if (only && outcome.policyClass != *only)
            continue;
        ++count;
        calls += outcome.calls;
        squares += static_cast<double>(outcome.calls) * outcome.calls;
        if (outcome.delayMs < 0)
            ++figures.missed;
        else
            delays.append(outcome.delayMs);
        if (outcome.delayMs > 15000)
            ++figures.late;
    }
    figures.callsPerTask = count > 0 ? static_cast<double>(calls) / count : 0;
    if (count > 1) {
        const double variance =
            (squares - count * figures.callsPerTask * figures.callsPerTask) / (count - 1);
        figures.callsStdError = std::sqrt(std::max(0.0, variance) / count);
    }
    figures.medianS = quantileS(delays, 0.5);
    figures.p95S = quantileS(delays, 0.95);
    return figures;
}

QList<PolicyOutcome> mapped(const QList<PolicyOutcome> &outcomes,
                            const std::function<PolicyOutcome(const PolicyOutcome &)> &f)
{
    QList<PolicyOutcome> result;
    result.reserve(outcomes.size());
    for (const PolicyOutcome &outcome : outcomes)
        result.append(f(outcome));
    return result;
}

QString cell(const Figures &f, bool withError = false)
{
    QString text =
        QStringLiteral("%1%2  %3 s  %4 s")
            .arg(f.callsPerTask, 5, 'f', 2)
            .arg(withError ? QStringLiteral("+-%1").arg(f.callsStdError, 4, 'f', 2) : QString())
            .arg(f.medianS, 4, 'f', 1)
            .arg(f.p95S, 4, 'f', 1);
    if (withError)
        text += QStringLiteral(" %1 late").arg(f.late, 2);
    if (f.missed > 0)
        text += QStringLiteral(" (%1 unseen)").arg(f.missed);
    return text;
}

void printWorkload(const char *title, double scale, int rounds, quint32 seed, bool withGoals,
                   bool withTradeOff)
{
    PolicyRun::Plan plan;
    plan.rounds = rounds;
    plan.seed = seed;
    plan.durationScale = scale;
    const QList<PolicyOutcome> cold = PolicyRun::run(plan);
    plan.warm = true;
    const QList<PolicyOutcome> warm = PolicyRun::run(plan);

    std::printf("\n%s: %d rounds of %d tasks, watched %.0f s after they started\n", title,
                plan.rounds, plan.tasksPerRound, static_cast<double>(plan.watchAgeMs) / 1000.0);
    std::printf("  %-36s | %-40s | %-40s%s\n", "class", "cold: calls+-se median p95 >15s",
                "warm: calls+-se median p95 >15s", withGoals ? " | goal cold / warm" : "");
    struct Row
    {
        std::optional<PolicyClass> only;
        const char *name;
        const char *goal;
    };
    const Row rows[] = {
        {PolicyClass::ProgressWithCreation, nullptr, "<= 2.5 / <= 2.2"},
        {PolicyClass::CountsWithoutCreation, nullptr, "<= 3.0 / <= 3.0"},
        {PolicyClass::NoProgress, nullptr, "<= 4.5 at p95 <= 15 s / <= 3.5"},
        {std::nullopt, "all, a third of each", "<= 3.3 / <= 2.9"},
    };
    for (const Row &row : rows) {
        const QString name =
            row.only ? PolicyRun::className(*row.only) : QString::fromLatin1(row.name);
        std::printf("  %-36s | %-40s | %-40s%s%s\n", qPrintable(name),
                    qPrintable(cell(figuresOf(cold, row.only), true)),
                    qPrintable(cell(figuresOf(warm, row.only), true)), withGoals ? " | " : "",
                    withGoals ? row.goal : "");
    }

    if (!withTradeOff)
        return;
    std::printf(
        "  trade-off, all tasks (calls per task, median, p95 delay); adaptive at its longest\n"
        "  wait without progress, knowing nothing / knowing the kind's durations, and the share\n"
        "  of finishes without progress it may see late (the earliest after the watch began):\n");
    struct Caps
    {
        qint64 blindMs;
        qint64 learnedMs;
        double lateShare;
    };
    const RefreshSettings defaults;
    for (const Caps caps :
         {Caps{10000, 10000, defaults.noProgressLateShare},
          Caps{defaults.noProgressMaxIntervalMs, defaults.learnedNoProgressMaxIntervalMs, 0.0},
          Caps{defaults.noProgressMaxIntervalMs, defaults.learnedNoProgressMaxIntervalMs,
               defaults.noProgressLateShare},
          Caps{defaults.noProgressMaxIntervalMs, defaults.learnedNoProgressMaxIntervalMs, 0.15},
          Caps{20000, 20000, defaults.noProgressLateShare},
          Caps{30000, 30000, defaults.noProgressLateShare}}) {
        PolicyRun::Plan variant = plan;
        variant.settings.noProgressMaxIntervalMs = caps.blindMs;
        variant.settings.learnedNoProgressMaxIntervalMs = caps.learnedMs;
        variant.settings.noProgressLateShare = caps.lateShare;
        const bool isDefault = variant.settings == RefreshSettings{};
        variant.warm = false;
        const Figures coldFigures =
            figuresOf(isDefault ? cold : PolicyRun::run(variant), std::nullopt);
        variant.warm = true;
        const Figures warmFigures =
            figuresOf(isDefault ? warm : PolicyRun::run(variant), std::nullopt);
        const QString label = QStringLiteral("adaptive, %1 s / %2 s, late %3 %%4")
                                  .arg(static_cast<double>(caps.blindMs) / 1000.0)
                                  .arg(static_cast<double>(caps.learnedMs) / 1000.0)
                                  .arg(caps.lateShare * 100.0)
                                  .arg(isDefault ? QStringLiteral(" (default)") : QString());
        std::printf("    %-48s | cold %-28s | warm %s\n", qPrintable(label),
                    qPrintable(cell(coldFigures)), qPrintable(cell(warmFigures)));
    }
    for (qint64 intervalMs : {2000, 10000}) {
        const Figures fixed = figuresOf(mapped(cold,
                                               [intervalMs](const PolicyOutcome &o) {
                                                   return PolicyRun::fixedPoll(o, intervalMs);
                                               }),
                                        std::nullopt);
        const QString label = QStringLiteral("every %1 s").arg(intervalMs / 1000);
        std::printf("    %-48s | %s\n", qPrintable(label), qPrintable(cell(fixed)));
    }
    const Figures oracle = figuresOf(mapped(cold,
                                            [](const PolicyOutcome &o) {
                                                PolicyOutcome exact = o;
                                                exact.calls = 1;
                                                exact.delayMs = 0;
                                                return exact;
                                            }),
                                     std::nullopt);
    std::printf("    %-48s | %s\n", "oracle (one call at the finish)", qPrintable(cell(oracle)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    // Another seed draws other durations: how far the figures move with the luck of one draw.
    const quint32 seed = argc > 2 ? QString::fromLocal8Bit(argv[2]).toUInt() : 20261201;
    std::printf("refresh policy on simulated time; a third of each class per round; "
                "cold = no statistics, warm = the statistics of the earlier rounds\n");
    // "quick": the per-class table of the reference workload only.
    const bool quick = argc > 3 && QString::fromLocal8Bit(argv[3]) == QLatin1String("quick");
    printWorkload("reference workload, tasks of 6-90 s", 1.0, rounds, seed, true, !quick);
    if (!quick)
        printWorkload("ten times longer, tasks of 60-900 s", 10.0, std::max(1, rounds / 3), seed,
                      false, true);
    return 0;
}
