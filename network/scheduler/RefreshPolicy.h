#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "network/scheduler/RefreshSettings.h"

#include <QtGlobal>

#include <optional>

class TaskHistory;

// What the policy needs to know about one task to choose its next check.
struct RefreshInput
{
    TaskKind kind = TaskKind::FeishuContact;
    TaskState state = TaskState::Unknown; // as displayed: Error while the last request failed
    std::optional<ApiError::Category> errorCategory;
    int consecutiveErrors = 0;
    std::optional<double> progress;
    qint64 createdAtMs = 0;    // wall ms; 0 when the platform gave no creation time
    qint64 watchedSinceMs = 0; // wall ms of the first check
    qint64 nowMs = 0;          // wall ms
    qint64 lastIntervalMs = 0; // the previous interval chosen, 0 before the second check
    std::optional<qint64> earlyDurationMs; // an early quantile of this kind's durations
    qint64 reportWindowEndMs = 0;          // report queries: end of the commit window
    double budgetStretch = 1.0;            // >= 1 when the monthly budget runs low
    const TaskHistory *history = nullptr;
};

// Chooses when to check a task next, spending calls where they buy freshness: never for a
// finished task, just after the predicted finish for one that reports progress, gradually
// less often for one that does not, and slowly for errors and unknown states.
namespace RefreshPolicy {

// Milliseconds until the next check; nullopt means "do not check again unless asked".
std::optional<qint64> nextIntervalMs(const RefreshInput &input, const RefreshSettings &settings);

// Percent per second, from the history or, with a single sample, from the creation time.
std::optional<double> progressRate(const RefreshInput &input);

// How much to wait after a predicted finish, so the check lands after it rather than before.
constexpr qint64 kFinishMarginMs = 750;
constexpr double kGrowth = 1.5;

} // namespace RefreshPolicy
