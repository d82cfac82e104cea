#pragma once

#include <QPlainTextEdit>

// The add-tasks dialog's text box: monospace, Tab moves on, and a dropped text file inserts
// its contents rather than its path.
class PasteTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PasteTextEdit(QWidget *parent = nullptr);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
