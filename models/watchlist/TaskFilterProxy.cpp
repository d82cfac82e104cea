#include "models/watchlist/TaskFilterProxy.h"

#include "models/watchlist/TaskTableModel.h"

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TaskFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tasks = qobject_cast<TaskTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterProxy::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_tasks.isNull() || sourceParent.isValid() || sourceRow < 0 ||
        sourceRow >= m_tasks->rowCount())
        return true;
    if (m_filter.isEmpty())
        return true;
    const WatchedTask &task = m_tasks->taskAt(sourceRow);
    return m_filter.matches(task, m_tasks->accountName(task.ref.accountId));
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    const bool leftKnown = leftValue.isValid();
    const bool rightKnown = rightValue.isValid();
    if (leftKnown != rightKnown) {
        // Descending order asks lessThan(right, left): answering the other way round keeps
        // the unknown values at the bottom both ways.
        return (sortOrder() == Qt::AscendingOrder) == leftKnown;
    }
    if (!leftKnown)
        return false;
    return QSortFilterProxyModel::lessThan(left, right);
}
