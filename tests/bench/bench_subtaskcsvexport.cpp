// Benchmark, not a test: writes 10,000 and then 100,000 sub-task rows to CSV files and prints
// rows per second and peak memory (VmHWM). It asserts no timings; it fails only when an export
// fails. Memory that does not grow with the row count shows as the same peak after both runs.

#include "models/csv/SubtaskCsvExporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

// Peak resident memory of this process in KiB, as the kernel reports it.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files in /proc report size 0, so read it whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A Feishu contact import as the platform returns it: ten fields, Chinese names, every other
// row failed.
QList<SubtaskRow> importRows(int count)
{
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"),
                               QStringLiteral("赵"), QStringLiteral("陈")};
    QList<SubtaskRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool failed = i % 2 == 1;
        const qint64 code = failed ? (i % 6 == 1 ? 40001 : 10013) : 0;
        const QString message = failed ? (code == 10013 ? QStringLiteral("invalid user_id")
                                                        : QStringLiteral("mobile exists, \"dup\""))
                                       : QStringLiteral("success");
        SubtaskRow row;
        row.failed = failed;
        row.code = QString::number(code);
        row.message = message;
        row.fields = {
            {QStringLiteral("user_id"), QStringLiteral("ou_%1").arg(i, 12, 16, QLatin1Char('0'))},
            {QStringLiteral("name"),
             QString(surnames[i % surnames.size()] + QStringLiteral("员工%1").arg(i))},
            {QStringLiteral("mobile"), QStringLiteral("+86 138%1").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
            {QStringLiteral("department_ids"),
             QStringList{QStringLiteral("od-%1").arg(i % 40), QStringLiteral("od-root")}},
            {QStringLiteral("employee_type"), qint64(1 + i % 3)},
            {QStringLiteral("job_title"), QStringLiteral("工程师\n(试用期)")},
            {QStringLiteral("join_time"), qint64(1715299200 + i)},
            {QStringLiteral("code"), code},
            {QStringLiteral("msg"), message},
        };
        rows.append(row);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot create a temporary directory\n";
        return 1;
    }

    // Both inputs exist before the first export, so the peaks below measure the export alone.
    const QList<SubtaskRow> all = importRows(100000);
    const QList<SubtaskRow> first = all.first(10000);
    const qint64 inputPeak = peakResidentKiB();
    out << "input: 100000 rows in memory, peak " << inputPeak << " KiB\n";

    qint64 peakAfterFirst = inputPeak;
    for (const QList<SubtaskRow> *rows : {&first, &all}) {
        const QString path = dir.filePath(QStringLiteral("rows-%1.csv").arg(rows->size()));
        qint64 callbacks = 0;
        CsvExportOptions options;
        options.progress = [&callbacks](qint64, qint64) {
            ++callbacks;
            return true;
        };
        QElapsedTimer timer;
        timer.start();
        const CsvExportResult result = SubtaskCsvExporter(*rows).exportToFile(path, options);
        const qint64 nanoseconds = timer.nsecsElapsed();
        if (!result.ok()) {
            out << "export failed: " << result.errorMessage << '\n';
            return 1;
        }
        const double seconds = double(nanoseconds) / 1e9;
        const qint64 peak = peakResidentKiB();
        out << Qt::left << qSetFieldWidth(7) << result.rows << qSetFieldWidth(0)
            << " rows: " << QString::number(seconds * 1000.0, 'f', 1) << " ms, "
            << QString::number(double(result.rows) / seconds, 'f', 0) << " rows/s, "
            << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1)
            << " MiB file, " << callbacks << " progress calls, peak " << peak << " KiB (+"
            << peak - inputPeak << " KiB over the input)\n";
        if (rows == &all) {
            out << "BENCH export.rows_per_s="
                << QString::number(double(result.rows) / seconds, 'f', 0)
                << "\nBENCH export.peak_rss_growth_bytes=" << (peak - inputPeak) * 1024
                << "\nBENCH export.peak_rss_growth_10k_bytes="
                << (peakAfterFirst - inputPeak) * 1024 << '\n';
        } else {
            peakAfterFirst = peak;
        }
        out.flush();
    }
    return 0;
}
