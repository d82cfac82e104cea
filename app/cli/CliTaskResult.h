#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskRef.h"
#include "models/domain/TaskSnapshot.h"

#include <optional>

// What the CLI learnt about one TASK: the last snapshot, and the error of the last request if
// it failed (then the snapshot, if any, is older).
struct CliTaskResult
{
    TaskRef ref;
    std::optional<TaskSnapshot> snapshot;
    std::optional<ApiError> error;

    TaskState state() const
    {
        if (error)
            return error->category == ApiError::Category::NotFound ? TaskState::NotFound
                                                                   : TaskState::Error;
        return snapshot ? snapshot->state : TaskState::Unknown;
    }
    bool isTerminal() const { return !error && snapshot && snapshot->isTerminal(); }
    // --failed-only keeps what did not succeed, and drops what is merely still running.
    bool isFailure() const
    {
        const TaskState s = state();
        return TaskStates::isFailure(s) || s == TaskState::NotFound || s == TaskState::Error;
    }
};
