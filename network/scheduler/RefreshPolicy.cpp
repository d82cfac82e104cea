#include "network/scheduler/RefreshPolicy.h"

#include "models/domain/TaskHistory.h"

#include <QRandomGenerator>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNearFinishMs = 20000.0;
// Each finished duration stands for the ones near it: the platforms' durations scatter, and a
// duration seen only by looking is known to a few seconds.
constexpr double kDurationSpread = 0.15;
constexpr double kMinDurationSpreadMs = 1000.0;
constexpr int kInspectionSteps = 240;
// Of the ages at the first check that finished tasks implied: reported progress is rounded down,
// so most fall short of the true age, and the ones near the top are the tasks whose progress had
// just moved. The top few are left out: a finish without a finish time is known only to the wait
// it ended in, and those errors reach above the true age (at 0.98 or the largest, counts tasks
// were seen more than 15 s late).
constexpr double kWatchAgeQuantile = 0.95;
// How far the implied ages scatter below that one, measured down to this quantile: below it the
// rounding of a small first progress, which rateUncertainty() already counts, takes over.
constexpr double kWatchAgeScatterQuantile = 0.8;

qint64 clampInterval(double ms, qint64 lowMs, qint64 highMs)
{
    const double low = static_cast<double>(lowMs);
    const double high = static_cast<double>(std::max(highMs, lowMs));
    return static_cast<qint64>(std::clamp(ms, low, high));
}

qint64 clampInterval(double ms, const RefreshSettings &settings)
{
    return clampInterval(ms, settings.minIntervalMs, settings.maxIntervalMs);
}

// A low budget may push past the longest interval: that is the point of it.
qint64 stretched(qint64 interval, const RefreshInput &input)
{
    if (input.budgetStretch <= 1.0)
        return interval;
    return static_cast<qint64>(static_cast<double>(interval) * input.budgetStretch);
}

qint64 withJitter(qint64 ms, double fraction)
{
    const double offset = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * fraction;
    return std::max<qint64>(0, static_cast<qint64>(static_cast<double>(ms) * (1.0 + offset)));
}

bool hasRecentCreation(const RefreshInput &input)
{
    return input.createdAtMs > 0 &&
           input.nowMs - input.createdAtMs <= RefreshPolicy::kRecentCreationMs;
}

// The age the finished durations are measured in: from the creation time when there is one.
qint64 ageMs(const RefreshInput &input)
{
    const qint64 origin = input.createdAtMs > 0 ? input.createdAtMs : input.watchedSinceMs;
    return origin > 0 ? std::max<qint64>(0, input.nowMs - origin) : 0;
}

// The progress the platforms report is coarse (whole percent or a few steps of it); a rate is
// only as good as the distance it was measured over.
constexpr double kProgressResolution = 1.0;
// Resolutions the progress moved between two readings may be off by (see rateUncertainty()).
constexpr double kRateResolutions = 1.5;
// Feishu creation times are whole seconds: half a second off on average.
constexpr double kCreationTimeResolutionMs = 500.0;

double delayWorthOneCallMs(const RefreshSettings &settings)
{
    return settings.callsPerSecondOfDelay > 0 ? 1000.0 / settings.callsPerSecondOfDelay
                                              : kNearFinishMs;
}

// Where a single sample's rate is measured from: the creation time while it is recent, or for a
// task without one the first check less the age its kind showed there.
struct RateOrigin
{
    qint64 atMs = 0;
    double resolutionMs = kCreationTimeResolutionMs;
};

std::optional<RateOrigin> singleSampleOrigin(const RefreshInput &input)
{
    if (hasRecentCreation(input))
        return RateOrigin{input.createdAtMs, kCreationTimeResolutionMs};
    if (input.createdAtMs > 0 || input.watchedSinceMs <= 0)
        return std::nullopt;
    const auto learned = RefreshPolicy::learnedWatchAge(input.watchAgesMs);
    if (!learned)
        return std::nullopt;
    return RateOrigin{input.watchedSinceMs - learned->ageMs,
                      std::max(kCreationTimeResolutionMs, static_cast<double>(learned->scatterMs))};
}

// Relative uncertainty of progressRate(): from the progress moved over the history, or for a
// single sample from its progress and the resolution of its origin.
double rateUncertainty(const RefreshInput &input)
{
    const double progress = input.progress.value_or(0.0);
    if (input.history && input.history->progressRatePerSecond()) {
        std::optional<double> first;
        for (const HistorySample &sample : input.history->samples()) {
            if (sample.progress) {
                first = sample.progress;
                break;
            }
        }
        // Both readings are rounded, and a platform may move in steps coarser than the percent it
        // reports (the simulator's tasks of 50 steps, 2 % each). Counted once, a doc task of 45 s
        // that read 0 % and 7 % 4 s apart was seen 15.25 s after its end; counted twice, tasks of
        // 60-900 s cost half a call more each; one and a half does neither.
        const double moved = progress - first.value_or(0.0);
        return moved > 0 ? kRateResolutions * kProgressResolution / moved : 1.0;
    }
    const auto origin = singleSampleOrigin(input);
    const double age = origin ? static_cast<double>(input.nowMs - origin->atMs) : 0.0;
    if (progress <= 0 || age <= 0)
        return 1.0;
    return kProgressResolution / progress + origin->resolutionMs / age;
}

} // namespace

namespace RefreshPolicy {

std::optional<double> progressRate(const RefreshInput &input)
{
    if (input.history) {
        if (auto rate = input.history->progressRatePerSecond(); rate && *rate > 0)
            return rate;
    }
    // One sample: its progress over the task's age, but only while that age is short enough to
    // describe how the task moves now.
    if (!input.progress || !(*input.progress > 0))
        return std::nullopt;
    const auto origin = singleSampleOrigin(input);
    if (!origin || input.nowMs <= origin->atMs + 500)
        return std::nullopt;
    return *input.progress / (static_cast<double>(input.nowMs - origin->atMs) / 1000.0);
}

std::optional<LearnedWatchAge> learnedWatchAge(const QList<qint64> &watchAgesMs)
{
    if (watchAgesMs.size() < kMinDurations)
        return std::nullopt;
    QList<qint64> sorted = watchAgesMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&sorted](double q) {
        const double position = q * static_cast<double>(sorted.size() - 1);
        return sorted[static_cast<qsizetype>(std::llround(position))];
    };
    const qint64 age = at(kWatchAgeQuantile);
    // As for a creation time: an age beyond this says nothing about the next minute.
    if (age <= 0 || age > kRecentCreationMs)
        return std::nullopt;
    return LearnedWatchAge{age, age - at(kWatchAgeScatterQuantile)};
}

std::optional<qint64> impliedAgeMs(double progress, qint64 atMs, qint64 finishedMs)
{
    if (!(progress > 0) || !(progress < 100.0) || finishedMs <= atMs)
        return std::nullopt;
    const double fraction = progress / 100.0;
    return std::llround(fraction * static_cast<double>(finishedMs - atMs) / (1.0 - fraction));
}

std::optional<qint64> inspectionIntervalMs(const QList<qint64> &finishedDurationsMs, qint64 ageMs,
                                           qint64 minIntervalMs, qint64 maxIntervalMs,
                                           double callsPerSecondOfDelay)
{
    if (finishedDurationsMs.size() < kMinDurations || maxIntervalMs <= 0)
        return std::nullopt;
    double endMs = 0;
    for (qint64 d : finishedDurationsMs)
        endMs = std::max(endMs,
                         static_cast<double>(d) * (1.0 + kDurationSpread) + kMinDurationSpreadMs);
    const double start = static_cast<double>(ageMs);
    if (endMs <= start)
        return std::nullopt;
    const double minMs = static_cast<double>(std::max<qint64>(1, minIntervalMs));
    const double step = std::max(minMs / 4.0, (endMs - start) / kInspectionSteps);
    const int cells = static_cast<int>(std::ceil((endMs - start) / step)) +
                      static_cast<int>(std::ceil(minMs / step));

    // Probability mass of the finish in each cell, given that the task is still running now.
    QVarLengthArray<double, 512> mass(cells, 0.0);
    double total = 0;
    for (qint64 d : finishedDurationsMs) {
        const double spread =
            std::max(kMinDurationSpreadMs, static_cast<double>(d) * kDurationSpread);
        const double low = static_cast<double>(d) - spread;
        const double high = static_cast<double>(d) + spread;
        for (int k = 0; k < cells; ++k) {
            const double a = std::max(low, start + k * step);
            const double b = std::min(high, start + (k + 1) * step);
            if (b > a) {
                mass[k] += (b - a) / (high - low);
                total += (b - a) / (high - low);
            }
        }
    }
    // A task that has outlived nearly all of its kind is not described by them.
    if (total < 0.02 * static_cast<double>(finishedDurationsMs.size()))
        return std::nullopt;

    // cumulative[j]: chance of a finish by grid point j; weighted[j]: the same weighted by the
    // cell's middle, so the expected delay of a look at j for finishes after i is a difference.
    QVarLengthArray<double, 512> cumulative(cells + 1, 0.0);
    QVarLengthArray<double, 512> weighted(cells + 1, 0.0);
    for (int k = 0; k < cells; ++k) {
        cumulative[k + 1] = cumulative[k] + mass[k] / total;
        weighted[k + 1] = weighted[k] + mass[k] / total * (k + 0.5) * step / 1000.0;
    }
    const int shortest = std::max(1, static_cast<int>(std::ceil(minMs / step)));
    const int longest = std::max(shortest, static_cast<int>(std::floor(maxIntervalMs / step)));
    const double delayWeight = std::max(0.0, callsPerSecondOfDelay);

    // cost[i]: expected calls plus weighted delay from a look at grid point i onwards.
    QVarLengthArray<double, 512> cost(cells + 1, 0.0);
    QVarLengthArray<int, 512> next(cells + 1, -1);
    for (int i = cells - 1; i >= 0; --i) {
        const double running = 1.0 - cumulative[i];
        if (running < 1e-9)
            continue;
        double best = std::numeric_limits<double>::infinity();
        for (int j = i + shortest; j <= std::min(cells, i + longest); ++j) {
            const double at = j * step / 1000.0;
            const double delay = at * (cumulative[j] - cumulative[i]) - (weighted[j] - weighted[i]);
            const double value = running + delayWeight * delay + cost[j];
            if (value < best) {
                best = value;
                next[i] = j;
            }
        }
        if (next[i] < 0)
            next[i] = std::min(cells, i + shortest);
        cost[i] = best;
    }
    return static_cast<qint64>(std::llround(next[0] * step));
}

std::optional<qint64> lateWindowEndMs(const QList<qint64> &finishedDurationsMs, qint64 watchAgeMs,
                                      double lateShare)
{
    if (!(lateShare > 0))
        return std::nullopt;
    QList<qint64> later;
    for (qint64 d : finishedDurationsMs) {
        if (d > watchAgeMs)
            later.append(d);
    }
    if (later.size() < kMinDurations)
        return std::nullopt;
    std::sort(later.begin(), later.end());
    const double position = std::min(lateShare, 1.0) * static_cast<double>(later.size() - 1);
    const auto index = static_cast<qsizetype>(std::floor(position));
    const double low = static_cast<double>(later[index]);
    const double high = static_cast<double>(later[std::min(index + 1, later.size() - 1)]);
    return std::llround(low + (position - static_cast<double>(index)) * (high - low));
}

std::optional<qint64> nextIntervalMs(const RefreshInput &input, const RefreshSettings &settings)
{
    if (TaskStates::isTerminal(input.state))
        return std::nullopt;

    if (input.state == TaskState::Error) {
        if (input.errorCategory == ApiError::Category::QuotaExhausted)
            return stretched(settings.maxIntervalMs * 10, input);
        const double base = static_cast<double>(settings.minIntervalMs) *
                            std::pow(2.0, std::min(input.consecutiveErrors, 16));
        return stretched(withJitter(clampInterval(base, settings), 0.2), input);
    }
    if (input.state == TaskState::Unknown || input.state == TaskState::NotFound)
        return stretched(settings.maxIntervalMs, input);

    if (input.kind == TaskKind::FeishuReport) {
        const qint64 untilEnd = input.reportWindowEndMs - input.nowMs;
        qint64 interval = settings.reportIntervalMs;
        if (untilEnd > 0 && untilEnd + kFinishMarginMs < interval)
            interval = untilEnd + kFinishMarginMs; // one last look once the window has closed
        return stretched(std::max(interval, settings.minIntervalMs), input);
    }

    const qint64 blindMaxMs = std::min(settings.maxIntervalMs, settings.noProgressMaxIntervalMs);
    const qint64 learnedMaxMs =
        std::min(settings.maxIntervalMs, settings.learnedNoProgressMaxIntervalMs);
    if (input.progress && *input.progress < 100.0) {
        if (auto rate = progressRate(input)) {
            const double remainingMs = (100.0 - *input.progress) / *rate * 1000.0;
            const double spread = std::min(rateUncertainty(input), 1.0);
            // The finish lies somewhere in remaining * (1 -+ spread). Looking at its earliest
            // plausible moment plus the delay one call is worth costs the least on average;
            // an estimate that sure lands just past the latest plausible moment instead.
            const double earliest = remainingMs * (1.0 - spread) + delayWorthOneCallMs(settings);
            const double latest = remainingMs * (1.0 + spread) + kFinishMarginMs;
            return stretched(clampInterval(std::min(earliest, latest), settings), input);
        }
        // Progress without a rate yet (0 % so far, or no recent creation time): one look when
        // the progress will have moved enough to measure, not a series of blind ones.
        if (auto learned = inspectionIntervalMs(input.finishedDurationsMs, ageMs(input),
                                                settings.minIntervalMs, learnedMaxMs,
                                                settings.callsPerSecondOfDelay))
            return stretched(*learned, input);
        const double probe = std::max<double>(2.0 * settings.minIntervalMs, ageMs(input));
        return stretched(clampInterval(probe, settings.minIntervalMs, blindMaxMs), input);
    }

    // No usable progress: look where the finished tasks of this kind say a finish has become
    // likely enough to be worth a call, never further apart than a late finish; only the
    // earliest finishes after the watch began, the share it may see late, are looked past.
    // Knowing nothing, at the longest blind wait.
    if (auto learned =
            inspectionIntervalMs(input.finishedDurationsMs, ageMs(input), settings.minIntervalMs,
                                 learnedMaxMs, settings.callsPerSecondOfDelay)) {
        qint64 wait = *learned;
        // Planned from the age at the start of the watch, not from now: re-planning at each
        // answer must not spend the share again.
        const qint64 watchAgeMs =
            std::max<qint64>(0, ageMs(input) - (input.nowMs - input.watchedSinceMs));
        if (auto windowEnd = lateWindowEndMs(input.finishedDurationsMs, watchAgeMs,
                                             settings.noProgressLateShare);
            windowEnd && *windowEnd > ageMs(input) && settings.lateDelayMs > 0) {
            const double pastWindow =
                static_cast<double>(*windowEnd + settings.lateDelayMs - ageMs(input));
            wait = std::max(wait, clampInterval(pastWindow, settings));
        }
        return stretched(wait, input);
    }
    return stretched(
        clampInterval(static_cast<double>(blindMaxMs), settings.minIntervalMs, blindMaxMs), input);
}

} // namespace RefreshPolicy
