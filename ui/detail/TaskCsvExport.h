#pragma once

#include "models/csv/CsvExportOptions.h"
#include "models/csv/CsvExportResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CsvExporter;
class Preferences;
class QWidget;

// The detail pane's exports: asks where to save (in the last export folder), writes through the
// CSV exporter with the user's CSV settings, and warns when the file could not be written.
class TaskCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(TaskCsvExport)

public:
    // nullopt when the user cancelled the save dialog.
    static std::optional<CsvExportResult> askAndWrite(QWidget *parent, Preferences *preferences,
                                                      const QString &title,
                                                      const QString &proposedName,
                                                      const CsvExporter &exporter);
    static CsvExportOptions options(const Preferences *preferences);
    // "31 rows written to /home/…/failed.csv"
    static QString resultText(const CsvExportResult &result);
    // A file name from a task id: characters a file system refuses become "_".
    static QString fileNamePart(const QString &text);
};
