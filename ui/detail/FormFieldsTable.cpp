#include "ui/detail/FormFieldsTable.h"

#include "models/csv/ReportCsvExporter.h"

#include <QHeaderView>

FormFieldsTable::FormFieldsTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    setAccessibleName(tr("Form fields"));
    setAccessibleDescription(tr("The selected submission's form fields and their values"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void FormFieldsTable::setSubmission(const ReportSubmission *submission)
{
    clearContents();
    setRowCount(submission ? int(submission->formContents.size()) : 0);
    if (!submission)
        return;
    for (int row = 0; row < rowCount(); ++row) {
        const ReportFormField &field = submission->formContents.at(row);
        auto *name = new QTableWidgetItem(ReportCsvExporter::columnName(field));
        name->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        name->setToolTip(tr("Field id: %1").arg(field.fieldId));
        const QString value =
            field.fieldValue.isEmpty() ? tr("(empty or an attachment)") : field.fieldValue;
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (field.fieldValue.isEmpty())
            valueItem->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        setItem(row, 0, name);
        setItem(row, 1, valueItem);
    }
}

void FormFieldsTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    // Wrapped text needs the new width to know its height.
    resizeRowsToContents();
}
