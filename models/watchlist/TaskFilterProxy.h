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
    const TaskFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<TaskTableModel> m_tasks;
    TaskFilter m_filter;
};
