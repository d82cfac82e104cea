#include "models/domain/TaskState.h"

#include <QCoreApplication>

namespace {

constexpr TaskState kAllStates[] = {
    TaskState::Pending, TaskState::Running, TaskState::Succeeded, TaskState::PartiallyFailed,
    TaskState::Failed,  TaskState::Unknown, TaskState::NotFound,  TaskState::Error,
};

} // namespace

namespace TaskStates {

QString id(TaskState state)
{
    switch (state) {
    case TaskState::Pending:
        return QStringLiteral("pending");
    case TaskState::Running:
        return QStringLiteral("running");
    case TaskState::Succeeded:
        return QStringLiteral("succeeded");
    case TaskState::PartiallyFailed:
        return QStringLiteral("partially_failed");
    case TaskState::Failed:
        return QStringLiteral("failed");
    case TaskState::Unknown:
        return QStringLiteral("unknown");
    case TaskState::NotFound:
        return QStringLiteral("not_found");
    case TaskState::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<TaskState> fromId(const QString &id)
{
    for (TaskState state : kAllStates) {
        if (TaskStates::id(state) == id)
            return state;
    }
    return std::nullopt;
}

QString displayName(TaskState state)
{
    switch (state) {
    case TaskState::Pending:
        return QCoreApplication::translate("TaskState", "Pending");
    case TaskState::Running:
        return QCoreApplication::translate("TaskState", "Running");
    case TaskState::Succeeded:
        return QCoreApplication::translate("TaskState", "Succeeded");
    case TaskState::PartiallyFailed:
        return QCoreApplication::translate("TaskState", "Partly failed");
    case TaskState::Failed:
        return QCoreApplication::translate("TaskState", "Failed");
    case TaskState::Unknown:
        return QCoreApplication::translate("TaskState", "Unknown");
    case TaskState::NotFound:
        return QCoreApplication::translate("TaskState", "Not found");
    case TaskState::Error:
        return QCoreApplication::translate("TaskState", "Error");
    }
    return {};
}

bool isTerminal(TaskState state)
{
    return state == TaskState::Succeeded || state == TaskState::PartiallyFailed ||
           state == TaskState::Failed;
}

bool isFailure(TaskState state)
{
    return state == TaskState::PartiallyFailed || state == TaskState::Failed;
}

} // namespace TaskStates
