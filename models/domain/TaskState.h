#pragma once

#include <QString>

#include <optional>

// One state vocabulary for every platform (see README "States"). NotFound and Error come from
// the client, not from the task.
enum class TaskState {
    Pending,
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Unknown,
    NotFound,
    Error,
};

namespace TaskStates {

// Stable English word: pending, running, succeeded, partially_failed, failed, unknown,
// not_found, error. Used in JSON, CSV and saved files.
QString id(TaskState state);
std::optional<TaskState> fromId(const QString &id);

// Translated word for people.
QString displayName(TaskState state);

// The task has ended on the platform: polling it again cannot change anything.
bool isTerminal(TaskState state);
bool isFailure(TaskState state);

} // namespace TaskStates
