#include "TableTaskWriter.h"

#include "TextTable.h"

namespace {

template <typename T> QString number(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

} // namespace

QString TableTaskWriter::stateColour(TaskState state)
{
    switch (state) {
    case TaskState::Succeeded:
        return QStringLiteral("32");
    case TaskState::PartiallyFailed:
        return QStringLiteral("33");
    case TaskState::Failed:
    case TaskState::NotFound:
    case TaskState::Error:
        return QStringLiteral("31");
    default:
        return {};
    }
}

QString TableTaskWriter::write(const QList<CliTaskResult> &results, bool withSubtasks,
                               bool failedOnly, bool useColour)
{
    TextTable table({tr("KIND"), tr("TASK ID"), tr("STATE"), tr("PROGRESS"), tr("TOTAL"), tr("OK"),
                     tr("FAILED"), tr("FINISHED (UTC)"), tr("MESSAGE")});
    for (int column : {3, 4, 5, 6})
        table.setRightAligned(column);
    QList<const CliTaskResult *> shown;
    for (const CliTaskResult &result : results) {
        if (failedOnly && !result.isFailure())
            continue;
        shown << &result;
        const TaskSnapshot empty;
        const TaskSnapshot &s = result.snapshot ? *result.snapshot : empty;
        QString message = s.message;
        if (result.error)
            message = result.error->summary();
        const QString progress = s.progress
                                     ? QString::number(*s.progress, 'f', 0) + QLatin1Char('%')
                                     : QStringLiteral("-");
        table.addRow({TaskKinds::id(result.ref.kind), result.ref.taskId,
                      TaskStates::id(result.state()), progress, number(s.total),
                      number(s.succeeded), number(s.failed),
                      s.finishedAt.isValid()
                          ? s.finishedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("-"),
                      message},
                     stateColour(result.state()), 2);
    }
    QString out = table.render(useColour);
    if (!withSubtasks)
        return out;

    for (const CliTaskResult *result : shown) {
        if (!result->snapshot || result->snapshot->subtasks.isEmpty())
            continue;
        QStringList names;
        QList<const SubtaskRow *> rows;
        for (const SubtaskRow &row : result->snapshot->subtasks) {
            if (failedOnly && !row.failed)
                continue;
            rows << &row;
            for (const auto &field : row.fields) {
                if (!names.contains(field.first))
                    names << field.first;
            }
        }
        out += QLatin1Char('\n') +
               tr("Sub-tasks of %1 (%2 rows):").arg(result->ref.taskId).arg(rows.size()) +
               QLatin1Char('\n');
        TextTable sub(names);
        for (const SubtaskRow *row : rows) {
            QStringList cells;
            for (const QString &name : names)
                cells << row->text(name);
            sub.addRow(cells, row->failed ? QStringLiteral("31") : QString(), 0);
        }
        out += sub.render(useColour);
    }
    return out;
}
