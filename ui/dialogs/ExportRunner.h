#pragma once

#include "models/csv/CsvExportResult.h"
#include "models/csv/CsvModelColumn.h"
#include "models/domain/FailureGroup.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class CsvExporter;
class Engine;
class Preferences;
class QAbstractItemModel;
class QMessageBox;
class QProgressDialog;
class QWidget;

// Every CSV export of the window, run the same way: a save dialog in the last export folder
// with a dated name, the CSV defaults from the settings, the writing on a worker thread behind
// a progress dialog with Cancel (the window keeps working), and at the end a message with
// "Open file" and "Show in folder". A cancelled or failed export leaves no file behind and an
// earlier file at the same path unchanged. One export runs at a time.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Subject { TaskTable, Subtasks, FailedSubtasks, FailureGroup, Reports };
    Q_ENUM(Subject)

    // Asked for the file to write, with the proposed path; empty cancels. The default is the
    // platform's save dialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &proposedPath)>;

    ExportRunner(Engine &engine, Preferences &preferences, QWidget *window);
    // Cancels a running export and waits for its thread: the file is then left as it was.
    ~ExportRunner() override;

    // The rows of a table as the view shows them (a sort/filter proxy), or only `rows` of it
    // when given (the selection). The cells are copied at once, so the table may change while
    // the file is written. Columns default to every column's text.
    bool exportTable(const QAbstractItemModel *model, const QList<int> &rows = {},
                     const QList<CsvModelColumn> &columns = {});
    // Sub-task rows of one task or several (one file, task id first), read from the store.
    bool exportSubtasks(const QStringList &keys);
    bool exportFailedSubtasks(const QStringList &keys);
    bool exportFailureGroup(const QString &key, const FailureGroup &group);
    // The submissions of a report query: one row each, one column per form field.
    bool exportReports(const QString &key);
    // Rows already at hand (e.g. the detail pane's), named after the task `taskName`.
    bool exportSubtaskRows(const QString &taskName, const QList<SubtaskRow> &rows);

    // "tasks-2026-12-01.csv", translated; the task's name goes into sub-task and report files.
    static QString proposedFileName(Subject subject, const QString &taskName, QDate date);
    // A label or id made safe as part of a file name on every platform.
    static QString fileNamePart(const QString &text);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    bool isRunning() const { return m_running; }
    // While running; nullptr otherwise.
    QProgressDialog *progressDialog() const;
    // The message shown after the last export; nullptr once it was closed.
    QMessageBox *resultBox() const;
    CsvExportResult lastResult() const { return m_lastResult; }

    // Exports with at least this many rows show their progress at once; smaller ones only if
    // they take longer than a moment.
    static constexpr qint64 kRowsShownAtOnce = 20000;

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const CsvExportResult &result);

private:
    using Loaded = std::function<void(std::unique_ptr<CsvExporter>, qint64 rows)>;

    bool begin(Subject subject, const QString &taskName);
    bool exportStoredSubtasks(Subject subject, const QStringList &keys,
                              const std::optional<FailureGroup> &group);
    void run(std::unique_ptr<CsvExporter> exporter, qint64 rows);
    void showProgress(const QString &text, qint64 rows);
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void showResult(const CsvExportResult &result);
    void cancel();
    QString taskName(const QString &key) const;
    QWidget *window() const { return m_window; }

    Engine &m_engine;
    Preferences &m_preferences;
    QPointer<QWidget> m_window;
    FileChooser m_chooseFile;
    QString m_path;
    bool m_running = false;
    // Bumped by each export, so a store read answered after a cancel is dropped.
    quint64 m_generation = 0;
    std::atomic<bool> m_cancelRequested{false};
    // What the worker reads; kept until it has finished.
    std::unique_ptr<CsvExporter> m_exporter;
    std::unique_ptr<QAbstractItemModel> m_tableCopy;
    QFutureWatcher<CsvExportResult> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_resultBox;
    CsvExportResult m_lastResult;
};
