#pragma once

#include "CliTaskResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// CSV through the models/csv writer and exporters (UTF-8, RFC 4180, formula-safe, no BOM so
// scripts read the first header cleanly): one row per task, or with --subtasks one row per
// sub-task through SubtaskCsvExporter.
class CsvTaskWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvTaskWriter)

public:
    // Empty `problem` on success.
    static QByteArray write(const QList<CliTaskResult> &results, bool withSubtasks, bool failedOnly,
                            QString *problem);
};
