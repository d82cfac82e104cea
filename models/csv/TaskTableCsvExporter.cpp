#include "models/csv/TaskTableCsvExporter.h"

#include "models/csv/CsvFormat.h"
#include "models/csv/CsvProgress.h"
#include "models/csv/CsvWriter.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace {

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    return value.toString();
}

} // namespace

TaskTableCsvExporter::TaskTableCsvExporter(const QAbstractItemModel *model,
                                           const QList<CsvModelColumn> &columns)
    : m_model(model)
    , m_columns(columns)
{}

QList<CsvModelColumn> TaskTableCsvExporter::textColumns(const QAbstractItemModel *model)
{
    QList<CsvModelColumn> columns;
    const int count = model == nullptr ? 0 : model->columnCount();
    for (int column = 0; column < count; ++column)
        columns.append(CsvModelColumn{column, CsvModelColumn::Kind::Text, Qt::DisplayRole, {}});
    return columns;
}

bool TaskTableCsvExporter::writeContent(CsvWriter &writer, CsvProgress &progress,
                                        CsvExportOptions::HeaderStyle header,
                                        QString &problem) const
{
    const QString modelGone = tr("the table was closed during the export");
    if (m_model.isNull()) {
        problem = modelGone;
        return false;
    }
    if (!writeHeader(writer, headerColumns(), header))
        return false;
    if (!progress.start(m_model->rowCount()))
        return false;
    // The row count is read again on every row: progress callbacks pump events, and a live
    // table may gain or lose rows (or disappear) while it is written.
    for (int row = 0; !m_model.isNull() && row < m_model->rowCount(); ++row) {
        for (const CsvModelColumn &column : m_columns)
            writeCells(writer, column, m_model->index(row, column.column));
        if (!writer.endRow() || !progress.advance())
            return false;
    }
    if (m_model.isNull()) {
        problem = modelGone;
        return false;
    }
    return true;
}

QList<CsvExporter::Column> TaskTableCsvExporter::headerColumns() const
{
    QList<Column> columns;
    for (const CsvModelColumn &column : m_columns) {
        const QString label = m_model->headerData(column.column, Qt::Horizontal).toString();
        const QString machine = column.machineName.isEmpty() ? label : column.machineName;
        switch (column.kind) {
        case CsvModelColumn::Kind::Text:
        case CsvModelColumn::Kind::Number:
            columns.append(Column{machine, label});
            break;
        case CsvModelColumn::Kind::DateTime:
            columns.append(Column{machine + QStringLiteral("_utc"), tr("%1 (UTC)").arg(label)});
            columns.append(Column{machine + QStringLiteral("_local"), tr("%1 (local)").arg(label)});
            break;
        case CsvModelColumn::Kind::State:
            columns.append(Column{machine, tr("%1 (id)").arg(label)});
            columns.append(Column{machine + QStringLiteral("_text"), label});
            break;
        }
    }
    return columns;
}

void TaskTableCsvExporter::writeCells(CsvWriter &writer, const CsvModelColumn &column,
                                      const QModelIndex &index) const
{
    const QVariant value = index.isValid() ? index.data(column.role) : QVariant();
    switch (column.kind) {
    case CsvModelColumn::Kind::Text:
        writer.addText(cellText(value));
        return;
    case CsvModelColumn::Kind::Number:
        if (CsvWriter::isNumber(value))
            writer.addNumber(value);
        else
            writer.addText(cellText(value));
        return;
    case CsvModelColumn::Kind::DateTime: {
        const QDateTime time = CsvFormat::toDateTime(value);
        writer.addText(CsvFormat::utcIso(time));
        writer.addText(CsvFormat::localTime(time));
        return;
    }
    case CsvModelColumn::Kind::State:
        if (const auto state = CsvFormat::toTaskState(value)) {
            writer.addText(TaskStates::id(*state));
            writer.addText(TaskStates::displayName(*state));
        } else {
            // A value the vocabulary does not know is shown as it came, never guessed.
            writer.addText(cellText(value));
            writer.addText(index.isValid() ? cellText(index.data(Qt::DisplayRole)) : QString());
        }
        return;
    }
}
