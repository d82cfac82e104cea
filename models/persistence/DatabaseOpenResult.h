#pragma once

#include <QString>

// How opening the watch-list database went, for the window to tell the user.
struct DatabaseOpenResult
{
    enum class Status {
        Opened,      // an existing database, read and writable
        Created,     // none existed: a new, empty one
        SetAside,    // the file was damaged: moved to setAsidePath, a new one created
        NewerSchema, // written by a newer version: left untouched, nothing will be saved
        Failed,      // could not be opened or created at all: nothing will be saved
    };

    Status status = Status::Failed;
    QString path;
    QString setAsidePath;  // SetAside: where the damaged file went
    int schemaVersion = 0; // the version found (NewerSchema) or in use
    QString message;       // translated, for the user; empty for Opened and Created

    bool canSave() const
    {
        return status == Status::Opened || status == Status::Created || status == Status::SetAside;
    }
};
