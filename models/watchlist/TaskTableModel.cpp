#include "models/watchlist/TaskTableModel.h"

#include "models/domain/Clock.h"
#include "models/watchlist/TaskRowDiff.h"

#include <QSet>

#include <algorithm>

static_assert(TaskTableModel::ColumnCount <= ChangedCells::kMaxColumns);

TaskTableModel::TaskTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_formatter(clock)
{}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::isCell(const QModelIndex &index) const
{
    // Quietly: views and the model tester ask with invalid indexes on purpose.
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < rowCount() && index.column() < ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const WatchedTask &task = *m_tasks.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.display(task, column, accountNameOf(task));
    case Qt::EditRole:
        return column == LabelColumn ? QVariant(task.ref.label)
                                     : m_formatter.display(task, column, accountNameOf(task));
    case RawValueRole:
        return m_formatter.raw(task, column, accountNameOf(task));
    case Qt::ToolTipRole:
        return m_formatter.toolTip(task, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(TaskCellFormatter::alignment(column));
    case TaskKeyRole:
        return task.ref.key();
    case StateRole:
        return int(task.displayState());
    case ProgressRole: {
        if (column != ProgressColumn)
            return {};
        const std::optional<double> progress = TaskCellFormatter::progressOf(task);
        return progress ? QVariant(*progress) : QVariant();
    }
    case KindRole:
        return int(task.ref.kind);
    case AccountRole:
        return task.ref.accountId;
    case ErrorRole:
        return task.lastError ? QVariant(task.lastError->summary()) : QVariant();
    case TerminalRole:
        return task.isTerminal();
    case ProgressTextRole:
        return column == ProgressColumn ? QVariant(TaskCellFormatter::progressText(task))
                                        : QVariant();
    case Qt::AccessibleTextRole:
        // The label cell speaks for the row; the others say what they show.
        return column == LabelColumn ? TaskCellFormatter::accessibleSummary(task)
                                     : m_formatter.display(task, column, accountNameOf(task));
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return TaskCellFormatter::headerText(section);
    case Qt::ToolTipRole:
        return TaskCellFormatter::headerToolTip(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(TaskCellFormatter::alignment(section));
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (isCell(index))
        result |= Qt::ItemNeverHasChildren;
    if (isCell(index) && index.column() == LabelColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index) || index.column() != LabelColumn)
        return false;
    return setLabel(taskAt(index.row()).ref.key(), value.toString().trimmed());
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(TaskKeyRole, "taskKey");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(KindRole, "kind");
    names.insert(AccountRole, "account");
    names.insert(ErrorRole, "error");
    names.insert(TerminalRole, "terminal");
    names.insert(ProgressTextRole, "progressText");
    return names;
}

int TaskTableModel::addTasks(const QList<WatchedTask> &tasks)
{
    QList<WatchedTask> added;
    QSet<QString> addedKeys;
    for (const WatchedTask &task : tasks) {
        const QString key = task.ref.key();
        if (m_rowOfKey.contains(key) || addedKeys.contains(key))
            continue;
        addedKeys.insert(key);
        added.append(task);
    }
    if (added.isEmpty())
        return 0;

    flushChanges();
    const int first = int(m_tasks.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (WatchedTask &task : added) {
        m_rowOfKey.insert(task.ref.key(), int(m_tasks.size()));
        m_tasks.append(QSharedPointer<WatchedTask>::create(std::move(task)));
        m_counts.add(*m_tasks.constLast(), 1);
    }
    endInsertRows();

    for (int row = first; row < rowCount(); ++row)
        noteFinish(*m_tasks[row]);
    if (m_batchDepth == 0)
        flushChanges();
    return int(added.size());
}

int TaskTableModel::removeTasks(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = rowOf(key);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return 0;

    // Pending cells name rows by number: announce them while the numbers still hold.
    flushChanges();
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && rows.at(begin - 1) + 1 == rows.at(begin))
            --begin;
        const int first = rows.at(begin);
        const int last = rows.at(end - 1);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_rowOfKey.remove(taskAt(row).ref.key());
            m_counts.add(taskAt(row), -1);
        }
        m_tasks.remove(first, last - first + 1);
        m_firstStaleRow = std::min(m_firstStaleRow, first);
        endRemoveRows();
        end = begin;
    }
    return int(rows.size());
}

void TaskTableModel::clear()
{
    if (m_tasks.isEmpty())
        return;
    m_changed.clear();
    beginRemoveRows({}, 0, int(m_tasks.size()) - 1);
    m_tasks.clear();
    m_counts = {};
    m_rowOfKey.clear();
    m_firstStaleRow = std::numeric_limits<int>::max();
    endRemoveRows();
}

bool TaskTableModel::applySnapshot(const QString &key, const TaskSnapshot &snapshot,
                                   const QDateTime &checkedAt)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    WatchedTask updated = taskAt(row);
    updated.snapshot = snapshot;
    updated.lastError.reset();
    updated.lastCheckedAt = checkedAt.toUTC();
    const qint64 atMs =
        checkedAt.isValid() ? checkedAt.toMSecsSinceEpoch() : m_clock.wallMsSinceEpoch();
    updated.history.append(HistorySample{atMs, snapshot.progress, snapshot.succeeded,
                                         snapshot.failed, snapshot.total});
    replaceTask(row, std::move(updated));
    return true;
}

bool TaskTableModel::applyError(const QString &key, const ApiError &error,
                                const QDateTime &checkedAt)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    WatchedTask updated = taskAt(row);
    updated.lastError = error;
    updated.lastCheckedAt = checkedAt.toUTC();
    replaceTask(row, std::move(updated));
    return true;
}

bool TaskTableModel::setNextCheck(const QString &key, const QDateTime &at)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    WatchedTask updated = taskAt(row);
    updated.nextCheckAt = at.isValid() ? at.toUTC() : QDateTime();
    replaceTask(row, std::move(updated));
    return true;
}

bool TaskTableModel::addCallsSpent(const QString &key, qint64 calls)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    WatchedTask updated = taskAt(row);
    updated.callsSpent += calls;
    replaceTask(row, std::move(updated));
    return true;
}

bool TaskTableModel::setLabel(const QString &key, const QString &label)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    WatchedTask updated = taskAt(row);
    updated.ref.label = label;
    replaceTask(row, std::move(updated));
    return true;
}

void TaskTableModel::setAccountNames(const QHash<QString, QString> &names)
{
    const QHash<QString, QString> before = std::exchange(m_accountNames, names);
    QSet<QString> changedAccounts;
    for (const auto &task : m_tasks) {
        const QString &id = task->ref.accountId;
        if (before.value(id) != m_accountNames.value(id))
            changedAccounts.insert(id);
    }
    if (changedAccounts.isEmpty())
        return;
    for (int row = 0; row < rowCount(); ++row) {
        if (changedAccounts.contains(taskAt(row).ref.accountId))
            markCells(row, ChangedCells::columnBit(AccountColumn));
    }
    if (m_batchDepth == 0)
        flushChanges();
}

QString TaskTableModel::accountName(const QString &accountId) const
{
    const QString name = m_accountNames.value(accountId);
    return name.isEmpty() ? accountId : name;
}

void TaskTableModel::refreshRelativeTimes()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch()).date();
    // After midnight "14:05:07" must become a date for every time in the table.
    const bool dayChanged = m_relativeTimesDate.isValid() && today != m_relativeTimesDate;
    m_relativeTimesDate = today;
    const quint32 timeColumns = ChangedCells::columnBit(CreatedColumn) |
                                ChangedCells::columnBit(FinishedElapsedColumn) |
                                ChangedCells::columnBit(LastCheckedColumn);
    if (m_batchDepth > 0) {
        for (int row = 0; row < rowCount(); ++row) {
            const quint32 columns = TaskRowDiff::clockDependentColumns(taskAt(row));
            markCells(row, dayChanged ? (columns | timeColumns) : columns);
        }
        return;
    }
    flushChanges();
    // Announced column by column: the moving cells of a column form long runs of rows (every
    // task scheduled shows "next check in …"), while row by row the mix of columns differs from
    // task to task, and 10,000 one-row announcements each cost the proxy and the view a pass.
    QList<quint32> columnsOfRow(rowCount());
    quint32 anyColumns = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const quint32 columns = TaskRowDiff::clockDependentColumns(taskAt(row));
        columnsOfRow[row] = dayChanged ? (columns | timeColumns) : columns;
        anyColumns |= columnsOfRow[row];
    }
    for (int column = 0; column < ColumnCount; ++column) {
        const quint32 bit = ChangedCells::columnBit(column);
        if (!(anyColumns & bit))
            continue;
        int runStart = -1;
        for (int row = 0; row <= rowCount(); ++row) {
            const bool moving = row < rowCount() && (columnsOfRow.at(row) & bit);
            if (moving && runStart < 0)
                runStart = row;
            if (!moving && runStart >= 0) {
                emit dataChanged(index(runStart, column), index(row - 1, column));
                runStart = -1;
            }
        }
    }
}

void TaskTableModel::beginUpdateBatch()
{
    ++m_batchDepth;
}

void TaskTableModel::endUpdateBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        flushChanges();
}

const WatchedTask *TaskTableModel::task(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &taskAt(row);
}

QString TaskTableModel::accountNameOf(const WatchedTask &task) const
{
    return accountName(task.ref.accountId);
}

void TaskTableModel::replaceTask(int row, WatchedTask updated)
{
    WatchedTask &current = *m_tasks[row];
    const quint32 columns = TaskRowDiff::changedColumns(current, updated);
    const bool reportUpdate = updated.lastCheckedAt != current.lastCheckedAt ||
                              updated.snapshot != current.snapshot ||
                              updated.lastError != current.lastError;
    const bool lasting = reportUpdate || updated.ref != current.ref ||
                         updated.callsSpent != current.callsSpent ||
                         updated.history != current.history;
    const bool wasNotified = current.finishNotified;
    m_counts.add(current, -1);
    current = std::move(updated);
    m_counts.add(current, 1);
    markCells(row, columns);
    noteFinish(current);
    if (reportUpdate)
        m_pendingUpdated.append(current.ref.key());
    if (lasting || current.finishNotified != wasNotified)
        m_pendingChanged.append(current.ref.key());
    if (m_batchDepth == 0)
        flushChanges();
}

void TaskTableModel::markCells(int row, quint32 columns)
{
    m_changed.mark(row, columns);
}

void TaskTableModel::noteFinish(WatchedTask &task)
{
    if (!task.isTerminal() || task.finishNotified)
        return;
    task.finishNotified = true;
    m_pendingFinished.append({task.ref.key(), task.snapshot->state});
}

void TaskTableModel::flushChanges()
{
    const QList<ChangedCells::Span> spans = m_changed.takeSpans();
    for (const ChangedCells::Span &span : spans)
        emit dataChanged(index(span.firstRow, span.firstColumn),
                         index(span.lastRow, span.lastColumn));
    // Listeners see the model already announced: the notification reads a consistent row.
    const auto finished = std::exchange(m_pendingFinished, {});
    for (const auto &[key, state] : finished)
        emit taskFinished(key, state);
    QStringList updated = std::exchange(m_pendingUpdated, {});
    updated.removeDuplicates();
    for (const QString &key : std::as_const(updated))
        emit taskUpdated(key);
    QStringList changed = std::exchange(m_pendingChanged, {});
    changed.removeDuplicates();
    for (const QString &key : std::as_const(changed))
        emit taskChanged(key);
}

QList<WatchedTask> TaskTableModel::tasks() const
{
    QList<WatchedTask> result;
    result.reserve(m_tasks.size());
    for (const auto &task : m_tasks)
        result.append(*task);
    return result;
}

int TaskTableModel::rowOf(const QString &key) const
{
    const auto found = m_rowOfKey.constFind(key);
    if (found == m_rowOfKey.constEnd())
        return -1;
    // Entries below the first removed row never moved; only the ones after it may be stale.
    if (*found < m_firstStaleRow)
        return *found;
    reindexStaleRows();
    return m_rowOfKey.value(key, -1);
}

void TaskTableModel::reindexStaleRows() const
{
    for (int row = m_firstStaleRow; row < rowCount(); ++row)
        m_rowOfKey.insert(taskAt(row).ref.key(), row);
    m_firstStaleRow = std::numeric_limits<int>::max();
}
