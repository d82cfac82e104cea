#pragma once

#include "app/engine/AccountTestResult.h"
#include "app/engine/EngineOptions.h"
#include "app/engine/WatchListPersistence.h"
#include "models/domain/Account.h"
#include "models/domain/Clock.h"
#include "models/domain/TaskRef.h"
#include "models/persistence/DatabaseOpenResult.h"
#include "models/persistence/WatchListDatabase.h"
#include "models/watchlist/RequestLogBook.h"
#include "models/watchlist/TaskTableModel.h"
#include "network/clients/ApiSession.h"
#include "network/scheduler/RefreshScheduler.h"

#include <QHash>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

// The monitor assembled once: network, session, scheduler, the task table (the one owner of
// each task's state), the SQLite store and the secrets. The window and the CLI call this API
// and nothing below it; every change that must survive a restart goes through here.
class Engine final : public QObject
{
    Q_OBJECT

public:
    explicit Engine(const EngineOptions &options, QObject *parent = nullptr);
    ~Engine() override; // writes what is pending

    // Opens the store and restores accounts and tasks with their last snapshots; ended tasks
    // are not asked again. Tasks of an account start polling once its secret has been read.
    DatabaseOpenResult start();
    // What start() found: the window tells the user about a database set aside or left alone.
    const DatabaseOpenResult &openResult() const { return m_openResult; }

    // Tasks. Refs already watched are skipped; returns how many were added.
    int addTasks(const QList<TaskRef> &refs);
    // Stops watching; returns the removed tasks as they were (for undo).
    QList<WatchedTask> removeTasks(const QStringList &keys);
    // Brings removed tasks back with their snapshots and history (undo); each is checked once
    // more, since its sub-task rows went with it.
    int restoreTasks(const QList<WatchedTask> &tasks);
    bool setLabel(const QString &key, const QString &label);
    bool isWatching(const QString &key) const { return m_tasks.rowOf(key) >= 0; }

    // Asks the platform once about a task, outside the watch list (a script's one-off
    // status, a report export). `done` runs on this thread unless `context` is gone first.
    void fetchOnce(const TaskRef &ref, QObject *context, SnapshotRequest::Callback done);

    void refresh(const QStringList &keys);
    void refreshAll();
    void pause();
    void resume();
    bool isPaused() const { return m_scheduler.isPaused(); }

    // Accounts: the session holds them; the store keeps them without secrets.
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &accountId) const;
    // Adds or replaces an account. An empty secret keeps the one it had. Calls of the old
    // settings end at once; the account's tasks keep their snapshots and are asked again.
    void setAccount(const Account &account, const QString &secret);
    // Removes the account and its secret; its tasks stay (and show an error) unless removed.
    void removeAccount(const QString &accountId);
    // Fetches a token with these settings (and reads one watched task of the account, if any)
    // without touching the configured account.
    void testAccount(const Account &account, const QString &secret, QObject *context,
                     std::function<void(const AccountTestResult &)> done);
    // The account's secret as the window may show it back: "••••" and its last four
    // characters (only "••••" when it is too short to give any away); empty when none is held.
    QString maskedSecret(const QString &accountId) const;
    // Every account's secret and current token, only so that what is shown can be scrubbed
    // of them (the raw answer view); never for display.
    QStringList secretsInUse() const;

    void setMonthlyBudget(const QString &accountId, qint64 calls);
    qint64 monthlyBudget(const QString &accountId) const
    {
        return m_scheduler.monthlyBudget(accountId);
    }
    void setRefreshSettings(const RefreshSettings &settings);
    const RefreshSettings &refreshSettings() const { return m_scheduler.settings(); }
    void setRequestTimeoutMs(int ms) { m_session.transport().setTransferTimeoutMs(ms); }
    // How long finished tasks took, per kind and account: the CLI keeps them between runs
    // in its cache folder, the window in its store.
    QHash<QString, QList<qint64>> durationSamples() const;
    void setDurationSamples(const QHash<QString, QList<qint64>> &samples);
    // Calls spent this month by the account (all endpoints) and its metered share.
    qint64 callsThisMonth(const QString &accountId) const;
    qint64 meteredCallsThisMonth(const QString &accountId) const;
    // The same month's calls of the account by endpoint id (ApiEndpoints::id).
    QMap<QString, qint64> callsThisMonthByEndpoint(const QString &accountId) const;
    // The soonest check of any task (wall time, UTC); invalid when none is due.
    QDateTime nextCheck() const { return m_scheduler.nextDue(); }
    // Origins ("https://open.feishu.cn:443") that stopped answering at all: their tasks keep
    // their last state while one probe at a time checks for the way back.
    QStringList offlineHosts() const;

    // On-demand parts of a task, from the store (the newest not-yet-written ones included).
    void loadSubtasks(const QString &key, QObject *context,
                      std::function<void(QList<SubtaskRow>)> done);
    // The same rows with their field names and failure groups, worked out off the GUI thread.
    void loadSubtaskSheet(const QString &key, QObject *context,
                          std::function<void(SubtaskSheet)> done);
    void loadReports(const QString &key, QObject *context,
                     std::function<void(QList<ReportSubmission>)> done);
    void loadRawBody(const QString &key, QObject *context, std::function<void(QByteArray)> done);
    // The report rules the account's stored submissions name (for choosing one by name).
    void loadReportRules(const QString &accountId, QObject *context,
                         std::function<void(QList<ReportRule>)> done);
    // The task's recent requests (time, endpoint, status, code, latency, request id), oldest
    // first; the last 10,000 of all tasks are kept, in memory, for this session only.
    QList<ApiCallRecord> requestLog(const QString &key) const { return m_requestLog.records(key); }

    // Writes everything pending and waits for the disk (quit, tests).
    void flush();

    TaskTableModel &tasks() { return m_tasks; }
    const TaskTableModel &tasks() const { return m_tasks; }
    RefreshScheduler &scheduler() { return m_scheduler; }
    ApiSession &session() { return m_session; }
    WatchListDatabase &database() { return m_database; }
    WatchListPersistence &persistence() { return m_persistence; }
    const Clock &clock() const { return m_clock; }

signals:
    // Once per task, the first time it is seen ended; never again after a restart.
    void taskFinished(const QString &key, TaskState state);
    // After a watched task's answer or failure was applied to the table; the snapshot is the
    // whole answer, sub-task rows and submissions included.
    void taskAnswered(const QString &key, const TaskSnapshot &snapshot);
    void taskFailed(const QString &key, const ApiError &error);
    void accountsChanged();
    void pausedChanged(bool paused);
    // The account's monthly budget ran out (reason translated) or is available again.
    void budgetExhausted(const QString &accountId, const QString &reason);
    void budgetRestored(const QString &accountId);
    // A secret could not be read or written: translated, for the window to show.
    void secretProblem(const QString &accountId, const QString &message);
    void storeProblem(const QString &message);
    // A request of the task's ended; requestLog(key) has it.
    void requestLogged(const QString &key);
    // An origin stopped answering (several tasks' connections failed in a row) or answers
    // again; said once per change, not once per task.
    void connectivityChanged(const QString &host, bool online);

private:
    void onSnapshot(const QString &key, const TaskSnapshot &snapshot);
    void onError(const QString &key, const ApiError &error);
    void connectAccount(const Account &account, const QString &secret);
    void watchTasksOf(const QString &accountId);
    void accountsEdited();
    QDateTime now() const;

    EngineOptions m_options;
    SystemClock m_systemClock;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    ApiSession m_session;
    TaskTableModel m_tasks;
    RefreshScheduler m_scheduler;
    WatchListDatabase m_database;
    WatchListPersistence m_persistence;
    QTimer m_relativeTimes;
    RequestLogBook m_requestLog;
    DatabaseOpenResult m_openResult;
    // Accounts whose secret is still being read: their tasks wait before polling.
    QSet<QString> m_awaitingSecret;
};
