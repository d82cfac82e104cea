#pragma once

#include "models/csv/CsvExporter.h"
#include "models/csv/CsvModelColumn.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

class QAbstractItemModel;
class QModelIndex;

// Writes the top-level rows of an item model in its current order, for chosen columns. Given the
// view's sort/filter proxy, it writes exactly the visible rows as the user sees them sorted.
class TaskTableCsvExporter final : public CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(TaskTableCsvExporter)

public:
    // The model must live at least until an export has returned; if it is destroyed while an
    // export pumps events in its progress callback, the export fails cleanly.
    explicit TaskTableCsvExporter(const QAbstractItemModel *model,
                                  const QList<CsvModelColumn> &columns);

    // Every column of the model as display text, in model order.
    static QList<CsvModelColumn> textColumns(const QAbstractItemModel *model);

protected:
    bool writeContent(CsvWriter &writer, CsvProgress &progress,
                      CsvExportOptions::HeaderStyle header, QString &problem) const override;

private:
    QList<Column> headerColumns() const;
    void writeCells(CsvWriter &writer, const CsvModelColumn &column,
                    const QModelIndex &index) const;

    QPointer<const QAbstractItemModel> m_model;
    QList<CsvModelColumn> m_columns;
};
