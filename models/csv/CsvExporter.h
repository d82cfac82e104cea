#pragma once

#include "models/csv/CsvExportOptions.h"
#include "models/csv/CsvExportResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CsvProgress;
class CsvWriter;
class QIODevice;

// Runs one export the same way for every kind of content: header, rows with progress and
// cancel, and a file that is replaced only when everything was written. Subclasses supply the
// columns and the rows.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // A column's header: a stable name for scripts and a translated one for people.
    struct Column
    {
        QString machineName;
        QString label;
    };

    virtual ~CsvExporter();

    // Streams to an open device (e.g. stdout). A cancelled or failed export may leave part
    // of the data in the device; use exportToFile() to keep a file whole.
    CsvExportResult write(QIODevice *device, const CsvExportOptions &options = {}) const;

    // Writes through a QSaveFile: the earlier file at filePath stays byte-identical unless
    // every row was written and saved.
    CsvExportResult exportToFile(const QString &filePath,
                                 const CsvExportOptions &options = {}) const;

protected:
    CsvExporter() = default;
    CsvExporter(const CsvExporter &) = default;
    CsvExporter &operator=(const CsvExporter &) = default;

    // Writes the header and every row, calling progress.start() once and progress.advance()
    // after each row. Returns true when all rows were written; false when the writer failed,
    // progress was cancelled, or for a reason of its own put into problem (translated).
    virtual bool writeContent(CsvWriter &writer, CsvProgress &progress,
                              CsvExportOptions::HeaderStyle header, QString &problem) const = 0;

    static bool writeHeader(CsvWriter &writer, const QList<Column> &columns,
                            CsvExportOptions::HeaderStyle header);

private:
    CsvExportResult run(QIODevice *device, const CsvExportOptions &options,
                        const QString &filePath) const;
};
