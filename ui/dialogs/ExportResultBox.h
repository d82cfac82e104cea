#pragma once

#include "models/csv/CsvExportResult.h"

#include <QMessageBox>

// The message after an export: the rows written and the file, with "Open file" and "Show in
// folder" (through QDesktopServices), or why nothing was written. Deletes itself when closed.
class ExportResultBox final : public QMessageBox
{
    Q_OBJECT

public:
    explicit ExportResultBox(const CsvExportResult &result, QWidget *parent = nullptr);
};
