#include "ui/detail/TaskCsvExport.h"

#include "models/csv/CsvExporter.h"
#include "models/preferences/Preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

std::optional<CsvExportResult> TaskCsvExport::askAndWrite(QWidget *parent, Preferences *preferences,
                                                          const QString &title,
                                                          const QString &proposedName,
                                                          const CsvExporter &exporter)
{
    const QString remembered = preferences ? preferences->lastExportFolder() : QString();
    const QString folder = remembered.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : remembered;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(proposedName), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return std::nullopt;
    if (preferences)
        preferences->setLastExportFolder(QFileInfo(path).absolutePath());
    const CsvExportResult result = exporter.exportToFile(path, options(preferences));
    if (!result.ok())
        QMessageBox::warning(parent, tr("Export failed"), result.errorMessage);
    return result;
}

CsvExportOptions TaskCsvExport::options(const Preferences *preferences)
{
    CsvExportOptions options;
    if (preferences && !preferences->csvByteOrderMark())
        options.byteOrderMark = CsvWriter::ByteOrderMark::Omit;
    return options;
}

QString TaskCsvExport::resultText(const CsvExportResult &result)
{
    if (!result.ok())
        return result.errorMessage;
    return tr("%n row(s) written to %1", nullptr, int(result.rows))
        .arg(QDir::toNativeSeparators(result.filePath));
}

QString TaskCsvExport::fileNamePart(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    QString part = text;
    part.replace(unsafe, QStringLiteral("_"));
    return part.left(60);
}
