#include "ui/table/TaskTableView.h"

#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "models/watchlist/TaskTableModel.h"
#include "ui/table/CellTextDelegate.h"
#include "ui/table/ProgressDelegate.h"
#include "ui/table/StateDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

TaskTableView::TaskTableView(QWidget *parent)
    : QTableView(parent)
    , m_progressDelegate(new ProgressDelegate(this))
    , m_busyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("taskTable"));
    setAccessibleName(tr("Watched tasks"));
    setAccessibleDescription(tr("One row per watched task: its label, account, kind, state and "
                                "progress. Press F2 to rename a task, Delete to stop watching it, "
                                "Return for its details."));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TaskTableView::showHeaderMenu);
    setItemDelegate(new CellTextDelegate(this));
    setItemDelegateForColumn(TaskTableModel::ProgressColumn, m_progressDelegate);
    setItemDelegateForColumn(TaskTableModel::StateColumn, new StateDelegate(this));

    auto makeAction = [this](const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_remove = makeAction(tr("Stop watching"), QKeySequence::Delete);
    m_remove->setToolTip(tr("Stop watching the selected tasks (Ctrl+Z brings them back)"));
    m_refresh = makeAction(tr("Refresh selected"), QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Check the selected tasks now, finished or not"));
    m_copy = makeAction(tr("Copy rows"), QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_openDetails = makeAction(tr("Show details"), QKeySequence(Qt::Key_Return));
    m_openDetails->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_remove, &QAction::triggered, this, [this] {
        const QStringList keys = selectedTaskKeys();
        if (!keys.isEmpty())
            emit removeRequested(keys);
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        const QStringList keys = selectedTaskKeys();
        if (!keys.isEmpty())
            emit refreshRequested(keys);
    });
    connect(m_copy, &QAction::triggered, this, &TaskTableView::copySelection);
    connect(m_openDetails, &QAction::triggered, this, [this] {
        if (state() == QAbstractItemView::EditingState)
            return;
        const QString key = currentTaskKey();
        if (!key.isEmpty())
            emit detailsRequested(key);
    });
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TaskTableModel::LabelColumn)
            emit detailsRequested(index.data(TaskTableModel::TaskKeyRole).toString());
    });

    m_busyTimer->setInterval(120);
    connect(m_busyTimer, &QTimer::timeout, this, &TaskTableView::animateBusyBars);
    m_busyTimer->start();
}

void TaskTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyDefaultColumns();
}

void TaskTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        header->setSectionHidden(column, false);
    for (int column : {int(TaskTableModel::TotalColumn), int(TaskTableModel::SucceededColumn),
                       int(TaskTableModel::CreatedColumn), int(TaskTableModel::LastCheckedColumn),
                       int(TaskTableModel::CallsSpentColumn)})
        header->setSectionHidden(column, true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    int kindWidth = 0;
    for (TaskKind kind : {TaskKind::FeishuContact, TaskKind::FeishuReport, TaskKind::FeishuDrive,
                          TaskKind::DingTalkStorage, TaskKind::DingTalkDoc})
        kindWidth =
            std::max(kindWidth, fontMetrics().horizontalAdvance(TaskKinds::displayName(kind)));
    int stateWidth = 0;
    for (int state = 0; state <= int(TaskState::Error); ++state)
        stateWidth = std::max(
            stateWidth, fontMetrics().horizontalAdvance(TaskStates::displayName(TaskState(state))));
    // Wide enough for the words they hold and for their header with its sort arrow.
    const QHash<int, int> contentWidths = {
        {TaskTableModel::LabelColumn, 14 * em},
        {TaskTableModel::AccountColumn, 9 * em},
        {TaskTableModel::KindColumn, kindWidth + padding},
        {TaskTableModel::TaskIdColumn, 9 * em},
        {TaskTableModel::StateColumn, stateWidth + 16 + 6 + padding},
        {TaskTableModel::ProgressColumn, 10 * em},
        {TaskTableModel::FinishedElapsedColumn, 8 * em},
        {TaskTableModel::NextCheckColumn, 5 * em},
        {TaskTableModel::CreatedColumn, 8 * em},
        {TaskTableModel::LastCheckedColumn, 6 * em},
    };
    const QFontMetrics headerMetrics(header->font());
    for (int column = 0; column < model()->columnCount(); ++column) {
        const int headerWidth = headerMetrics.horizontalAdvance(
                                    model()->headerData(column, Qt::Horizontal).toString()) +
                                padding + 16;
        header->resizeSection(column, std::max(contentWidths.value(column, 4 * em), headerWidth));
    }
    sortByColumn(TaskTableModel::LabelColumn, Qt::AscendingOrder);
}

QStringList TaskTableView::selectedTaskKeys() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    keys.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        keys << row.data(TaskTableModel::TaskKeyRole).toString();
    return keys;
}

QString TaskTableView::currentTaskKey() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(TaskTableModel::TaskKeyRole).toString() : QString();
}

bool TaskTableView::selectTask(const QString &key)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, TaskTableModel::LabelColumn);
        if (index.data(TaskTableModel::TaskKeyRole).toString() == key) {
            setCurrentIndex(index);
            selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QString TaskTableView::selectedRowsAsTsv() const
{
    if (!model())
        return {};
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList headerCells;
    for (int column : std::as_const(columns))
        headerCells << clean(model()->headerData(column, Qt::Horizontal).toString());
    lines << headerCells.join(QLatin1Char('\t'));
    QList<int> rows;
    if (selectionModel() && selectionModel()->hasSelection()) {
        for (const QModelIndex &index : selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < model()->rowCount(); ++row)
            rows << row;
    }
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex index = model()->index(row, column);
            cells << clean(column == TaskTableModel::ProgressColumn
                               ? ProgressDelegate::barText(index)
                               : index.data(Qt::DisplayRole).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TaskTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectedRowsAsTsv());
}

bool TaskTableView::event(QEvent *event)
{
    // Claim Ctrl+C before the item view does, so the action's shortcut gets it.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void TaskTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TaskTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // The base class tells screen readers which cell is current: it must run.
    QTableView::currentChanged(current, previous);
    emit currentTaskChanged(current.isValid() ? current.data(TaskTableModel::TaskKeyRole).toString()
                                              : QString());
}

void TaskTableView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int column = 0; column < header->count(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be brought back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Restore default columns"), this, &TaskTableView::applyDefaultColumns);
    menu.exec(header->mapToGlobal(position));
}

void TaskTableView::animateBusyBars()
{
    if (!model() || !isVisible() ||
        horizontalHeader()->isSectionHidden(TaskTableModel::ProgressColumn))
        return;
    const int first = rowAt(0);
    if (first < 0)
        return;
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    bool anyBusy = false;
    for (int row = first; row <= last && !anyBusy; ++row) {
        const QModelIndex index = model()->index(row, TaskTableModel::ProgressColumn);
        anyBusy = !index.data(TaskTableModel::ProgressRole).isValid() &&
                  index.data(TaskTableModel::StateRole).toInt() == int(TaskState::Running);
    }
    if (!anyBusy)
        return;
    m_progressDelegate->setBusyPhase(++m_busyPhase);
    const int x = columnViewportPosition(TaskTableModel::ProgressColumn);
    viewport()->update(
        QRect(x, 0, columnWidth(TaskTableModel::ProgressColumn), viewport()->height()));
}
