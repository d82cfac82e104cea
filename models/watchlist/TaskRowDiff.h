#pragma once

#include "models/domain/WatchedTask.h"

#include <QtGlobal>

// Which cells of a task table row differ between two versions of a task, as a column mask
// (bit n = TaskTableModel column n). Compares the values behind the cells, not their text.
namespace TaskRowDiff {

quint32 changedColumns(const WatchedTask &before, const WatchedTask &after);

// Columns whose text moves with the clock for this task (elapsed, ETA, next check).
quint32 clockDependentColumns(const WatchedTask &task);

} // namespace TaskRowDiff
