#pragma once

#include "models/csv/CsvExportResult.h"
#include "models/domain/FailureGroup.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/SubtaskSheet.h"
#include "models/domain/WatchedTask.h"

#include <QWidget>

class Preferences;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class SubtaskFilterProxy;
class SubtaskModel;

// A task's result rows. Contact imports: every row with every field the platform sent, a
// "failed only" toggle, the failures grouped by code and message with counts (selecting a group
// shows its rows) and CSV exports. DingTalk storage / doc tasks have no rows: their counts and
// failure message.
class SubtasksTab final : public QWidget
{
    Q_OBJECT

public:
    enum class Export { AllRows, FailedRows, SelectedGroup };
    Q_ENUM(Export)

    explicit SubtasksTab(Preferences *preferences, QWidget *parent = nullptr);

    // The task's summary (counts and message for the kinds without rows).
    void setTask(const WatchedTask &task);
    // The rows of the task with this key, as the store has them.
    void setRows(const QString &key, const SubtaskSheet &sheet);
    void setRows(const QString &key, const QList<SubtaskRow> &rows);
    void clear();

    // Writes what the button would export to filePath, without asking.
    CsvExportResult exportTo(Export what, const QString &filePath) const;

    SubtaskModel *model() const { return m_model; }
    SubtaskFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QListWidget *groupList() const { return m_groups; }
    QCheckBox *failedOnlyToggle() const { return m_failedOnly; }
    QPushButton *exportButton(Export what) const;
    QLabel *countsLabel() const { return m_counts; }
    QLabel *summaryLabel() const { return m_summary; }
    // The group selected in the list; nullopt when none is.
    std::optional<FailureGroup> selectedGroup() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Rows besides the visible ones whose text sets the columns' widths.
    static constexpr int kRowsMeasuredForWidths = 50;
    // A timer rather than a posted call: posted calls run in the same pass as the reset.
    static constexpr int kFitColumnsDelayMs = 1;

    void fitColumns();
    void clearModel();
    void rebuildGroups();
    void applyFilter();
    void updateSummary();
    void askAndExport(Export what);

    Preferences *m_preferences = nullptr;
    QString m_taskId;
    SubtaskModel *m_model = nullptr;
    SubtaskFilterProxy *m_proxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_rowsPage = nullptr;
    QWidget *m_countsPage = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QListWidget *m_groups = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_exportFailed = nullptr;
    QPushButton *m_exportGroup = nullptr;
    QLabel *m_exportResult = nullptr;
    QLabel *m_counts = nullptr;
    bool m_rebuildingGroups = false;
    bool m_columnsToFit = false;
    bool m_loadingRows = false; // another task's rows are on their way from the store
};
