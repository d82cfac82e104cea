#include "models/csv/SubtaskCsvExporter.h"

#include "models/csv/CsvProgress.h"
#include "models/csv/CsvWriter.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <algorithm>

SubtaskCsvExporter::SubtaskCsvExporter(const QList<SubtaskRow> &rows)
    : m_tasks{TaskRows{QString(), rows}}
{}

SubtaskCsvExporter::SubtaskCsvExporter(const QList<TaskSnapshot> &tasks)
    : m_withTaskId(true)
{
    m_tasks.reserve(tasks.size());
    for (const TaskSnapshot &task : tasks)
        m_tasks.append(TaskRows{task.taskId, task.subtasks});
}

void SubtaskCsvExporter::selectAllRows()
{
    m_selection = Selection::All;
    m_group = {};
}

void SubtaskCsvExporter::selectFailedRows()
{
    m_selection = Selection::Failed;
    m_group = {};
}

void SubtaskCsvExporter::selectFailureGroup(const FailureGroup &group)
{
    m_selection = Selection::Group;
    m_group = group;
}

QStringList SubtaskCsvExporter::fieldNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const TaskRows &task : m_tasks) {
        for (const SubtaskRow &row : task.rows) {
            if (!isSelected(row))
                continue;
            for (const auto &field : row.fields) {
                if (!seen.contains(field.first)) {
                    seen.insert(field.first);
                    names.append(field.first);
                }
            }
        }
    }
    return names;
}

qint64 SubtaskCsvExporter::selectedRowCount() const
{
    qint64 count = 0;
    for (const TaskRows &task : m_tasks)
        count += std::count_if(task.rows.cbegin(), task.rows.cend(),
                               [this](const SubtaskRow &row) { return isSelected(row); });
    return count;
}

bool SubtaskCsvExporter::writeContent(CsvWriter &writer, CsvProgress &progress,
                                      CsvExportOptions::HeaderStyle header, QString &) const
{
    const QStringList names = fieldNames();
    QHash<QString, qsizetype> columnOf;
    columnOf.reserve(names.size());
    QList<Column> columns;
    if (m_withTaskId)
        columns.append(Column{QStringLiteral("task_id"), tr("Task ID")});
    for (const QString &name : names) {
        columnOf.insert(name, columnOf.size());
        columns.append(Column{name, name});
    }
    if (!writeHeader(writer, columns, header))
        return false;
    if (!progress.start(selectedRowCount()))
        return false;

    // Points into the current row's fields: no value is copied, and a missing one stays null.
    QList<const QVariant *> cells(names.size());
    for (const TaskRows &task : m_tasks) {
        for (const SubtaskRow &row : task.rows) {
            if (!isSelected(row))
                continue;
            std::fill(cells.begin(), cells.end(), nullptr);
            // Backwards, so that of two fields with one name the first wins, as in value().
            for (auto field = row.fields.crbegin(); field != row.fields.crend(); ++field)
                cells[columnOf.value(field->first)] = &field->second;
            if (m_withTaskId)
                writer.addText(task.taskId);
            for (const QVariant *cell : std::as_const(cells)) {
                if (cell == nullptr)
                    writer.addEmpty();
                else if (CsvWriter::isNumber(*cell))
                    writer.addNumber(*cell);
                else if (cell->typeId() == QMetaType::QString)
                    writer.addText(cell->toString());
                else
                    writer.addText(SubtaskRow::toText(*cell));
            }
            if (!writer.endRow() || !progress.advance())
                return false;
        }
    }
    return true;
}

bool SubtaskCsvExporter::isSelected(const SubtaskRow &row) const
{
    switch (m_selection) {
    case Selection::All:
        return true;
    case Selection::Failed:
        return row.failed;
    case Selection::Group:
        return m_group.matches(row);
    }
    return false;
}
