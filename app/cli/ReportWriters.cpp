#include "ReportWriters.h"

#include "JsonTaskWriter.h"
#include "models/csv/ReportCsvExporter.h"
#include "TextTable.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray ReportWriters::json(const QList<ReportSubmission> &reports,
                               const std::optional<ApiError> &error)
{
    QJsonArray items;
    for (const ReportSubmission &report : reports) {
        QJsonArray fields;
        for (const ReportFormField &field : report.formContents) {
            fields.append(QJsonObject{{QStringLiteral("field_id"), field.fieldId},
                                      {QStringLiteral("field_name"), field.fieldName},
                                      {QStringLiteral("field_value"), field.fieldValue}});
        }
        items.append(QJsonObject{
            {QStringLiteral("task_id"), report.taskId},
            {QStringLiteral("rule_id"), report.ruleId},
            {QStringLiteral("rule_name"), report.ruleName},
            {QStringLiteral("from_user_id"), report.fromUserId},
            {QStringLiteral("from_user_name"), report.fromUserName},
            {QStringLiteral("department_name"), report.departmentName},
            {QStringLiteral("department_ids"), QJsonArray::fromStringList(report.departmentIds)},
            {QStringLiteral("commit_time"), JsonTaskWriter::isoTime(report.commitTime)},
            {QStringLiteral("to_user_ids"), QJsonArray::fromStringList(report.toUserIds)},
            {QStringLiteral("to_user_names"), QJsonArray::fromStringList(report.toUserNames)},
            {QStringLiteral("form_contents"), fields},
        });
    }
    QJsonObject root{{QStringLiteral("reports"), items}};
    if (error)
        root.insert(QStringLiteral("error"), JsonTaskWriter::errorObject(*error));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportWriters::table(const QList<ReportSubmission> &reports)
{
    const QStringList fieldNames = ReportCsvExporter(reports).formFieldNames();
    QStringList header{tr("COMMITTED (UTC)"), tr("FROM"), tr("DEPARTMENT"), tr("RULE")};
    header += fieldNames;
    TextTable table(header);
    for (const ReportSubmission &report : reports) {
        QStringList cells{report.commitTime.isValid() ? report.commitTime.toUTC().toString(
                                                            QStringLiteral("yyyy-MM-dd HH:mm"))
                                                      : QStringLiteral("-"),
                          report.fromUserName.isEmpty() ? report.fromUserId : report.fromUserName,
                          report.departmentName, report.ruleName};
        for (const QString &name : fieldNames) {
            QString value;
            for (const ReportFormField &field : report.formContents) {
                if (ReportCsvExporter::columnName(field) == name) {
                    value = field.fieldValue;
                    break;
                }
            }
            // A long answer would push every other column off the screen.
            if (value.size() > 40)
                value = value.left(39) + QChar(0x2026);
            cells << value;
        }
        table.addRow(cells);
    }
    return table.render(false) + tr("%n submission(s)", nullptr, int(reports.size())) +
           QLatin1Char('\n');
}

QByteArray ReportWriters::csv(const QList<ReportSubmission> &reports, QString *problem)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.byteOrderMark = CsvWriter::ByteOrderMark::Omit;
    options.header = CsvExportOptions::HeaderStyle::MachineNames;
    const CsvExportResult result = ReportCsvExporter(reports).write(&buffer, options);
    if (!result.ok())
        *problem = result.errorMessage;
    return buffer.data();
}
