#pragma once

#include "models/domain/ReportSubmission.h"

#include <QTableWidget>

// One report submission's form (form_contents) as name / value pairs; multi-line answers wrap
// and keep their line breaks, so a paragraph reads as written.
class FormFieldsTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit FormFieldsTable(QWidget *parent = nullptr);

    void setSubmission(const ReportSubmission *submission);

protected:
    void resizeEvent(QResizeEvent *event) override;
};
