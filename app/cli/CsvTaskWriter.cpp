#include "CsvTaskWriter.h"

#include "models/csv/CsvWriter.h"
#include "models/csv/SubtaskCsvExporter.h"

#include <QBuffer>

namespace {

template <typename T> void addOptional(CsvWriter &writer, const std::optional<T> &value)
{
    if (value)
        writer.addNumber(QVariant::fromValue(*value));
    else
        writer.addEmpty();
}

void addTime(CsvWriter &writer, const QDateTime &time)
{
    if (time.isValid())
        writer.addText(time.toUTC().toString(Qt::ISODate));
    else
        writer.addEmpty();
}

} // namespace

QByteArray CsvTaskWriter::write(const QList<CliTaskResult> &results, bool withSubtasks,
                                bool failedOnly, QString *problem)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<const CliTaskResult *> selected;
    for (const CliTaskResult &result : results) {
        if (!failedOnly || result.isFailure())
            selected << &result;
    }

    if (withSubtasks) {
        QList<TaskSnapshot> snapshots;
        for (const CliTaskResult *result : selected) {
            TaskSnapshot snapshot = result->snapshot.value_or(TaskSnapshot{});
            snapshot.taskId = result->ref.taskId;
            snapshots << snapshot;
        }
        SubtaskCsvExporter exporter(snapshots);
        if (failedOnly)
            exporter.selectFailedRows();
        CsvExportOptions options;
        options.byteOrderMark = CsvWriter::ByteOrderMark::Omit;
        options.header = CsvExportOptions::HeaderStyle::MachineNames;
        const CsvExportResult written = exporter.write(&buffer, options);
        if (!written.ok())
            *problem = written.errorMessage;
        return buffer.data();
    }

    CsvWriter writer(&buffer, CsvWriter::ByteOrderMark::Omit);
    writer.writeTextRow(
        {QStringLiteral("kind"), QStringLiteral("task_id"), QStringLiteral("state"),
         QStringLiteral("raw_status"), QStringLiteral("type"), QStringLiteral("progress"),
         QStringLiteral("total"), QStringLiteral("succeeded"), QStringLiteral("failed"),
         QStringLiteral("created_at"), QStringLiteral("finished_at"), QStringLiteral("message"),
         QStringLiteral("error_http_status"), QStringLiteral("error_code"),
         QStringLiteral("error_message"), QStringLiteral("error_request_id")});
    for (const CliTaskResult *result : selected) {
        const TaskSnapshot empty;
        const TaskSnapshot &s = result->snapshot ? *result->snapshot : empty;
        writer.addText(TaskKinds::id(result->ref.kind));
        writer.addText(result->ref.taskId);
        writer.addText(TaskStates::id(result->state()));
        writer.addText(s.rawStatus);
        writer.addText(s.type);
        addOptional(writer, s.progress);
        addOptional(writer, s.total);
        addOptional(writer, s.succeeded);
        addOptional(writer, s.failed);
        addTime(writer, s.createdAt);
        addTime(writer, s.finishedAt);
        writer.addText(s.message);
        if (result->error) {
            if (result->error->httpStatus > 0)
                writer.addNumber(result->error->httpStatus);
            else
                writer.addEmpty();
            writer.addText(result->error->code);
            writer.addText(result->error->message);
            writer.addText(result->error->requestId);
        } else {
            for (int i = 0; i < 4; ++i)
                writer.addEmpty();
        }
        writer.endRow();
    }
    if (!writer.flush())
        *problem = writer.errorString();
    return buffer.data();
}
