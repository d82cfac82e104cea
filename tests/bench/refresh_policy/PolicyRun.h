#pragma once

#include "models/domain/TaskKind.h"
#include "network/scheduler/RefreshSettings.h"

#include <QHash>
#include <QList>
#include <QString>

// What the policy is measured on, by how much it can know in advance of a finish.
enum class PolicyClass { ProgressWithCreation, CountsWithoutCreation, NoProgress };

// One watched task of a benchmark round and what it cost.
struct PolicyOutcome
{
    PolicyClass policyClass = PolicyClass::NoProgress;
    qint64 durationMs = 0;
    qint64 watchAgeMs = 0; // how old the task was when the watch began
    int calls = 0;
    qint64 delayMs = -1; // finish to display; -1 when the finish was never seen
};

// Rounds of the workload on simulated time against the simulator: each round starts a
// new scheduler (as a new CLI process does) on tasks that started a few seconds earlier, a
// third per class, and lets them run to the end. Warm rounds start with the statistics every
// earlier round left behind, as the CLI's cache file hands them on.
class PolicyRun final
{
public:
    struct Plan
    {
        int rounds = 30;
        int tasksPerRound = 24;
        double durationScale = 1.0; // 10: tasks of 60-900 s
        qint64 watchAgeMs = 3000;
        bool warm = false;
        RefreshSettings settings;
        quint32 seed = 20261201;
    };

    static QList<PolicyOutcome> run(const Plan &plan);

    // The outcome a poller that looks every `intervalMs` from the start of the watch would have
    // had on the same tasks.
    static PolicyOutcome fixedPoll(const PolicyOutcome &task, qint64 intervalMs);

    static PolicyClass classOf(TaskKind kind);
    static QString className(PolicyClass policyClass);
};
