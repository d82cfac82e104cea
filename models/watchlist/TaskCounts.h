#pragma once

#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"

#include <QHash>
#include <QString>

#include <array>

class TaskTableModel;
struct WatchedTask;

// How many watched tasks there are per displayed state, kind and account: the filter panel's
// "Failed (3)", the status bar and the tray tool tip. The table keeps them up to date as tasks
// come, change and go, so asking costs nothing at 10,000 tasks.
struct TaskCounts
{
    static constexpr int kStates = int(TaskState::Error) + 1;
    static constexpr int kKinds = int(TaskKind::DingTalkDoc) + 1;

    std::array<int, kStates> byState{};
    std::array<int, kKinds> byKind{};
    QHash<QString, int> byAccount;
    int total = 0;

    int state(TaskState s) const { return byState.at(std::size_t(s)); }
    int kind(TaskKind k) const { return byKind.at(std::size_t(k)); }
    // Still to finish: pending, running or unknown.
    int unfinished() const;
    // Needs a look: failed, partly failed, not found or in error.
    int needingAttention() const;

    // Counts the task in (delta 1) or out (delta -1).
    void add(const WatchedTask &task, int delta);

    static TaskCounts of(const TaskTableModel &tasks);
    // One pass over the table: what of() must always equal.
    static TaskCounts recount(const TaskTableModel &tasks);

    friend bool operator==(const TaskCounts &, const TaskCounts &) = default;
};
