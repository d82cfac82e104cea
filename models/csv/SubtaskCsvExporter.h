#pragma once

#include "models/csv/CsvExporter.h"
#include "models/domain/FailureGroup.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/TaskSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes sub-task rows with every field the platform sent, one column each: the union of the
// field names over the exported rows, in the order the platform first sent them. Several tasks
// go into one file with their task id as the first column.
class SubtaskCsvExporter final : public CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(SubtaskCsvExporter)

public:
    // One task's rows, without a task id column.
    explicit SubtaskCsvExporter(const QList<SubtaskRow> &rows);
    // The rows of several tasks, each row prefixed with its task's id.
    explicit SubtaskCsvExporter(const QList<TaskSnapshot> &tasks);

    void selectAllRows();
    void selectFailedRows();
    void selectFailureGroup(const FailureGroup &group);

    // The platform's field names that become columns, after the task id column if any.
    QStringList fieldNames() const;
    // How many rows the current selection exports.
    qint64 selectedRowCount() const;

protected:
    bool writeContent(CsvWriter &writer, CsvProgress &progress,
                      CsvExportOptions::HeaderStyle header, QString &problem) const override;

private:
    struct TaskRows
    {
        QString taskId;
        QList<SubtaskRow> rows;
    };
    enum class Selection { All, Failed, Group };

    bool isSelected(const SubtaskRow &row) const;

    QList<TaskRows> m_tasks;
    bool m_withTaskId = false;
    Selection m_selection = Selection::All;
    FailureGroup m_group;
};
