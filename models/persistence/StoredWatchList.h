#pragma once

#include "models/domain/Account.h"
#include "models/domain/CallLedger.h"
#include "models/domain/WatchedTask.h"

#include <QHash>
#include <QList>
#include <QString>

// What the store holds, read once at start: everything but sub-task rows, report submissions
// and raw bodies, which are read on demand.
struct StoredWatchList
{
    QList<Account> accounts;
    QList<WatchedTask> tasks; // in the order they were added
    CallLedger ledger;
    QHash<QString, QList<qint64>> durationSamples;
};
