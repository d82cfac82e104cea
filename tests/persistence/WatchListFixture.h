#pragma once

#include "models/persistence/StoredWatchList.h"
#include "models/persistence/WatchListBatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Watch lists for the store tests, as the engine would hand them over.
namespace WatchListFixture {

// A list with its on-demand parts, keyed by TaskRef::key().
struct Contents
{
    StoredWatchList list; // what load() must give back: snapshots without the parts below
    QHash<QString, QList<SubtaskRow>> subtasks;
    QHash<QString, QList<ReportSubmission>> reports;
    QHash<QString, QByteArray> rawBodies;
};

// Every field of every stored type set at least once: all kinds and states, Chinese text,
// integers beyond 2^53, null next to empty, optional numbers both set and missing, binary raw
// bodies, sub-task rows with every value type, report submissions, errors, histories, the
// ledger and duration samples.
Contents rich();

// A plausible list of `count` tasks across a few accounts.
Contents realistic(int count);

// Everything in `contents` as one batch.
WatchListBatch batchOf(const Contents &contents);

} // namespace WatchListFixture
