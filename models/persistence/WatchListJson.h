#pragma once

#include "models/persistence/WatchListData.h"
#include "models/persistence/WatchListParseResult.h"

#include <QByteArray>
#include <QDateTime>

// The watch list file: compact UTF-8 JSON, keys in this order so that the small part is
// readable at the top:
//   {"format": "taskmonitor-watchlist", "version": 1, "saved_at": "…Z", "app_version": "0.1.0",
//    "accounts": [Account::toJson()…], "call_ledger": CallLedger::toJson(),
//    "preferences": {…}, "tasks": [WatchedTaskJson…]}
// Times are ISO 8601 UTC with milliseconds, integers beyond ±2^53 decimal strings. Readers
// ignore keys they do not know, so adding a field keeps version 1; a change an older reader
// would misread needs a new version, which older readers refuse to load or overwrite.
namespace WatchListJson {

inline constexpr char kFormat[] = "taskmonitor-watchlist";
inline constexpr qint64 kVersion = 1;

// Compact JSON: a list of thousands of tasks is read at every start-up.
QByteArray serialize(const WatchListData &data, const QDateTime &savedAt);

// Reads a whole file strictly: anything but a complete, well-formed watch list is Invalid
// with the first problem found, never a partial list.
WatchListParseResult parse(const QByteArray &bytes);

} // namespace WatchListJson
