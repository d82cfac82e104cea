#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "network/scheduler/RefreshSettings.h"

#include <QList>
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
    // How long finished tasks of this kind and account took, measured like this task's age:
    // from the creation time when the platform gives one, otherwise from the first check.
    QList<qint64> finishedDurationsMs;
    // Tasks without a creation time: how old finished tasks of this kind and account were at the
    // first check, implied by their first progress and when they finished.
    QList<qint64> watchAgesMs;
    qint64 reportWindowEndMs = 0; // report queries: end of the commit window
    double budgetStretch = 1.0;   // >= 1 when the monthly budget runs low
    const TaskHistory *history = nullptr;
};

// Chooses when to check a task next, spending calls where they buy freshness: never for a
// finished task, just after the predicted finish for one that reports progress, where a finish
// has become likely enough for one that does not, and slowly for errors and unknown states.
namespace RefreshPolicy {

// Milliseconds until the next check; nullopt means "do not check again unless asked".
std::optional<qint64> nextIntervalMs(const RefreshInput &input, const RefreshSettings &settings);

// Percent per second: measured from the history once it has two samples that moved, or, from a
// single sample, estimated from a recent creation time or, without one, from the age at the
// first check that finished tasks of the kind showed (watchAgesMs). nullopt when none can be
// trusted.
std::optional<double> progressRate(const RefreshInput &input);

// The wait, from `ageMs`, that best trades calls against the delay before a finish is seen,
// given the durations of finished tasks of the kind (inspection scheduling: look often where a
// finish is likely, rarely where it is not). nullopt when the durations say nothing about a
// task of this age.
std::optional<qint64> inspectionIntervalMs(const QList<qint64> &finishedDurationsMs, qint64 ageMs,
                                           qint64 minIntervalMs, qint64 maxIntervalMs,
                                           double callsPerSecondOfDelay);

// The age by which `lateShare` of the finished tasks of its kind that were older than
// `watchAgeMs` had ended: a task without progress watched from that age may see finishes
// before it late, and looks lateDelayMs after it. nullopt with fewer than kMinDurations
// durations beyond the watch age, or no share.
std::optional<qint64> lateWindowEndMs(const QList<qint64> &finishedDurationsMs, qint64 watchAgeMs,
                                      double lateShare);

// The age at the first check that a task without a creation time most likely had: a high
// quantile of watchAgesMs (progress is reported rounded down, so most ages implied by it fall
// short of the true one), and how far the ages scatter below it. nullopt with fewer than
// kMinDurations ages, or when that age is too old to describe the next minute.
struct LearnedWatchAge
{
    qint64 ageMs = 0;
    qint64 scatterMs = 0;
};
std::optional<LearnedWatchAge> learnedWatchAge(const QList<qint64> &watchAgesMs);

// The age at `atMs` of a task that showed `progress` percent then and finished at `finishedMs`,
// had it moved at one rate since its start; nullopt when that says nothing (no progress, done).
std::optional<qint64> impliedAgeMs(double progress, qint64 atMs, qint64 finishedMs);

// How much to wait after a predicted finish, so the check lands after it rather than before.
constexpr qint64 kFinishMarginMs = 750;
// A creation time older than this says nothing about the next minute of a task.
constexpr qint64 kRecentCreationMs = 15 * 60 * 1000;
// Fewer finished tasks than this are no distribution.
constexpr int kMinDurations = 6;

} // namespace RefreshPolicy
