#include "network/scheduler/RefreshPolicy.h"

#include "models/domain/TaskHistory.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

qint64 clampInterval(double ms, const RefreshSettings &settings)
{
    const double low = static_cast<double>(settings.minIntervalMs);
    const double high =
        static_cast<double>(std::max(settings.maxIntervalMs, settings.minIntervalMs));
    return static_cast<qint64>(std::clamp(ms, low, high));
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

qint64 growFrom(qint64 lastIntervalMs, qint64 startMs, const RefreshSettings &settings)
{
    if (lastIntervalMs <= 0)
        return clampInterval(static_cast<double>(startMs), settings);
    return clampInterval(static_cast<double>(lastIntervalMs) * RefreshPolicy::kGrowth, settings);
}

} // namespace

namespace RefreshPolicy {

std::optional<double> progressRate(const RefreshInput &input)
{
    if (input.history) {
        if (auto rate = input.history->progressRatePerSecond(); rate && *rate > 0)
            return rate;
    }
    if (input.progress && *input.progress > 0 && input.createdAtMs > 0 &&
        input.nowMs > input.createdAtMs + 500) {
        return *input.progress / (static_cast<double>(input.nowMs - input.createdAtMs) / 1000.0);
    }
    return std::nullopt;
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

    if (input.progress && *input.progress < 100.0) {
        if (auto rate = progressRate(input)) {
            const double remainingMs = (100.0 - *input.progress) / *rate * 1000.0;
            // Near the end, aim just past the predicted finish; far from it, come back sooner
            // than predicted to correct the estimate while it still matters.
            const double target =
                remainingMs <= 20000.0 ? remainingMs + kFinishMarginMs : remainingMs * 0.7;
            return stretched(clampInterval(target, settings), input);
        }
    }

    // No usable progress: start around when the quickest tasks of this kind finish, then look
    // more and more rarely, but never so rarely that a finish goes unseen for long.
    RefreshSettings blind = settings;
    blind.maxIntervalMs = std::min(settings.maxIntervalMs, settings.noProgressMaxIntervalMs);
    if (input.lastIntervalMs <= 0 && input.earlyDurationMs) {
        const qint64 since = input.createdAtMs > 0 ? input.createdAtMs : input.watchedSinceMs;
        const qint64 untilTypical = since + *input.earlyDurationMs - input.nowMs;
        if (untilTypical > settings.minIntervalMs * 2)
            return stretched(clampInterval(static_cast<double>(untilTypical), blind), input);
    }
    return stretched(growFrom(input.lastIntervalMs, settings.minIntervalMs * 2, blind), input);
}

} // namespace RefreshPolicy
