#include "models/watchlist/TaskCounts.h"

#include "models/watchlist/TaskTableModel.h"

int TaskCounts::unfinished() const
{
    return state(TaskState::Pending) + state(TaskState::Running) + state(TaskState::Unknown);
}

int TaskCounts::needingAttention() const
{
    return state(TaskState::Failed) + state(TaskState::PartiallyFailed) +
           state(TaskState::NotFound) + state(TaskState::Error);
}

TaskCounts TaskCounts::of(const TaskTableModel &tasks)
{
    TaskCounts counts;
    counts.total = tasks.rowCount();
    for (int row = 0; row < counts.total; ++row) {
        const WatchedTask &task = tasks.taskAt(row);
        ++counts.byState[std::size_t(task.displayState())];
        ++counts.byKind[std::size_t(task.ref.kind)];
        ++counts.byAccount[task.ref.accountId];
    }
    return counts;
}
