#pragma once

#include "models/domain/Account.h"
#include "models/domain/CallLedger.h"
#include "models/domain/WatchedTask.h"

#include <QJsonObject>
#include <QList>

// Everything the watch list file holds. Accounts carry no secret: those stay in the keychain.
struct WatchListData
{
    QList<Account> accounts;
    QList<WatchedTask> tasks;
    CallLedger ledger;
    QJsonObject preferences; // kept as given, for settings that travel with the list

    bool isEmpty() const
    {
        return accounts.isEmpty() && tasks.isEmpty() && ledger == CallLedger{} &&
               preferences.isEmpty();
    }

    friend bool operator==(const WatchListData &, const WatchListData &) = default;
};
