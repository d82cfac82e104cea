#pragma once

#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/persistence/WatchListBatch.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class TaskTableModel;
class WatchListDatabase;

// Collects what changed in the watch list and hands it to the database as one batch a short
// moment later: the thread that made the changes only copies values (implicitly shared), the
// database writes them on its own thread.
class WatchListPersistence final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 500;

    WatchListPersistence(WatchListDatabase &database, const TaskTableModel &tasks,
                         QObject *parent = nullptr);

    void taskChanged(const QString &key);
    void taskRemoved(const QString &key);
    void subtasksReceived(const QString &key, const QList<SubtaskRow> &rows);
    void reportsReceived(const QString &key, const QList<ReportSubmission> &reports);
    void rawBodyReceived(const QString &key, const QByteArray &body);
    void accountsChanged(const QList<Account> &accounts);
    void ledgerChanged(const CallLedger &ledger);
    void durationsChanged(const QHash<QString, QList<qint64>> &samples);

    // Submits what is pending now (on quit, before an on-demand read, in tests).
    void flush();
    void setDelayMs(int ms) { m_timer.setInterval(ms); }
    bool hasPending() const { return !m_batch.isEmpty() || !m_changedKeys.isEmpty(); }
    // Microseconds the calling thread spent building and submitting the last batch.
    qint64 lastFlushMicroseconds() const { return m_lastFlushUs; }

private:
    void schedule();

    WatchListDatabase &m_database;
    const TaskTableModel &m_tasks;
    WatchListBatch m_batch;
    QSet<QString> m_changedKeys;
    QTimer m_timer;
    qint64 m_lastFlushUs = 0;
};
