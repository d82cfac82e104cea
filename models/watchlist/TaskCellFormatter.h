#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/WatchedTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class Clock;

// What each cell of the task table shows: translated text, the raw value behind it, the tool
// tip. Formats only the cell asked for, so data() stays cheap on 10,000 rows.
class TaskCellFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(TaskCellFormatter)

public:
    explicit TaskCellFormatter(const Clock &clock);

    // column: TaskTableModel::Column.
    QVariant display(const WatchedTask &task, int column, const QString &accountName) const;
    QVariant raw(const WatchedTask &task, int column, const QString &accountName) const;
    QVariant toolTip(const WatchedTask &task, int column) const;
    static Qt::Alignment alignment(int column);
    static QString headerText(int column);
    static QString headerToolTip(int column);

    // The label to show: the user's own, or the task id when there is none.
    static QString effectiveLabel(const WatchedTask &task);
    // Percent; an ended task counts as 100 % even when its platform reports no progress.
    static std::optional<double> progressOf(const WatchedTask &task);
    // What the progress bar says: "42 %", "37 of 50 failed" for a task that ended with failed
    // rows, "Failed", "working…" while running without progress; empty when nothing is known.
    static QString progressText(const WatchedTask &task);
    // One line for screen readers: "Import HR batch 3, partly failed, 37 of 50 failed".
    static QString accessibleSummary(const WatchedTask &task);
    // Local time: "14:05:07" today, "2026-01-02 14:05:07" on another day; empty if invalid.
    QString formatTime(const QDateTime &time) const;
    // "45 s", "1 min 20 s", "2 h 5 min", "3 d 4 h".
    static QString formatDuration(qint64 ms);
    // Coarser, for what is still to come: "12 s", "3 min", "1 h 10 min".
    static QString formatRemaining(qint64 ms);
    // Rich text: what failed, the platform's code and message, the request id, what to do.
    static QString errorToolTip(const ApiError &error);
    // When an ended task finished: the platform's time, or else the check that saw it ended.
    static QDateTime finishTime(const WatchedTask &task);

private:
    QVariant finishedOrElapsed(const WatchedTask &task) const;
    QVariant eta(const WatchedTask &task) const;
    QVariant nextCheck(const WatchedTask &task) const;
    QString stateToolTip(const WatchedTask &task) const;
    QString timeToolTip(const QDateTime &time) const;

    const Clock &m_clock;
};
