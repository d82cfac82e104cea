#include "models/watchlist/TaskCellFormatter.h"

#include "models/domain/Clock.h"
#include "models/watchlist/TaskTableModel.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct ColumnText
{
    const char *title;
    const char *toolTip;
};

constexpr std::array<ColumnText, TaskTableModel::ColumnCount> kColumns{{
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Label"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "Your name for the task; the task id when unnamed")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Account"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "The organisation account the task is watched with")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Kind"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "Which platform endpoint reports on the task")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Task ID"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "The id the platform returned for the task")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "State"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "The platform's state of the task, or Error when the last check failed")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Progress"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "Percent done; some tasks report none and only say when they are done")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Total"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "Rows or items the task processes")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Succeeded"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "Rows or items done without error")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Failed"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "Rows or items that failed; see the detail pane")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Created"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "When the platform created the task (local time)")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Finished / elapsed"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "When the task finished, or how long it has been running")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "ETA"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "Estimated time to finish from the recent progress; — until the "
                       "progress is steady enough to tell")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Last checked"),
     QT_TRANSLATE_NOOP("TaskCellFormatter", "When the platform was last asked (local time)")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Next check"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "When the platform will be asked next; ended tasks are not checked "
                       "again")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Calls"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "Requests spent on this task; metered calls count against the "
                       "organisation's monthly quota")},
    {QT_TRANSLATE_NOOP("TaskCellFormatter", "Last error"),
     QT_TRANSLATE_NOOP("TaskCellFormatter",
                       "Why the last check failed; empty when it worked. Hover for the request "
                       "id to quote to support")},
}};

bool isValidColumn(int column)
{
    return column >= 0 && column < TaskTableModel::ColumnCount;
}

QVariant count(const std::optional<qint64> &value, bool display)
{
    if (!value)
        return display ? QVariant(QString()) : QVariant();
    return display ? QVariant(QLocale().toString(*value)) : QVariant(*value);
}

QString htmlLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return QStringLiteral("<html><body>") + escaped.join(QStringLiteral("<br>")) +
           QStringLiteral("</body></html>");
}

} // namespace

TaskCellFormatter::TaskCellFormatter(const Clock &clock)
    : m_clock(clock)
{}

QString TaskCellFormatter::progressText(const WatchedTask &task)
{
    const TaskState state = task.displayState();
    const std::optional<TaskSnapshot> &snapshot = task.snapshot;
    if (task.ref.kind == TaskKind::FeishuReport) {
        // A report query has no progress: what it has found so far is the news.
        if (snapshot && snapshot->total && state != TaskState::Error)
            return tr("%n submission(s)", nullptr, int(*snapshot->total));
        return state == TaskState::Failed ? TaskStates::displayName(state) : QString();
    }
    const bool endedBadly = state == TaskState::PartiallyFailed || state == TaskState::Failed;
    if (endedBadly && snapshot && snapshot->failed && snapshot->total && *snapshot->total > 0 &&
        *snapshot->failed > 0) {
        //: A task that ended with some rows failed: "37 of 50 failed"
        return tr("%1 of %2 failed")
            .arg(QLocale().toString(*snapshot->failed), QLocale().toString(*snapshot->total));
    }
    if (state == TaskState::Failed)
        return TaskStates::displayName(state);
    if (const std::optional<double> progress = progressOf(task))
        return tr("%1 %").arg(int(std::floor(*progress)));
    if (state == TaskState::Running || state == TaskState::Pending)
        return tr("working…");
    return {};
}

QString TaskCellFormatter::accessibleSummary(const WatchedTask &task)
{
    QStringList parts{effectiveLabel(task), TaskStates::displayName(task.displayState())};
    const QString progress = progressText(task);
    if (!progress.isEmpty() && progress != parts.last())
        parts << progress;
    if (task.lastError)
        parts << task.lastError->message;
    //: Joins the parts of a row read out by a screen reader
    return parts.join(tr(", "));
}

QVariant TaskCellFormatter::display(const WatchedTask &task, int column,
                                    const QString &accountName) const
{
    const std::optional<TaskSnapshot> &snapshot = task.snapshot;
    switch (column) {
    case TaskTableModel::LabelColumn:
        return effectiveLabel(task);
    case TaskTableModel::AccountColumn:
        return accountName;
    case TaskTableModel::KindColumn:
        return TaskKinds::displayName(task.ref.kind);
    case TaskTableModel::TaskIdColumn:
        return task.ref.taskId;
    case TaskTableModel::StateColumn: {
        const TaskState state = task.displayState();
        if (state == TaskState::Unknown && snapshot && !snapshot->rawStatus.isEmpty())
            return tr("Unknown (%1)").arg(snapshot->rawStatus);
        return TaskStates::displayName(state);
    }
    case TaskTableModel::ProgressColumn: {
        const std::optional<double> progress = progressOf(task);
        // Floored: "100 %" only once it is really all done.
        return progress ? tr("%1 %").arg(int(std::floor(*progress))) : QString();
    }
    case TaskTableModel::TotalColumn:
        return count(snapshot ? snapshot->total : std::nullopt, true);
    case TaskTableModel::SucceededColumn:
        return count(snapshot ? snapshot->succeeded : std::nullopt, true);
    case TaskTableModel::FailedColumn:
        return count(snapshot ? snapshot->failed : std::nullopt, true);
    case TaskTableModel::CreatedColumn:
        return formatTime(snapshot ? snapshot->createdAt : QDateTime());
    case TaskTableModel::FinishedElapsedColumn:
        return finishedOrElapsed(task);
    case TaskTableModel::EtaColumn:
        return eta(task);
    case TaskTableModel::LastCheckedColumn:
        return formatTime(task.lastCheckedAt);
    case TaskTableModel::NextCheckColumn:
        return nextCheck(task);
    case TaskTableModel::CallsSpentColumn:
        return QLocale().toString(task.callsSpent);
    case TaskTableModel::LastErrorColumn:
        return task.lastError ? task.lastError->summary() : QString();
    default:
        return {};
    }
}

QVariant TaskCellFormatter::raw(const WatchedTask &task, int column,
                                const QString &accountName) const
{
    const std::optional<TaskSnapshot> &snapshot = task.snapshot;
    const auto utc = [](const QDateTime &time) {
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    };
    switch (column) {
    case TaskTableModel::StateColumn:
        return int(task.displayState());
    case TaskTableModel::ProgressColumn: {
        const std::optional<double> progress = progressOf(task);
        return progress ? QVariant(*progress) : QVariant();
    }
    case TaskTableModel::TotalColumn:
        return count(snapshot ? snapshot->total : std::nullopt, false);
    case TaskTableModel::SucceededColumn:
        return count(snapshot ? snapshot->succeeded : std::nullopt, false);
    case TaskTableModel::FailedColumn:
        return count(snapshot ? snapshot->failed : std::nullopt, false);
    case TaskTableModel::CreatedColumn:
        return utc(snapshot ? snapshot->createdAt : QDateTime());
    case TaskTableModel::FinishedElapsedColumn:
        return utc(finishTime(task));
    case TaskTableModel::EtaColumn: {
        const std::optional<qint64> finish =
            task.isTerminal() ? std::nullopt : task.history.estimatedFinishMs();
        return finish ? QVariant(QDateTime::fromMSecsSinceEpoch(*finish, Qt::UTC)) : QVariant();
    }
    case TaskTableModel::LastCheckedColumn:
        return utc(task.lastCheckedAt);
    case TaskTableModel::NextCheckColumn:
        return utc(task.nextCheckAt);
    case TaskTableModel::CallsSpentColumn:
        return task.callsSpent;
    default:
        return display(task, column, accountName);
    }
}

QVariant TaskCellFormatter::toolTip(const WatchedTask &task, int column) const
{
    switch (column) {
    case TaskTableModel::LabelColumn:
        return htmlLines({effectiveLabel(task), TaskKinds::displayName(task.ref.kind),
                          tr("Task ID: %1").arg(task.ref.taskId)});
    case TaskTableModel::StateColumn:
        return task.lastError ? errorToolTip(*task.lastError) : stateToolTip(task);
    case TaskTableModel::LastErrorColumn:
        return task.lastError ? QVariant(errorToolTip(*task.lastError)) : QVariant();
    case TaskTableModel::ProgressColumn:
        if (!progressOf(task) && !task.isTerminal() && task.snapshot)
            return tr("The platform reports no progress for this task, only when it is done.");
        return {};
    case TaskTableModel::CreatedColumn:
        return timeToolTip(task.snapshot ? task.snapshot->createdAt : QDateTime());
    case TaskTableModel::FinishedElapsedColumn: {
        if (!task.snapshot || !task.snapshot->createdAt.isValid())
            return {};
        const QDateTime &created = task.snapshot->createdAt;
        if (task.isTerminal() && task.snapshot->finishedAt.isValid())
            return tr("Took %1").arg(formatDuration(created.msecsTo(task.snapshot->finishedAt)));
        if (!task.isTerminal())
            return tr("Running for %1")
                .arg(formatDuration(m_clock.wallMsSinceEpoch() - created.toMSecsSinceEpoch()));
        return {};
    }
    case TaskTableModel::EtaColumn: {
        const QVariant finish = raw(task, column, {});
        return finish.isValid()
                   ? QVariant(tr("Expected around %1").arg(formatTime(finish.toDateTime())))
                   : QVariant();
    }
    case TaskTableModel::LastCheckedColumn:
        return timeToolTip(task.lastCheckedAt);
    case TaskTableModel::NextCheckColumn:
        return timeToolTip(task.nextCheckAt);
    default:
        return {};
    }
}

Qt::Alignment TaskCellFormatter::alignment(int column)
{
    switch (column) {
    case TaskTableModel::ProgressColumn:
    case TaskTableModel::TotalColumn:
    case TaskTableModel::SucceededColumn:
    case TaskTableModel::FailedColumn:
    case TaskTableModel::FinishedElapsedColumn:
    case TaskTableModel::EtaColumn:
    case TaskTableModel::NextCheckColumn:
    case TaskTableModel::CallsSpentColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

QString TaskCellFormatter::headerText(int column)
{
    return isValidColumn(column) ? tr(kColumns.at(std::size_t(column)).title) : QString();
}

QString TaskCellFormatter::headerToolTip(int column)
{
    return isValidColumn(column) ? tr(kColumns.at(std::size_t(column)).toolTip) : QString();
}

QString TaskCellFormatter::effectiveLabel(const WatchedTask &task)
{
    return task.ref.label.isEmpty() ? task.ref.taskId : task.ref.label;
}

std::optional<double> TaskCellFormatter::progressOf(const WatchedTask &task)
{
    if (!task.snapshot)
        return std::nullopt;
    const TaskSnapshot &snapshot = *task.snapshot;
    if (snapshot.progress && std::isfinite(*snapshot.progress))
        return std::clamp(*snapshot.progress, 0.0, 100.0);
    if (snapshot.state == TaskState::Succeeded || snapshot.state == TaskState::PartiallyFailed)
        return 100.0;
    return std::nullopt;
}

QString TaskCellFormatter::formatTime(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch()).date();
    return local.toString(local.date() == today ? QStringLiteral("HH:mm:ss")
                                                : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TaskCellFormatter::formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60)
                                 : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString TaskCellFormatter::formatRemaining(qint64 ms)
{
    // Rounded up: "in 1 min" for 20 s left would promise too much.
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return formatDuration(ms);
}

QString TaskCellFormatter::errorToolTip(const ApiError &error)
{
    QStringList lines{error.message.isEmpty() ? ApiError::categoryDisplayName(error.category)
                                              : error.message};
    if (!error.context.isEmpty())
        lines << tr("What failed: %1").arg(error.context);
    if (!error.code.isEmpty())
        lines << tr("Platform code: %1").arg(error.code);
    if (error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        lines << tr("Request id (quote it to support): %1").arg(error.requestId);
    if (!error.hint.isEmpty())
        lines << tr("What to do: %1").arg(error.hint);
    return htmlLines(lines);
}

QVariant TaskCellFormatter::finishedOrElapsed(const WatchedTask &task) const
{
    if (!task.snapshot)
        return QString();
    if (task.isTerminal()) {
        if (task.snapshot->finishedAt.isValid())
            return formatTime(task.snapshot->finishedAt);
        // Drive tasks never say when they finished: the check that saw it is an upper bound.
        return task.lastCheckedAt.isValid() ? tr("by %1").arg(formatTime(task.lastCheckedAt))
                                            : QString();
    }
    const QDateTime &created = task.snapshot->createdAt;
    if (!created.isValid())
        return QString();
    return formatDuration(m_clock.wallMsSinceEpoch() - created.toMSecsSinceEpoch());
}

QDateTime TaskCellFormatter::finishTime(const WatchedTask &task)
{
    if (!task.isTerminal())
        return {};
    return task.snapshot->finishedAt.isValid() ? task.snapshot->finishedAt : task.lastCheckedAt;
}

QVariant TaskCellFormatter::eta(const WatchedTask &task) const
{
    if (task.isTerminal())
        return QString();
    const std::optional<qint64> finish = task.history.estimatedFinishMs();
    if (!finish)
        return tr("—");
    const qint64 remaining = *finish - m_clock.wallMsSinceEpoch();
    return remaining <= 0 ? tr("soon") : tr("in %1").arg(formatRemaining(remaining));
}

QVariant TaskCellFormatter::nextCheck(const WatchedTask &task) const
{
    if (!task.nextCheckAt.isValid())
        return QString();
    const qint64 remaining = task.nextCheckAt.toMSecsSinceEpoch() - m_clock.wallMsSinceEpoch();
    return remaining <= 0 ? tr("now") : tr("in %1").arg(formatDuration(remaining + 999));
}

QString TaskCellFormatter::stateToolTip(const WatchedTask &task) const
{
    if (!task.snapshot)
        return tr("Not checked yet");
    const TaskSnapshot &snapshot = *task.snapshot;
    QStringList lines{TaskStates::displayName(snapshot.state)};
    if (!snapshot.rawStatus.isEmpty())
        lines << tr("Platform status: %1").arg(snapshot.rawStatus);
    if (!snapshot.message.isEmpty())
        lines << tr("Platform message: %1").arg(snapshot.message);
    for (const QString &warning : snapshot.warnings)
        lines << tr("Note: %1").arg(warning);
    return htmlLines(lines);
}

QString TaskCellFormatter::timeToolTip(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    return tr("%1 (local), %2 (UTC)")
        .arg(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}
