#pragma once

#include "models/domain/TaskState.h"
#include "models/watchlist/FinishAnnouncement.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class TaskTableModel;

// Decides what to announce when watched tasks end: fed by Engine::taskFinished (once per task,
// never again after a restart), it gathers finishes that arrive close together and announces
// each task alone, or the whole batch as one summary when many end at once, so a bulk job
// never floods the desktop.
class FinishAnnouncer final : public QObject
{
    Q_OBJECT

public:
    explicit FinishAnnouncer(const TaskTableModel &tasks, QObject *parent = nullptr);

    // Off: finishes are dropped, and what was gathered is forgotten.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // A finish within quietMs of the previous one joins its batch; no batch waits longer than
    // longestWaitMs after its first finish.
    void setGathering(int quietMs, int longestWaitMs);
    int quietMs() const { return m_quietMs; }
    int longestWaitMs() const { return m_longestWaitMs; }
    // A batch of at least this many tasks is announced as one summary.
    void setSummaryThreshold(int tasks);
    int summaryThreshold() const { return m_summaryThreshold; }

    void taskFinished(const QString &key, TaskState state);
    // Announces what was gathered now (quitting, tests).
    void flush();

    // "12 tasks finished: 10 succeeded, 2 partly failed"
    static QString summaryTitle(int succeeded, int partlyFailed, int failed);

signals:
    void announce(const FinishAnnouncement &announcement);

private:
    struct Finish
    {
        QString key;
        TaskState state = TaskState::Succeeded;
        QString name;
        QString detail;
    };

    Finish describe(const QString &key, TaskState state) const;
    static FinishAnnouncement single(const Finish &finish);
    static FinishAnnouncement batch(QList<Finish> finishes);

    const TaskTableModel &m_tasks;
    QTimer m_gather;
    QElapsedTimer m_batchAge;
    QList<Finish> m_pending;
    int m_quietMs = 1500;
    int m_longestWaitMs = 6000;
    int m_summaryThreshold = 3;
    bool m_enabled = true;
};
