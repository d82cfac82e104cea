#pragma once

#include "models/csv/CsvExporter.h"
#include "models/domain/ReportSubmission.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Writes a report query as people read it in WPS: one row per submission, who sent it when to
// whom, then one column per form field name (本周完成, 下周计划, …) in first-seen order.
class ReportCsvExporter final : public CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvExporter)

public:
    explicit ReportCsvExporter(const QList<ReportSubmission> &submissions);

    // The distinct form field names that become columns, in first-seen order.
    QStringList formFieldNames() const;

    // A field's column name: its name, or its id when the platform sent no name.
    static QString columnName(const ReportFormField &field);

protected:
    bool writeContent(CsvWriter &writer, CsvProgress &progress,
                      CsvExportOptions::HeaderStyle header, QString &problem) const override;

private:
    QList<ReportSubmission> m_submissions;
};
