#pragma once

#include "models/csv/CsvProgress.h"
#include "models/csv/CsvWriter.h"

#include <QChar>

// How an exporter writes its file. The defaults suit a person opening it in Excel or WPS.
struct CsvExportOptions
{
    enum class HeaderStyle {
        Labels,       // translated column names for people
        MachineNames, // stable English names for scripts, the same in every language
    };

    CsvWriter::ByteOrderMark byteOrderMark = CsvWriter::ByteOrderMark::Write;
    HeaderStyle header = HeaderStyle::Labels;
    QChar delimiter = u',';       // see CsvWriter; Preferences::supportedCsvDelimiters() in the GUI
    CsvProgressCallback progress; // may be empty
    qint64 progressInterval = 500; // rows between two progress calls
};
