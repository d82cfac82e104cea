#include "models/watchlist/TaskRowDiff.h"

#include "models/watchlist/ChangedCells.h"
#include "models/watchlist/TaskCellFormatter.h"
#include "models/watchlist/TaskTableModel.h"

#include <optional>
#include <tuple>

namespace {

using Model = TaskTableModel;

quint32 bit(int column)
{
    return ChangedCells::columnBit(column);
}

template <typename T, typename Field>
bool differs(const std::optional<T> &a, const std::optional<T> &b, Field field)
{
    if (a.has_value() != b.has_value())
        return true;
    return a && !(field(*a) == field(*b));
}

} // namespace

namespace TaskRowDiff {

quint32 changedColumns(const WatchedTask &before, const WatchedTask &after)
{
    // State and error colour and explain the whole row (StateRole / ErrorRole on every cell).
    if (before.displayState() != after.displayState() || before.lastError != after.lastError ||
        before.isTerminal() != after.isTerminal())
        return ChangedCells::columnRange(0, Model::ColumnCount - 1);

    const auto &a = before.snapshot;
    const auto &b = after.snapshot;
    quint32 columns = 0;
    if (before.ref.label != after.ref.label || before.ref.taskId != after.ref.taskId)
        columns |= bit(Model::LabelColumn);
    if (before.ref.accountId != after.ref.accountId)
        columns |= bit(Model::AccountColumn);
    if (before.ref.kind != after.ref.kind)
        columns |= bit(Model::KindColumn);
    if (before.ref.taskId != after.ref.taskId)
        columns |= bit(Model::TaskIdColumn);
    if (differs(a, b, [](const TaskSnapshot &s) {
            return std::make_tuple(s.rawStatus, s.message, s.warnings, s.state);
        }))
        columns |= bit(Model::StateColumn);
    if (TaskCellFormatter::progressOf(before) != TaskCellFormatter::progressOf(after) ||
        a.has_value() != b.has_value())
        columns |= bit(Model::ProgressColumn);
    if (differs(a, b, [](const TaskSnapshot &s) { return s.total; }))
        columns |= bit(Model::TotalColumn);
    if (differs(a, b, [](const TaskSnapshot &s) { return s.succeeded; }))
        columns |= bit(Model::SucceededColumn);
    if (differs(a, b, [](const TaskSnapshot &s) { return s.failed; }))
        columns |= bit(Model::FailedColumn);
    const bool createdChanged = differs(a, b, [](const TaskSnapshot &s) { return s.createdAt; });
    if (createdChanged)
        columns |= bit(Model::CreatedColumn);
    if (createdChanged ||
        TaskCellFormatter::finishTime(before) != TaskCellFormatter::finishTime(after))
        columns |= bit(Model::FinishedElapsedColumn);
    if (!after.isTerminal() &&
        before.history.estimatedFinishMs() != after.history.estimatedFinishMs())
        columns |= bit(Model::EtaColumn);
    if (before.lastCheckedAt != after.lastCheckedAt)
        columns |= bit(Model::LastCheckedColumn);
    if (before.nextCheckAt != after.nextCheckAt)
        columns |= bit(Model::NextCheckColumn);
    if (before.callsSpent != after.callsSpent)
        columns |= bit(Model::CallsSpentColumn);
    return columns;
}

quint32 clockDependentColumns(const WatchedTask &task)
{
    quint32 columns = 0;
    if (!task.isTerminal()) {
        if (task.snapshot && task.snapshot->createdAt.isValid())
            columns |= bit(Model::FinishedElapsedColumn);
        if (task.history.estimatedFinishMs())
            columns |= bit(Model::EtaColumn);
    }
    if (task.nextCheckAt.isValid())
        columns |= bit(Model::NextCheckColumn);
    return columns;
}

} // namespace TaskRowDiff
