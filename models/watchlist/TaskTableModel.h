#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskSnapshot.h"
#include "models/domain/WatchedTask.h"
#include "models/watchlist/ChangedCells.h"
#include "models/watchlist/TaskCellFormatter.h"
#include "models/watchlist/TaskCounts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <limits>

class Clock;

// The live table: one row per watched task, upserted by TaskRef::key(). Refreshes announce
// only the cells that changed, never a reset, so selection and scroll survive every tick.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        AccountColumn,
        KindColumn,
        TaskIdColumn,
        StateColumn,
        ProgressColumn,
        TotalColumn,
        SucceededColumn,
        FailedColumn,
        CreatedColumn,
        FinishedElapsedColumn,
        EtaColumn,
        LastCheckedColumn,
        NextCheckColumn,
        CallsSpentColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // TaskKeyRole, KindRole, AccountRole, StateRole and ErrorRole answer on every cell of a
    // row; a change of state or error therefore announces the whole row. The other roles
    // answer on their own column.
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: number, QDateTime (UTC), text
        TaskKeyRole,                     // QString: TaskRef::key()
        StateRole,                       // int: the displayed TaskState
        ProgressRole,     // double percent on the progress column; invalid when unknown
        KindRole,         // int: TaskKind
        AccountRole,      // QString: account id
        ErrorRole,        // QString: the last error's summary; invalid when the last call worked
        TerminalRole,     // bool: the task has ended on the platform
        ProgressTextRole, // QString on the progress column: what its bar says
    };
    Q_ENUM(Role)

    explicit TaskTableModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only the label is editable (EditRole on LabelColumn).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends the tasks whose key is new, in one block; returns how many were added. A task
    // that arrives already ended and not yet notified is announced once by taskFinished.
    int addTasks(const QList<WatchedTask> &tasks);
    // Removes the rows with these keys in contiguous blocks; returns how many were removed.
    int removeTasks(const QStringList &keys);
    void clear();

    // A good answer: becomes the snapshot, clears the last error, adds a history sample.
    bool applySnapshot(const QString &key, const TaskSnapshot &snapshot,
                       const QDateTime &checkedAt);
    // A failed request: the last good snapshot stays.
    bool applyError(const QString &key, const ApiError &error, const QDateTime &checkedAt);
    bool setNextCheck(const QString &key, const QDateTime &at);
    bool addCallsSpent(const QString &key, qint64 calls);
    bool setLabel(const QString &key, const QString &label);
    // Account id → name, for the account column and the text filter.
    void setAccountNames(const QHash<QString, QString> &names);
    QString accountName(const QString &accountId) const;

    // Elapsed time, ETA and next check move with the clock: call about once a second to
    // repaint them (only rows that still run or wait are announced).
    void refreshRelativeTimes();

    // Between these, changes are collected and announced at the end as the fewest rectangles;
    // batches nest. Without a batch every change is announced at once.
    void beginUpdateBatch();
    void endUpdateBatch();

    // nullptr when absent; valid until the model next changes.
    const WatchedTask *task(const QString &key) const;
    const WatchedTask &taskAt(int row) const { return *m_tasks.at(row); }
    // Tasks per displayed state, kind and account, kept up to date with every change.
    const TaskCounts &counts() const { return m_counts; }
    // A copy, in row order (e.g. for saving).
    QList<WatchedTask> tasks() const;
    // O(1); -1 when absent.
    int rowOf(const QString &key) const;

signals:
    // Once per task, the first time it is seen ended (finishNotified records it).
    void taskFinished(const QString &key, TaskState state);
    // After an answer or an error was applied to the task (and announced).
    void taskUpdated(const QString &key);
    // Something about the task that must outlive a restart changed: its snapshot, error,
    // label, history, calls spent or finish notice (not the next check, which is recomputed).
    void taskChanged(const QString &key);

private:
    bool isCell(const QModelIndex &index) const;
    QString accountNameOf(const WatchedTask &task) const;
    // Records the task's new value, announces what changed and notes a finish.
    void replaceTask(int row, WatchedTask updated);
    void markCells(int row, quint32 columns);
    void flushChanges();
    void noteFinish(WatchedTask &task);
    void reindexStaleRows() const;

    const Clock &m_clock;
    TaskCellFormatter m_formatter;
    // Never shared: QSharedPointer is relocatable, so removing scattered rows from 10,000
    // memmoves pointers instead of moving tasks one by one (which even a debug build notices).
    QList<QSharedPointer<WatchedTask>> m_tasks;
    // Removing rows shifts the ones after them; their entries are renumbered on the next
    // lookup that needs them, so removing many scattered rows stays linear.
    mutable QHash<QString, int> m_rowOfKey;
    mutable int m_firstStaleRow = std::numeric_limits<int>::max();
    QHash<QString, QString> m_accountNames;
    ChangedCells m_changed;
    QList<std::pair<QString, TaskState>> m_pendingFinished;
    QStringList m_pendingUpdated;
    QStringList m_pendingChanged;
    int m_batchDepth = 0;
    QDate m_relativeTimesDate;
    TaskCounts m_counts;
};
