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

void TaskCounts::add(const WatchedTask &task, int delta)
{
    total += delta;
    byState[std::size_t(task.displayState())] += delta;
    byKind[std::size_t(task.ref.kind)] += delta;
    const auto account = byAccount.find(task.ref.accountId);
    if (account == byAccount.end()) {
        if (delta > 0)
            byAccount.insert(task.ref.accountId, delta);
    } else if ((*account += delta) <= 0) {
        byAccount.erase(account);
    }
}

TaskCounts TaskCounts::of(const TaskTableModel &tasks)
{
    return tasks.counts();
}

TaskCounts TaskCounts::recount(const TaskTableModel &tasks)
{
    TaskCounts counts;
    for (int row = 0; row < tasks.rowCount(); ++row)
        counts.add(tasks.taskAt(row), 1);
    return counts;
}
