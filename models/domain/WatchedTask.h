#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskHistory.h"
#include "models/domain/TaskRef.h"
#include "models/domain/TaskSnapshot.h"

#include <QDateTime>

#include <optional>

// Everything the monitor knows about one watched task: what to ask, what the platform last
// said, whether the last request failed, and when it was and will be checked.
struct WatchedTask
{
    TaskRef ref;
    std::optional<TaskSnapshot> snapshot; // the last good answer
    std::optional<ApiError> lastError;    // the last request failed; cleared by a good answer
    QDateTime addedAt;                    // UTC
    QDateTime lastCheckedAt;              // UTC; invalid before the first answer
    QDateTime nextCheckAt;                // UTC; invalid when nothing is scheduled
    qint64 callsSpent = 0;
    bool finishNotified = false; // the "task ended" notification went out; never again
    TaskHistory history;

    // The state to show: Error / NotFound while the last request failed, else the
    // platform's state; Unknown before the first answer.
    TaskState displayState() const;
    bool isTerminal() const { return snapshot && snapshot->isTerminal(); }

    friend bool operator==(const WatchedTask &, const WatchedTask &) = default;
};
