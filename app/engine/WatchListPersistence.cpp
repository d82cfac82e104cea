#include "app/engine/WatchListPersistence.h"

#include "models/persistence/WatchListDatabase.h"
#include "models/watchlist/TaskTableModel.h"

#include <QElapsedTimer>

WatchListPersistence::WatchListPersistence(WatchListDatabase &database, const TaskTableModel &tasks,
                                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_tasks(tasks)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchListPersistence::flush);
}

void WatchListPersistence::schedule()
{
    // Not restarted by later changes: a busy list is still written every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void WatchListPersistence::taskChanged(const QString &key)
{
    m_changedKeys.insert(key);
    m_batch.removals.removeAll(key);
    schedule();
}

void WatchListPersistence::taskRemoved(const QString &key)
{
    m_changedKeys.remove(key);
    m_batch.subtasks.remove(key);
    m_batch.reports.remove(key);
    m_batch.rawBodies.remove(key);
    if (!m_batch.removals.contains(key))
        m_batch.removals.append(key);
    schedule();
}

void WatchListPersistence::subtasksReceived(const QString &key, const QList<SubtaskRow> &rows)
{
    m_batch.subtasks.insert(key, rows);
    schedule();
}

void WatchListPersistence::reportsReceived(const QString &key,
                                           const QList<ReportSubmission> &reports)
{
    m_batch.reports.insert(key, reports);
    schedule();
}

void WatchListPersistence::rawBodyReceived(const QString &key, const QByteArray &body)
{
    m_batch.rawBodies.insert(key, body);
    schedule();
}

void WatchListPersistence::accountsChanged(const QList<Account> &accounts)
{
    m_batch.accounts = accounts;
    schedule();
}

void WatchListPersistence::ledgerChanged(const CallLedger &ledger)
{
    m_batch.ledger = ledger;
    schedule();
}

void WatchListPersistence::durationsChanged(const QHash<QString, QList<qint64>> &samples)
{
    m_batch.durationSamples = samples;
    schedule();
}

void WatchListPersistence::flush()
{
    m_timer.stop();
    if (!hasPending())
        return;
    QElapsedTimer elapsed;
    elapsed.start();
    m_batch.upserts.reserve(m_changedKeys.size());
    for (const QString &key : std::as_const(m_changedKeys)) {
        if (const WatchedTask *task = m_tasks.task(key))
            m_batch.upserts.append(*task);
    }
    m_changedKeys.clear();
    m_database.submit(std::exchange(m_batch, {}));
    m_lastFlushUs = elapsed.nsecsElapsed() / 1000;
}
