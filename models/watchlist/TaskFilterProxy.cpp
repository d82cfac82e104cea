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

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The column sorted before becomes the tie-breaker, so "by state, then by label" takes
    // two clicks and stays.
    if (column != sortColumn() && sortColumn() >= 0)
        m_secondaryColumn = sortColumn();
    if (m_secondaryColumn == column)
        m_secondaryColumn = -1;
    QSortFilterProxyModel::sort(column, order);
}

void TaskFilterProxy::setSecondarySortColumn(int column)
{
    if (column == m_secondaryColumn)
        return;
    m_secondaryColumn = column;
    if (sortColumn() >= 0)
        QSortFilterProxyModel::sort(sortColumn(), sortOrder());
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_secondaryColumn >= 0 && m_secondaryColumn != left.column()) {
        if (lessThanInColumn(left, right))
            return true;
        if (lessThanInColumn(right, left))
            return false;
        const QModelIndex secondLeft = left.siblingAtColumn(m_secondaryColumn);
        const QModelIndex secondRight = right.siblingAtColumn(m_secondaryColumn);
        // Ties keep the secondary column ascending whatever the primary direction.
        return sortOrder() == Qt::AscendingOrder ? lessThanInColumn(secondLeft, secondRight)
                                                 : lessThanInColumn(secondRight, secondLeft);
    }
    return lessThanInColumn(left, right);
}

bool TaskFilterProxy::lessThanInColumn(const QModelIndex &left, const QModelIndex &right) const
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
