#pragma once

#include "models/persistence/WatchListData.h"

#include <QDateTime>
#include <QString>

// What the bytes of a watch list file turned out to be.
struct WatchListParseResult
{
    enum class Outcome {
        Parsed,
        Invalid,      // not JSON, not a watch list, or a field of the wrong shape
        NewerVersion, // a format this build does not know; nothing was read
    };

    Outcome outcome = Outcome::Invalid;
    WatchListData data; // only when Parsed
    qint64 version = 0; // the file's format version, when it had one
    QDateTime savedAt;  // UTC; invalid when the file did not say
    QString problem;    // translated detail, e.g. "tasks[3].snapshot.state: …"

    bool ok() const { return outcome == Outcome::Parsed; }
};
