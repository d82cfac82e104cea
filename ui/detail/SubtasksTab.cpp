#include "ui/detail/SubtasksTab.h"

#include "models/csv/SubtaskCsvExporter.h"
#include "models/domain/OffThreadRelease.h"
#include "models/watchlist/SubtaskFilterProxy.h"
#include "models/watchlist/SubtaskModel.h"
#include "ui/detail/SubtaskResultDelegate.h"
#include "ui/detail/TaskCsvExport.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kGroupIndexRole = Qt::UserRole + 1;

} // namespace

SubtasksTab::SubtasksTab(Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_model(new SubtaskModel(this))
    , m_proxy(new SubtaskFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_rowsPage = new QWidget(m_pages);
    auto *rowsLayout = new QVBoxLayout(m_rowsPage);
    rowsLayout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(m_rowsPage);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failedOnly = new QCheckBox(tr("&Failed only"), m_rowsPage);
    m_failedOnly->setAccessibleName(tr("Failed only"));
    m_failedOnly->setAccessibleDescription(
        tr("Shows only the rows the platform reported as failed"));
    m_exportAll = new QPushButton(tr("Export all…"), m_rowsPage);
    m_exportAll->setAccessibleName(tr("Export all rows"));
    m_exportAll->setAccessibleDescription(tr("Saves every row of this task as a CSV file"));
    m_exportFailed = new QPushButton(tr("Export failed…"), m_rowsPage);
    m_exportFailed->setAccessibleName(tr("Export failed rows"));
    m_exportFailed->setAccessibleDescription(
        tr("Saves the failed rows of this task as a CSV file"));
    m_exportGroup = new QPushButton(tr("Export group…"), m_rowsPage);
    m_exportGroup->setAccessibleName(tr("Export selected failure group"));
    m_exportGroup->setAccessibleDescription(
        tr("Saves the rows of the selected failure group as a CSV file"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_failedOnly);
    bar->addSpacing(12);
    bar->addWidget(m_exportAll);
    bar->addWidget(m_exportFailed);
    bar->addWidget(m_exportGroup);
    rowsLayout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, m_rowsPage);
    auto *groupsBox = new QWidget(splitter);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupsTitle = new QLabel(tr("Failures by cause"), groupsBox);
    m_groups = new QListWidget(groupsBox);
    groupsTitle->setBuddy(m_groups);
    m_groups->setAccessibleName(tr("Failures by cause"));
    m_groups->setAccessibleDescription(
        tr("Failed rows grouped by code and message with their counts; select one to see "
           "only its rows"));
    m_groups->setUniformItemSizes(true);
    m_groups->setWordWrap(false);
    groupsLayout->addWidget(groupsTitle);
    groupsLayout->addWidget(m_groups);

    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(SubtaskModel::ResultColumn,
                                      new SubtaskResultDelegate(m_table));
    m_table->setAccessibleName(tr("Sub-task rows"));
    m_table->setAccessibleDescription(tr("Every row the platform returned, with all its fields"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed heights keep 100,000 rows cheap to scroll: the view never measures a row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredForWidths);
    m_table->installEventFilter(this);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    splitter->addWidget(groupsBox);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    rowsLayout->addWidget(splitter, 1);
    m_exportResult = new QLabel(m_rowsPage);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->setWordWrap(true);
    m_exportResult->hide();
    rowsLayout->addWidget(m_exportResult);
    m_pages->addWidget(m_rowsPage);

    m_countsPage = new QWidget(m_pages);
    auto *countsLayout = new QVBoxLayout(m_countsPage);
    m_counts = new QLabel(m_countsPage);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_counts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_counts->setAccessibleName(tr("Counts and failure message"));
    countsLayout->addWidget(m_counts);
    countsLayout->addStretch(1);
    m_pages->addWidget(m_countsPage);

    setTabOrder(m_failedOnly, m_exportAll);
    setTabOrder(m_exportAll, m_exportFailed);
    setTabOrder(m_exportFailed, m_exportGroup);
    setTabOrder(m_exportGroup, m_groups);
    setTabOrder(m_groups, m_table);

    connect(m_failedOnly, &QCheckBox::toggled, this, [this] {
        if (m_failedOnly->isChecked() || !selectedGroup())
            applyFilter();
        else
            m_groups->clearSelection(); // applyFilter follows from the selection change
    });
    connect(m_groups, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_rebuildingGroups)
            applyFilter();
    });
    connect(m_model, &SubtaskModel::failureGroupsChanged, this, &SubtasksTab::rebuildGroups);
    connect(m_exportAll, &QPushButton::clicked, this, [this] { askAndExport(Export::AllRows); });
    connect(m_exportFailed, &QPushButton::clicked, this,
            [this] { askAndExport(Export::FailedRows); });
    connect(m_exportGroup, &QPushButton::clicked, this,
            [this] { askAndExport(Export::SelectedGroup); });
    clear();
}

void SubtasksTab::setTask(const WatchedTask &task)
{
    m_taskId = task.ref.taskId;
    const bool hasRows = task.ref.kind == TaskKind::FeishuContact;
    m_pages->setCurrentWidget(hasRows ? m_rowsPage : m_countsPage);
    if (hasRows) {
        // The rows of the task shown before must not stand under this one while its own come
        // from the store (seconds, behind the write of a large answer).
        if (task.ref.key() != m_model->taskKey()) {
            clearModel();
            m_exportResult->hide();
            m_loadingRows = true;
            updateSummary();
        }
        return;
    }
    QStringList lines;
    const auto count = [](const std::optional<qint64> &value) {
        return value ? QLocale().toString(*value) : QStringLiteral("—");
    };
    if (!task.snapshot) {
        lines << tr("No answer from the platform yet.");
    } else {
        const TaskSnapshot &snapshot = *task.snapshot;
        lines << tr("Total: %1").arg(count(snapshot.total))
              << tr("Succeeded: %1").arg(count(snapshot.succeeded))
              << tr("Failed: %1").arg(count(snapshot.failed));
        if (!snapshot.message.isEmpty())
            lines << QString() << tr("Failure message: %1").arg(snapshot.message);
        lines << QString() << tr("This platform reports counts only, not the individual items.");
    }
    m_counts->setText(lines.join(QLatin1Char('\n')));
}

void SubtasksTab::setRows(const QString &key, const QList<SubtaskRow> &rows)
{
    setRows(key, SubtaskSheet::of(rows));
}

void SubtasksTab::setRows(const QString &key, const SubtaskSheet &sheet)
{
    const bool newTask = key != m_model->taskKey();
    m_loadingRows = false;
    m_model->setTask(key, sheet);
    if (newTask) {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
        // Widths are measured on a later turn of the event loop (the reset of 100,000 rows is
        // this one's work), and only while the table shows: a hidden table measures every row.
        m_columnsToFit = true;
        QTimer::singleShot(kFitColumnsDelayMs, this, &SubtasksTab::fitColumns);
        m_exportResult->hide();
    }
    updateSummary();
}

void SubtasksTab::clearModel()
{
    // The rows are freed off this thread, which would take it about 150 ms for 100,000.
    QList<SubtaskRow> rows = m_model->rows();
    m_model->clear();
    OffThreadRelease::release(std::move(rows));
}

void SubtasksTab::fitColumns()
{
    if (!m_columnsToFit || !m_table->isVisible())
        return;
    m_columnsToFit = false;
    m_table->resizeColumnsToContents();
}

bool SubtasksTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show && m_columnsToFit)
        QTimer::singleShot(kFitColumnsDelayMs, this, &SubtasksTab::fitColumns);
    return QWidget::eventFilter(watched, event);
}

void SubtasksTab::clear()
{
    m_taskId.clear();
    m_loadingRows = false;
    clearModel();
    m_pages->setCurrentWidget(m_rowsPage);
    m_exportResult->hide();
    updateSummary();
}

std::optional<FailureGroup> SubtasksTab::selectedGroup() const
{
    const QList<QListWidgetItem *> selected = m_groups->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int at = selected.first()->data(kGroupIndexRole).toInt();
    const QList<FailureGroup> &groups = m_model->failureGroups();
    if (at < 0 || at >= groups.size())
        return std::nullopt;
    return groups.at(at);
}

QPushButton *SubtasksTab::exportButton(Export what) const
{
    switch (what) {
    case Export::AllRows:
        return m_exportAll;
    case Export::FailedRows:
        return m_exportFailed;
    case Export::SelectedGroup:
        return m_exportGroup;
    }
    return nullptr;
}

void SubtasksTab::rebuildGroups()
{
    // A refresh keeps the user's group selected when it still exists (matched by key).
    const std::optional<FailureGroup> previous = selectedGroup();
    m_rebuildingGroups = true;
    m_groups->clear();
    const QList<FailureGroup> &groups = m_model->failureGroups();
    QListWidgetItem *reselect = nullptr;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const FailureGroup &group = groups.at(i);
        auto *item = new QListWidgetItem(group.label(), m_groups);
        item->setData(kGroupIndexRole, int(i));
        item->setToolTip(group.label());
        if (previous && previous->code == group.code && previous->message == group.message)
            reselect = item;
    }
    if (reselect)
        m_groups->setCurrentItem(reselect);
    m_rebuildingGroups = false;
    applyFilter();
}

void SubtasksTab::applyFilter()
{
    if (const std::optional<FailureGroup> group = selectedGroup())
        m_proxy->setFailureFilter(SubtaskFilterProxy::FailureFilter::Group, *group);
    else if (m_failedOnly->isChecked())
        m_proxy->setFailureFilter(SubtaskFilterProxy::FailureFilter::FailedOnly);
    else
        m_proxy->setFailureFilter(SubtaskFilterProxy::FailureFilter::All);
    updateSummary();
}

void SubtasksTab::updateSummary()
{
    const int total = m_model->rowCount();
    qsizetype failed = 0;
    for (const FailureGroup &group : m_model->failureGroups())
        failed += group.count;
    const QLocale locale;
    QString text;
    if (m_loadingRows)
        text = tr("Loading the rows…");
    else if (m_model->taskKey().isEmpty() || total == 0)
        text = tr("No rows yet: the platform lists them once the task has finished.");
    else if (m_proxy->rowCount() == total)
        text = tr("%1 rows, %2 failed").arg(locale.toString(total), locale.toString(failed));
    else
        text = tr("Showing %1 of %2 rows, %3 failed")
                   .arg(locale.toString(m_proxy->rowCount()), locale.toString(total),
                        locale.toString(failed));
    m_summary->setText(text);
    m_exportAll->setEnabled(total > 0);
    m_exportFailed->setEnabled(failed > 0);
    m_exportGroup->setEnabled(selectedGroup().has_value());
    m_groups->setEnabled(failed > 0);
}

CsvExportResult SubtasksTab::exportTo(Export what, const QString &filePath) const
{
    SubtaskCsvExporter exporter(m_model->rows());
    switch (what) {
    case Export::AllRows:
        exporter.selectAllRows();
        break;
    case Export::FailedRows:
        exporter.selectFailedRows();
        break;
    case Export::SelectedGroup:
        exporter.selectFailureGroup(selectedGroup().value_or(FailureGroup{}));
        break;
    }
    return exporter.exportToFile(filePath, TaskCsvExport::options(m_preferences));
}

void SubtasksTab::askAndExport(Export what)
{
    SubtaskCsvExporter exporter(m_model->rows());
    QString title;
    QString name;
    const QString id = TaskCsvExport::fileNamePart(m_taskId);
    switch (what) {
    case Export::AllRows:
        exporter.selectAllRows();
        title = tr("Export all rows");
        //: File name proposed for the rows of a task; the task id is inserted
        name = tr("rows-%1.csv").arg(id);
        break;
    case Export::FailedRows:
        exporter.selectFailedRows();
        title = tr("Export failed rows");
        //: File name proposed for the failed rows of a task; the task id is inserted
        name = tr("failed-%1.csv").arg(id);
        break;
    case Export::SelectedGroup: {
        const std::optional<FailureGroup> group = selectedGroup();
        if (!group)
            return;
        exporter.selectFailureGroup(*group);
        title = tr("Export failure group");
        //: File name proposed for one failure group; the task id and the code are inserted
        name = tr("failed-%1-%2.csv").arg(id, TaskCsvExport::fileNamePart(group->code));
        break;
    }
    }
    if (const auto result =
            TaskCsvExport::askAndWrite(this, m_preferences, title, name, exporter)) {
        m_exportResult->setText(TaskCsvExport::resultText(*result));
        m_exportResult->show();
    }
}
