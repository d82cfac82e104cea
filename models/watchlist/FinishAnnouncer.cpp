#include "models/watchlist/FinishAnnouncer.h"

#include "models/domain/TaskKind.h"
#include "models/watchlist/TaskTableModel.h"

#include <QLocale>

#include <algorithm>

namespace {

// Failed first: a summary's click and its list of names lead to what needs a look.
int severity(TaskState state)
{
    switch (state) {
    case TaskState::Failed:
        return 0;
    case TaskState::PartiallyFailed:
        return 1;
    default:
        return 2;
    }
}

constexpr int kNamesInSummary = 3;

} // namespace

FinishAnnouncer::FinishAnnouncer(const TaskTableModel &tasks, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
{
    m_gather.setSingleShot(true);
    connect(&m_gather, &QTimer::timeout, this, &FinishAnnouncer::flush);
}

void FinishAnnouncer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_gather.stop();
        m_pending.clear();
    }
}

void FinishAnnouncer::setGathering(int quietMs, int longestWaitMs)
{
    m_quietMs = std::max(0, quietMs);
    m_longestWaitMs = std::max(m_quietMs, longestWaitMs);
}

void FinishAnnouncer::setSummaryThreshold(int tasks)
{
    m_summaryThreshold = std::max(2, tasks);
}

void FinishAnnouncer::taskFinished(const QString &key, TaskState state)
{
    if (!m_enabled)
        return;
    if (m_pending.isEmpty())
        m_batchAge.start();
    // Described now: the task may be removed before the batch is announced.
    m_pending.append(describe(key, state));
    const qint64 left = std::max<qint64>(0, m_longestWaitMs - m_batchAge.elapsed());
    m_gather.start(int(std::min<qint64>(m_quietMs, left)));
}

void FinishAnnouncer::flush()
{
    m_gather.stop();
    const QList<Finish> finishes = std::exchange(m_pending, {});
    if (finishes.isEmpty())
        return;
    if (finishes.size() >= m_summaryThreshold) {
        emit announce(batch(finishes));
        return;
    }
    for (const Finish &finish : finishes)
        emit announce(single(finish));
}

FinishAnnouncer::Finish FinishAnnouncer::describe(const QString &key, TaskState state) const
{
    Finish finish;
    finish.key = key;
    finish.state = state;
    finish.name = key;
    const WatchedTask *task = m_tasks.task(key);
    if (!task)
        return finish;
    finish.name = task->ref.label.isEmpty() ? task->ref.taskId : task->ref.label;
    QStringList lines;
    //: Kind and account of a finished task in its notification: "Contact import · Acme"
    lines << tr("%1 · %2").arg(TaskKinds::displayName(task->ref.kind),
                               m_tasks.accountName(task->ref.accountId));
    if (task->snapshot) {
        const TaskSnapshot &snapshot = *task->snapshot;
        const QLocale locale;
        if (snapshot.total && *snapshot.total > 0) {
            const qint64 failed = snapshot.failed.value_or(0);
            const qint64 succeeded = snapshot.succeeded.value_or(*snapshot.total - failed);
            lines << (failed > 0
                          ? tr("%1 of %2 failed, %3 succeeded")
                                .arg(locale.toString(failed), locale.toString(*snapshot.total),
                                     locale.toString(succeeded))
                          : tr("All %1 done").arg(locale.toString(*snapshot.total)));
        }
        if (!snapshot.message.isEmpty())
            lines << snapshot.message;
    }
    finish.detail = lines.join(QLatin1Char('\n'));
    return finish;
}

FinishAnnouncement FinishAnnouncer::single(const Finish &finish)
{
    FinishAnnouncement announcement;
    announcement.keys = {finish.key};
    announcement.state = finish.state;
    announcement.body = finish.detail;
    switch (finish.state) {
    case TaskState::Failed:
        announcement.title = tr("%1 failed").arg(finish.name);
        break;
    case TaskState::PartiallyFailed:
        announcement.title = tr("%1 partly failed").arg(finish.name);
        break;
    default:
        announcement.title = tr("%1 succeeded").arg(finish.name);
        break;
    }
    return announcement;
}

FinishAnnouncement FinishAnnouncer::batch(QList<Finish> finishes)
{
    std::stable_sort(finishes.begin(), finishes.end(), [](const Finish &a, const Finish &b) {
        return severity(a.state) < severity(b.state);
    });
    FinishAnnouncement announcement;
    announcement.summary = true;
    announcement.state = finishes.constFirst().state;
    int succeeded = 0;
    int partlyFailed = 0;
    int failed = 0;
    QStringList needingALook;
    for (const Finish &finish : std::as_const(finishes)) {
        announcement.keys << finish.key;
        if (finish.state == TaskState::Failed)
            ++failed;
        else if (finish.state == TaskState::PartiallyFailed)
            ++partlyFailed;
        else
            ++succeeded;
        if (finish.state != TaskState::Succeeded)
            needingALook << finish.name;
    }
    announcement.title = summaryTitle(succeeded, partlyFailed, failed);
    if (!needingALook.isEmpty()) {
        const qsizetype more = needingALook.size() - kNamesInSummary;
        QString names =
            QStringList(needingALook.mid(0, kNamesInSummary)).join(QStringLiteral(", "));
        if (more > 0)
            names = tr("%1 and %n more", nullptr, int(more)).arg(names);
        announcement.body = tr("Needs a look: %1").arg(names);
    }
    return announcement;
}

QString FinishAnnouncer::summaryTitle(int succeeded, int partlyFailed, int failed)
{
    QStringList parts;
    if (succeeded > 0)
        parts << tr("%n succeeded", nullptr, succeeded);
    if (partlyFailed > 0)
        parts << tr("%n partly failed", nullptr, partlyFailed);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    //: A batch of finished tasks: "12 tasks finished: 10 succeeded, 2 partly failed"
    return tr("%n task(s) finished: %1", nullptr, succeeded + partlyFailed + failed)
        .arg(parts.join(QStringLiteral(", ")));
}
