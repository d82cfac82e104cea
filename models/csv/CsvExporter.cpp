#include "models/csv/CsvExporter.h"

#include "models/csv/CsvProgress.h"
#include "models/csv/CsvWriter.h"

#include <QDir>
#include <QSaveFile>

CsvExporter::~CsvExporter() = default;

CsvExportResult CsvExporter::write(QIODevice *device, const CsvExportOptions &options) const
{
    return run(device, options, {});
}

CsvExportResult CsvExporter::exportToFile(const QString &filePath,
                                          const CsvExportOptions &options) const
{
    const QString shownPath = QDir::toNativeSeparators(filePath);
    CsvExportResult result;
    result.filePath = filePath;

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorMessage = tr("Could not create %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    result = run(&file, options, filePath);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.status = CsvExportResult::Status::Failed;
        result.errorMessage = tr("Could not save %1: %2. The previous file, if any, was left "
                                 "unchanged.")
                                  .arg(shownPath, file.errorString());
    }
    return result;
}

bool CsvExporter::writeHeader(CsvWriter &writer, const QList<Column> &columns,
                              CsvExportOptions::HeaderStyle header)
{
    for (const Column &column : columns) {
        const bool machine = header == CsvExportOptions::HeaderStyle::MachineNames;
        writer.addText(machine && !column.machineName.isEmpty() ? column.machineName
                                                                : column.label);
    }
    return writer.endRow();
}

CsvExportResult CsvExporter::run(QIODevice *device, const CsvExportOptions &options,
                                 const QString &filePath) const
{
    const QString shownPath = QDir::toNativeSeparators(filePath);
    CsvWriter writer(device, options.byteOrderMark, options.delimiter);
    CsvProgress progress(options.progress, options.progressInterval);
    QString problem;
    bool completed = writeContent(writer, progress, options.header, problem);
    if (completed)
        completed = progress.finish();
    if (completed)
        completed = writer.flush();

    CsvExportResult result;
    result.filePath = filePath;
    result.rows = progress.done();
    if (completed) {
        result.status = CsvExportResult::Status::Written;
    } else if (progress.isCancelled()) {
        result.status = CsvExportResult::Status::Cancelled;
        result.errorMessage =
            filePath.isEmpty()
                ? tr("The export was cancelled.")
                : tr("The export was cancelled; %1 was left unchanged.").arg(shownPath);
    } else {
        const QString reason = writer.hasError() ? writer.errorString() : problem;
        result.errorMessage = filePath.isEmpty()
                                  ? tr("Could not write the CSV data: %1").arg(reason)
                                  : tr("Could not write %1: %2. The previous file, if any, was "
                                       "left unchanged.")
                                        .arg(shownPath, reason);
    }
    return result;
}
