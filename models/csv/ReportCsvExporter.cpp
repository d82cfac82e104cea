#include "models/csv/ReportCsvExporter.h"

#include "models/csv/CsvFormat.h"
#include "models/csv/CsvProgress.h"
#include "models/csv/CsvWriter.h"

#include <QHash>
#include <QSet>

#include <algorithm>

ReportCsvExporter::ReportCsvExporter(const QList<ReportSubmission> &submissions)
    : m_submissions(submissions)
{}

QStringList ReportCsvExporter::formFieldNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const ReportSubmission &submission : m_submissions) {
        for (const ReportFormField &field : submission.formContents) {
            const QString name = columnName(field);
            if (!seen.contains(name)) {
                seen.insert(name);
                names.append(name);
            }
        }
    }
    return names;
}

QString ReportCsvExporter::columnName(const ReportFormField &field)
{
    return field.fieldName.isEmpty() ? field.fieldId : field.fieldName;
}

bool ReportCsvExporter::writeContent(CsvWriter &writer, CsvProgress &progress,
                                     CsvExportOptions::HeaderStyle header, QString &) const
{
    const QStringList names = formFieldNames();
    QList<Column> columns{
        {QStringLiteral("from_user_name"), tr("Submitter")},
        {QStringLiteral("from_user_id"), tr("Submitter ID")},
        {QStringLiteral("department_name"), tr("Department")},
        {QStringLiteral("commit_time_utc"), tr("Commit time (UTC)")},
        {QStringLiteral("commit_time_local"), tr("Commit time (local)")},
        {QStringLiteral("rule_name"), tr("Rule")},
        {QStringLiteral("to_user_names"), tr("Recipients")},
    };
    QHash<QString, qsizetype> columnOf;
    columnOf.reserve(names.size());
    for (const QString &name : names) {
        columnOf.insert(name, columnOf.size());
        columns.append(Column{name, name});
    }
    if (!writeHeader(writer, columns, header))
        return false;
    if (!progress.start(m_submissions.size()))
        return false;

    QStringList values(names.size());
    QList<bool> filled(names.size());
    for (const ReportSubmission &submission : m_submissions) {
        std::fill(values.begin(), values.end(), QString());
        std::fill(filled.begin(), filled.end(), false);
        for (const ReportFormField &field : submission.formContents) {
            const qsizetype column = columnOf.value(columnName(field));
            // A form that repeats a field name keeps every answer rather than losing one.
            if (filled[column])
                values[column] += QStringLiteral("; ") + field.fieldValue;
            else
                values[column] = field.fieldValue;
            filled[column] = true;
        }
        writer.addText(submission.fromUserName);
        writer.addText(submission.fromUserId);
        writer.addText(submission.departmentName);
        writer.addText(CsvFormat::utcIso(submission.commitTime));
        writer.addText(CsvFormat::localTime(submission.commitTime));
        writer.addText(submission.ruleName);
        writer.addText(submission.toUserNames.join(QStringLiteral("; ")));
        for (const QString &value : std::as_const(values))
            writer.addText(value);
        if (!writer.endRow() || !progress.advance())
            return false;
    }
    return true;
}
