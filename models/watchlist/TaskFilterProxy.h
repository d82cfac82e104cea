#pragma once

#include "models/watchlist/TaskFilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

class TaskTableModel;

// The task table as the view shows it: filtered by a TaskFilter, sorted by raw values, with
// unknown values (no progress, no ETA yet) last in either direction.
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    // Takes a TaskTableModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const TaskFilter &filter);

    // Sorting by another column keeps the previous one as the tie-breaker.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int secondarySortColumn() const { return m_secondaryColumn; }
    void setSecondarySortColumn(int column);
    const TaskFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool lessThanInColumn(const QModelIndex &left, const QModelIndex &right) const;

    QPointer<TaskTableModel> m_tasks;
    int m_secondaryColumn = -1;
    TaskFilter m_filter;
};
