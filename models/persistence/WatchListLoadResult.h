#pragma once

#include "models/persistence/WatchListData.h"

#include <QString>

// What WatchListStore::load() found, and what it did about a file it could not use.
struct WatchListLoadResult
{
    enum class Status {
        Loaded,              // the file was read
        NoFile,              // nothing saved yet: a first start
        RecoveredFromBackup, // the file was damaged or missing; the data is the backup's
        SetAside,            // the file was damaged and moved aside; no usable backup, so empty
        NewerVersion,        // written by a newer Task Monitor: left untouched, saving is off
        Blocked,             // could not be read nor moved aside: left in place, saving is off
    };

    Status status = Status::NoFile;
    WatchListData data;
    QString filePath;
    QString setAsidePath;       // where the damaged file now is
    QString backupPath;         // the backup the data came from
    QString backupSetAsidePath; // where a damaged backup now is
    QString problem;            // translated detail, e.g. "not valid JSON (… at byte 1234)"
    QString message;            // translated, for the user: what happened, where the file went,
                                // what to do; empty when Loaded or NoFile

    bool ok() const { return status == Status::Loaded || status == Status::NoFile; }
    bool canSave() const { return status != Status::NewerVersion && status != Status::Blocked; }
};
