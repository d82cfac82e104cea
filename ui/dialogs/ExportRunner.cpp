#include "ui/dialogs/ExportRunner.h"

#include "app/engine/Engine.h"
#include "models/csv/ReportCsvExporter.h"
#include "models/csv/SubtaskCsvExporter.h"
#include "models/csv/TaskTableCsvExporter.h"
#include "models/preferences/Preferences.h"
#include "ui/dialogs/ExportResultBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSet>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace {

// A small export that ends within this time never flashes a progress dialog.
constexpr int kProgressDelayMs = 400;
// About this many progress updates per export, however large.
constexpr qint64 kProgressUpdates = 200;
constexpr qint64 kMinimumProgressInterval = 500;
constexpr qsizetype kLongestNamePart = 60;

QString defaultChooser(QWidget *parent, const QString &proposedPath)
{
    return QFileDialog::getSaveFileName(parent, ExportRunner::tr("Export as CSV"), proposedPath,
                                        ExportRunner::tr("CSV files (*.csv);;All files (*)"));
}

// The table's cells as they are now, for the worker thread: the live model belongs to the
// window's thread and keeps changing while the file is written.
std::unique_ptr<QAbstractItemModel> copyTable(const QAbstractItemModel &model,
                                              const QList<int> &rows,
                                              const QList<CsvModelColumn> &columns)
{
    QSet<int> roles{Qt::DisplayRole};
    for (const CsvModelColumn &column : columns)
        roles.insert(column.role);
    const int columnCount = model.columnCount();
    auto copy = std::make_unique<QStandardItemModel>(int(rows.size()), columnCount);
    for (int column = 0; column < columnCount; ++column)
        copy->setHeaderData(column, Qt::Horizontal, model.headerData(column, Qt::Horizontal));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < columnCount; ++column) {
            const QModelIndex source = model.index(rows.at(row), column);
            auto *item = new QStandardItem;
            for (int role : std::as_const(roles))
                item->setData(source.data(role), role);
            copy->setItem(row, column, item);
        }
    }
    return copy;
}

} // namespace

ExportRunner::ExportRunner(Engine &engine, Preferences &preferences, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_preferences(preferences)
    , m_window(window)
    , m_chooseFile(defaultChooser)
{
    connect(&m_watcher, &QFutureWatcher<CsvExportResult>::finished, this,
            &ExportRunner::onFinished);
}

ExportRunner::~ExportRunner()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished();
    delete m_progress;
}

QProgressDialog *ExportRunner::progressDialog() const
{
    return m_progress;
}

QMessageBox *ExportRunner::resultBox() const
{
    return m_resultBox;
}

QString ExportRunner::fileNamePart(const QString &text)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    QString part = text.simplified();
    for (QChar &c : part) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'_';
    }
    while (part.startsWith(u'.'))
        part.remove(0, 1);
    return part.left(kLongestNamePart).trimmed();
}

QString ExportRunner::proposedFileName(Subject subject, const QString &taskName, QDate date)
{
    const QString day = date.toString(Qt::ISODate);
    const QString name = fileNamePart(taskName);
    switch (subject) {
    case Subject::TaskTable:
        //: File name proposed for an export of the task table; %1 is the date
        return tr("tasks-%1.csv").arg(day);
    case Subject::Subtasks:
        //: File name proposed for the sub-task rows of a task; %1 its name, %2 the date
        return name.isEmpty() ? tr("subtasks-%1.csv").arg(day)
                              : tr("subtasks-%1-%2.csv").arg(name, day);
    case Subject::FailedSubtasks:
        //: File name proposed for the failed sub-task rows; %1 the task's name, %2 the date
        return name.isEmpty() ? tr("failed-subtasks-%1.csv").arg(day)
                              : tr("failed-subtasks-%1-%2.csv").arg(name, day);
    case Subject::FailureGroup:
        //: File name proposed for one group of failures; %1 the task's name, %2 the date
        return name.isEmpty() ? tr("failure-group-%1.csv").arg(day)
                              : tr("failure-group-%1-%2.csv").arg(name, day);
    case Subject::Reports:
        //: File name proposed for a report query's submissions; %1 its name, %2 the date
        return name.isEmpty() ? tr("reports-%1.csv").arg(day)
                              : tr("reports-%1-%2.csv").arg(name, day);
    }
    return {};
}

QString ExportRunner::taskName(const QString &key) const
{
    const WatchedTask *task = m_engine.tasks().task(key);
    if (task == nullptr)
        return {};
    return task->ref.label.isEmpty() ? task->ref.taskId : task->ref.label;
}

bool ExportRunner::begin(Subject subject, const QString &name)
{
    if (m_running) {
        if (m_progress) {
            m_progress->show();
            m_progress->raise();
        }
        return false;
    }
    const QString lastFolder = m_preferences.lastExportFolder();
    const QString folder =
        !lastFolder.isEmpty() && QFileInfo(lastFolder).isDir()
            ? lastFolder
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed =
        QDir(folder).filePath(proposedFileName(subject, name, QDate::currentDate()));
    QString path = m_chooseFile(window(), proposed);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_path = path;
    m_preferences.setLastExportFolder(QFileInfo(path).absolutePath());
    m_running = true;
    m_cancelRequested = false;
    ++m_generation;
    return true;
}

bool ExportRunner::exportTable(const QAbstractItemModel *model, const QList<int> &rows,
                               const QList<CsvModelColumn> &columns)
{
    if (model == nullptr || !begin(Subject::TaskTable, {}))
        return false;
    QList<int> chosen = rows;
    if (chosen.isEmpty()) {
        chosen.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            chosen.append(row);
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    const QList<CsvModelColumn> exported =
        columns.isEmpty() ? TaskTableCsvExporter::textColumns(model) : columns;
    m_tableCopy = copyTable(*model, chosen, exported);
    run(std::make_unique<TaskTableCsvExporter>(m_tableCopy.get(), exported), chosen.size());
    return true;
}

bool ExportRunner::exportSubtasks(const QStringList &keys)
{
    return exportStoredSubtasks(Subject::Subtasks, keys, std::nullopt);
}

bool ExportRunner::exportFailedSubtasks(const QStringList &keys)
{
    return exportStoredSubtasks(Subject::FailedSubtasks, keys, std::nullopt);
}

bool ExportRunner::exportFailureGroup(const QString &key, const FailureGroup &group)
{
    return exportStoredSubtasks(Subject::FailureGroup, {key}, group);
}

bool ExportRunner::exportStoredSubtasks(Subject subject, const QStringList &keys,
                                        const std::optional<FailureGroup> &group)
{
    if (keys.isEmpty() || !begin(subject, keys.size() == 1 ? taskName(keys.first()) : QString()))
        return false;
    showProgress(tr("Reading the sub-task rows…"), 0);
    auto tasks = std::make_shared<QList<TaskSnapshot>>();
    auto remaining = std::make_shared<qsizetype>(keys.size());
    const quint64 generation = m_generation;
    for (const QString &key : keys) {
        TaskSnapshot task;
        const WatchedTask *watched = m_engine.tasks().task(key);
        task.taskId = watched != nullptr ? watched->ref.taskId : key;
        tasks->append(task);
        const qsizetype slot = tasks->size() - 1;
        m_engine.loadSubtasks(key, this, [=, this](QList<SubtaskRow> rows) {
            if (generation != m_generation || !m_running)
                return;
            (*tasks)[slot].subtasks = std::move(rows);
            if (--*remaining > 0)
                return;
            auto exporter = tasks->size() == 1
                                ? std::make_unique<SubtaskCsvExporter>(tasks->first().subtasks)
                                : std::make_unique<SubtaskCsvExporter>(*tasks);
            if (subject == Subject::FailedSubtasks)
                exporter->selectFailedRows();
            else if (group)
                exporter->selectFailureGroup(*group);
            const qint64 count = exporter->selectedRowCount();
            run(std::move(exporter), count);
        });
    }
    return true;
}

bool ExportRunner::exportReports(const QString &key)
{
    if (!begin(Subject::Reports, taskName(key)))
        return false;
    showProgress(tr("Reading the submissions…"), 0);
    const quint64 generation = m_generation;
    m_engine.loadReports(key, this, [this, generation](QList<ReportSubmission> submissions) {
        if (generation != m_generation || !m_running)
            return;
        const qint64 count = submissions.size();
        run(std::make_unique<ReportCsvExporter>(submissions), count);
    });
    return true;
}

bool ExportRunner::exportSubtaskRows(const QString &name, const QList<SubtaskRow> &rows)
{
    if (!begin(Subject::Subtasks, name))
        return false;
    run(std::make_unique<SubtaskCsvExporter>(rows), rows.size());
    return true;
}

void ExportRunner::showProgress(const QString &text, qint64 rows)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(window());
        m_progress->setWindowTitle(tr("Exporting"));
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(kProgressDelayMs);
        m_progress->setCancelButtonText(tr("Cancel"));
        m_progress->setAccessibleName(tr("Export progress"));
        m_progress->setObjectName(QStringLiteral("exportProgress"));
        m_progress->setMinimumWidth(420);
        connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    }
    m_progress->setLabelText(text);
    m_progress->setAccessibleDescription(text);
    m_progress->setRange(0, int(std::clamp<qint64>(rows, 0, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    if (rows >= kRowsShownAtOnce)
        m_progress->show();
}

void ExportRunner::run(std::unique_ptr<CsvExporter> exporter, qint64 rows)
{
    m_exporter = std::move(exporter);
    showProgress(tr("Writing %1…").arg(QDir::toNativeSeparators(m_path)), rows);

    CsvExportOptions options;
    options.byteOrderMark = m_preferences.csvByteOrderMark() ? CsvWriter::ByteOrderMark::Write
                                                             : CsvWriter::ByteOrderMark::Omit;
    options.delimiter = m_preferences.csvDelimiter();
    options.progressInterval = std::max(kMinimumProgressInterval, rows / kProgressUpdates);
    // Runs on the worker: it only posts the figures to this thread and reads the cancel flag.
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        return !m_cancelRequested.load();
    };
    const CsvExporter *worker = m_exporter.get();
    m_watcher.setFuture(QtConcurrent::run(
        [worker, path = m_path, options] { return worker->exportToFile(path, options); }));
}

void ExportRunner::onProgress(qint64 done, qint64 total)
{
    if (m_progress && !m_cancelRequested) {
        const int maximum = int(std::clamp<qint64>(total, 0, std::numeric_limits<int>::max()));
        if (m_progress->maximum() != maximum)
            m_progress->setMaximum(maximum);
        m_progress->setValue(int(std::min<qint64>(done, maximum)));
    }
    emit progressChanged(done, total);
}

void ExportRunner::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_watcher.isRunning()) {
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
            m_progress->show();
        }
        return; // onFinished() reports the cancelled result
    }
    // Still reading from the store: nothing was written yet.
    ++m_generation;
    CsvExportResult result;
    result.status = CsvExportResult::Status::Cancelled;
    result.filePath = m_path;
    result.errorMessage = tr("The export was cancelled; %1 was left unchanged.")
                              .arg(QDir::toNativeSeparators(m_path));
    m_running = false;
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_lastResult = result;
    emit finished(result);
}

void ExportRunner::onFinished()
{
    const CsvExportResult result = m_watcher.result();
    m_running = false;
    m_exporter.reset();
    m_tableCopy.reset();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_lastResult = result;
    showResult(result);
    emit finished(result);
}

void ExportRunner::showResult(const CsvExportResult &result)
{
    if (result.status == CsvExportResult::Status::Cancelled)
        return;
    if (m_resultBox)
        m_resultBox->close();
    auto *box = new ExportResultBox(result, window());
    m_resultBox = box;
    box->open();
}
