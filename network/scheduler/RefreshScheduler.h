#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskRef.h"
#include "models/domain/TaskSnapshot.h"
#include "models/domain/WatchedTask.h"
#include "network/scheduler/DurationStats.h"
#include "network/scheduler/RefreshSettings.h"
#include "network/transport/ApiEndpoint.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

#include <optional>
#include <set>

class ApiSession;
class Clock;

// Decides which watched tasks are due and fetches them through the ApiSession: never two
// requests at once for one task, within each endpoint's rate limit and a per-host cap, and
// re-armed after each answer by the RefreshPolicy. Finished tasks cost nothing.
//
// What a task is and what it last said (ref, snapshot, error, history) belong to the watch
// list: the scheduler reads them through the lookup and keeps only when to ask next. Whoever
// owns the list applies snapshotReceived / fetchFailed to it before the signal returns, since
// the next check is planned from what the lookup then says.
class RefreshScheduler final : public QObject
{
    Q_OBJECT

public:
    using TaskLookup = std::function<const WatchedTask *(const QString &key)>;

    RefreshScheduler(ApiSession &session, const Clock &clock, TaskLookup lookup,
                     QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // Starts watching a task the lookup knows. A finished task is not checked until
    // refreshNow() asks for it.
    void watch(const QString &key);
    void unwatch(const QString &key);
    bool isWatching(const QString &key) const { return m_entries.contains(key); }
    int watchedCount() const { return static_cast<int>(m_entries.size()); }

    // The user asked: check now, finished or not.
    void refreshNow(const QStringList &keys);
    void refreshAll();

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // Monthly limit of metered calls for an account (0 = none). As it runs low intervals
    // stretch; at zero, metered polling for the account stops until the budget or the month
    // changes.
    void setMonthlyBudget(const QString &accountId, qint64 calls);
    qint64 monthlyBudget(const QString &accountId) const { return m_budgets.value(accountId); }
    bool isBudgetExhausted(const QString &accountId) const;
    // Metered calls still allowed this month (in flight counted as spent); -1 without a budget.
    qint64 budgetLeft(const QString &accountId) const;

    void setSettings(const RefreshSettings &settings);
    const RefreshSettings &settings() const { return m_settings; }
    DurationStats &durationStats() { return m_stats; }
    const DurationStats &durationStats() const { return m_stats; }

    // When the task is next due (wall time, UTC); invalid when nothing is scheduled.
    QDateTime nextCheck(const QString &key) const;
    // The soonest check of any task (wall time, UTC); invalid when nothing is scheduled.
    QDateTime nextDue() const;
    int inFlightCount() const { return m_inFlight; }

    // Dispatches whatever is due now. The internal timer calls it; simulations call it
    // directly after moving their clock (with setAutoTick(false)).
    void tick();
    void setAutoTick(bool enabled);

signals:
    void snapshotReceived(const QString &key, const TaskSnapshot &snapshot);
    void fetchFailed(const QString &key, const ApiError &error);
    void nextCheckChanged(const QString &key, const QDateTime &when);
    void callSpent(const QString &key);
    void budgetExhausted(const QString &accountId, const QString &reason);
    void budgetRestored(const QString &accountId);

private:
    // Only what the scheduler decides or counts; the rest is asked of the lookup.
    struct Entry
    {
        QString key;
        QString accountId;
        TaskKind kind = TaskKind::FeishuContact;
        ApiEndpoint endpoint = ApiEndpoint::FeishuContactTask;
        QString host;
        std::optional<ApiError::Category> errorCategory;
        int consecutiveErrors = 0;
        qint64 watchedSinceMs = 0;
        qint64 lastIntervalMs = 0;
        qint64 dueAtMs = -1; // monotonic; -1 when not scheduled
        QString dueLane;     // laneOf() when it was scheduled
        bool inFlight = false;
        bool awaitingSend = false; // dispatched, not yet in the call ledger
        bool sawUnfinished = false;
        // The first answer that showed progress short of 100 %, for a task without a creation
        // time: with its finish it tells how old the task was when the watch began.
        std::optional<double> firstProgress;
        qint64 firstProgressAtMs = 0; // wall
        bool waitingForBudget = false;
    };

    void scheduleAt(Entry &entry, qint64 dueAtMs);
    void unschedule(Entry &entry);
    void dispatch(Entry &entry);
    void onSnapshot(const QString &key, const TaskSnapshot &snapshot);
    void onError(const QString &key, const ApiError &error);
    void planNext(Entry &entry);
    double budgetStretch(const QString &accountId) const;
    void checkBudgets();
    void armTimer(qint64 delayMs);
    QString hostOf(const QString &accountId) const;
    // Requests of one account to one endpoint share a rate limit and a host.
    static QString laneOf(const Entry &entry);
    QString statsKey(const Entry &entry) const;
    // Where the ages at the first check of tasks without a creation time are kept, beside the
    // durations, so they persist the same way.
    QString watchAgeKey(const Entry &entry) const;
    // Connectivity: an offline origin gets one probe at a time; the rest of its tasks wait.
    QString originOf(const QString &accountId) const;
    void catchUp(const QString &origin);

    ApiSession &m_session;
    const Clock &m_clock;
    TaskLookup m_lookup;
    RefreshSettings m_settings;
    DurationStats m_stats;
    QHash<QString, Entry> m_entries;
    // Scheduled entries, earliest first, in one queue per lane: a tick merges the lanes' heads,
    // so a lane that cannot send costs one look, however many of its entries are due.
    using DueQueue = std::set<std::pair<qint64, QString>>;
    QHash<QString, DueQueue> m_dueByLane;
    QHash<QString, int> m_inFlightPerHost;
    QHash<QString, int> m_meteredInFlight; // per account: dispatched, not yet sent
    QHash<QString, qint64> m_budgets;
    QSet<QString> m_exhaustedAccounts;
    QString m_budgetMonth;
    QHash<QString, QString> m_probes; // task key -> the offline origin its call probes
    QTimer m_timer;
    int m_inFlight = 0;
    bool m_paused = false;
    bool m_autoTick = true;
    bool m_inTick = false;
};
