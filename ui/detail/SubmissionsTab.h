#pragma once

#include "models/csv/CsvExportResult.h"
#include "models/domain/ReportSubmission.h"

#include <QWidget>

class FormFieldsTable;
class Preferences;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;
class ReportModel;

// A report query's submissions: who sent what when to whom with the selected one's form fields,
// or a pivot with one row per submission and one column per form field; CSV export.
class SubmissionsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SubmissionsTab(Preferences *preferences, QWidget *parent = nullptr);

    void setSubmissions(const QString &key, const QString &taskId,
                        const QList<ReportSubmission> &submissions);
    void clear();
    void showPivot(bool pivot);
    bool isShowingPivot() const;

    CsvExportResult exportTo(const QString &filePath) const;

    ReportModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    QTableView *pivot() const { return m_pivot; }
    FormFieldsTable *formFields() const { return m_fields; }
    QPushButton *exportButton() const { return m_export; }

private:
    void hideFieldColumnsInList();
    void showSelectedForm();
    void askAndExport();

    Preferences *m_preferences = nullptr;
    QString m_taskId;
    ReportModel *m_model = nullptr;
    QSortFilterProxyModel *m_listProxy = nullptr;
    QSortFilterProxyModel *m_pivotProxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_list = nullptr;
    QTableView *m_pivot = nullptr;
    FormFieldsTable *m_fields = nullptr;
    QToolButton *m_listButton = nullptr;
    QToolButton *m_pivotButton = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_exportResult = nullptr;
};
