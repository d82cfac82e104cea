#pragma once

#include "models/domain/Account.h"
#include "models/domain/CallLedger.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/WatchedTask.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What changed in the watch list since the last write, as values: the store applies one batch
// in one transaction on its own thread, so the thread that made the changes only copies them.
struct WatchListBatch
{
    // Tasks added or changed, keyed by TaskRef::key(). Their snapshots carry no sub-task rows,
    // report submissions or raw body (any there are ignored): those come below, and only when
    // they changed. A new task goes after those already stored.
    QList<WatchedTask> upserts;
    // Task keys; their rows, submissions, body and history go too. Applied after everything
    // else in the batch, so a task both changed and removed is gone.
    QStringList removals;

    // The full current list for a task whose rows changed; the store writes only the rows that
    // differ from what it holds (a growing list of 100,000 rows is not rewritten).
    QHash<QString, QList<SubtaskRow>> subtasks;
    QHash<QString, QList<ReportSubmission>> reports;
    QHash<QString, QByteArray> rawBodies;

    std::optional<QList<Account>> accounts; // the whole list, when it changed
    std::optional<CallLedger> ledger;       // the whole ledger, when it changed
    // Durations of finished tasks per statistics key (kind|account): all of them, when any
    // changed.
    std::optional<QHash<QString, QList<qint64>>> durationSamples;

    bool isEmpty() const
    {
        return upserts.isEmpty() && removals.isEmpty() && subtasks.isEmpty() && reports.isEmpty() &&
               rawBodies.isEmpty() && !accounts && !ledger && !durationSamples;
    }
};
