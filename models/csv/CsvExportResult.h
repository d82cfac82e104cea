#pragma once

#include <QString>

// What an export did: how many rows it wrote, or why the file was left as it was.
struct CsvExportResult
{
    enum class Status {
        Written,
        Cancelled, // the progress callback asked to stop; nothing was replaced
        Failed,    // the file could not be created, written or saved; nothing was replaced
    };

    Status status = Status::Failed;
    qint64 rows = 0;      // data rows written, header not counted; discarded unless Written
    QString filePath;     // empty when writing to a device
    QString errorMessage; // translated, for a message box; empty when Written

    bool ok() const { return status == Status::Written; }

    friend bool operator==(const CsvExportResult &, const CsvExportResult &) = default;
};
