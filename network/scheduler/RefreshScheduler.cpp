#include "network/scheduler/RefreshScheduler.h"

#include "models/domain/Clock.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/ApiSession.h"
#include "network/NetworkLogging.h"
#include "network/scheduler/RefreshPolicy.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

// When a task seen finished at `nowMs` ended: somewhere in the wait since the look that last saw
// it running.
qint64 finishEstimateMs(const TaskSnapshot &snapshot, const TaskHistory *history,
                        const QString &key, qint64 nowMs, qint64 waitMs)
{
    const qint64 waitStart = nowMs - waitMs;
    if (snapshot.finishedAt.isValid()) {
        // Taken as the platform gives it (its clock and its creation time agree), unless it is
        // before that look: then it cannot be the finish. DingTalk's times without seconds
        // are such, a whole minute early at times.
        const qint64 finishedAtMs = snapshot.finishedAt.toMSecsSinceEpoch();
        if (finishedAtMs > waitStart)
            return finishedAtMs;
    }
    // The rate the earlier answers showed tells where in the wait the task ended.
    if (const std::optional<qint64> predicted =
            history ? history->estimatedFinishMs() : std::nullopt;
        predicted && *predicted > waitStart && *predicted <= nowMs)
        return *predicted;
    // Otherwise each finish is placed at its own point of that wait, the same for a task every
    // time: the middle of every wait would pile the durations up between this policy's looks,
    // and the schedule planned from them would chase those piles.
    const double pointInWait = (static_cast<double>(qHash(key, 0) % 1024) + 0.5) / 1024.0;
    return nowMs - std::llround(pointInWait * static_cast<double>(waitMs));
}

} // namespace

RefreshScheduler::RefreshScheduler(ApiSession &session, const Clock &clock, TaskLookup lookup,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_lookup(std::move(lookup))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::tick);
    connect(&session.transport(), &ApiTransport::callSent, this,
            [this](const QString &accountId, ApiEndpoint, const QString &key) {
                auto it = m_entries.find(key);
                if (key.isEmpty() || it == m_entries.end())
                    return;
                if (it->awaitingSend) {
                    it->awaitingSend = false;
                    --m_meteredInFlight[accountId];
                }
                emit callSpent(key);
            });
    connect(&session.transport().connectivity(), &ConnectivityMonitor::onlineChanged, this,
            [this](const QString &origin, bool online) {
                if (online)
                    catchUp(origin);
            });
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::watch(const QString &key)
{
    const WatchedTask *task = m_lookup(key);
    if (!task || m_entries.contains(key))
        return;
    Entry entry;
    entry.key = key;
    entry.accountId = task->ref.accountId;
    entry.kind = task->ref.kind;
    entry.endpoint = ApiEndpoints::forKind(task->ref.kind);
    entry.host = hostOf(task->ref.accountId);
    auto it = m_entries.insert(key, entry);
    if (!task->isTerminal())
        scheduleAt(*it, m_clock.nowMs());
}

void RefreshScheduler::unwatch(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    unschedule(*it);
    if (it->awaitingSend)
        --m_meteredInFlight[it->accountId];
    if (const QString probed = m_probes.take(key); !probed.isEmpty())
        m_session.transport().connectivity().probeFinished(probed);
    m_entries.erase(it);
}

void RefreshScheduler::refreshNow(const QStringList &keys)
{
    const qint64 now = m_clock.nowMs();
    for (const QString &key : keys) {
        auto it = m_entries.find(key);
        if (it != m_entries.end() && !it->inFlight)
            scheduleAt(*it, now);
    }
    armTimer(0);
}

void RefreshScheduler::refreshAll()
{
    refreshNow(m_entries.keys());
}

void RefreshScheduler::pause()
{
    m_paused = true;
    m_timer.stop();
}

void RefreshScheduler::resume()
{
    m_paused = false;
    armTimer(0);
}

void RefreshScheduler::setMonthlyBudget(const QString &accountId, qint64 calls)
{
    if (calls <= 0)
        m_budgets.remove(accountId);
    else
        m_budgets.insert(accountId, calls);
    checkBudgets();
    armTimer(0);
}

bool RefreshScheduler::isBudgetExhausted(const QString &accountId) const
{
    return budgetLeft(accountId) == 0;
}

qint64 RefreshScheduler::budgetLeft(const QString &accountId) const
{
    const qint64 budget = m_budgets.value(accountId);
    if (budget <= 0)
        return -1;
    const ApiTransport &transport = m_session.transport();
    const qint64 spent = transport.ledger().meteredCalls(transport.currentMonth(), accountId) +
                         m_meteredInFlight.value(accountId);
    return std::max<qint64>(0, budget - spent);
}

void RefreshScheduler::setSettings(const RefreshSettings &settings)
{
    m_settings = settings;
}

QDateTime RefreshScheduler::nextCheck(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->dueAtMs < 0)
        return {};
    const qint64 wall = m_clock.wallMsSinceEpoch() + (it->dueAtMs - m_clock.nowMs());
    return QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC);
}

QDateTime RefreshScheduler::nextDue() const
{
    qint64 earliest = -1;
    for (const DueQueue &queue : m_dueByLane) {
        if (!queue.empty() && (earliest < 0 || queue.begin()->first < earliest))
            earliest = queue.begin()->first;
    }
    if (earliest < 0)
        return {};
    const qint64 wall = m_clock.wallMsSinceEpoch() + (earliest - m_clock.nowMs());
    return QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC);
}

void RefreshScheduler::setAutoTick(bool enabled)
{
    m_autoTick = enabled;
    if (!enabled)
        m_timer.stop();
}

void RefreshScheduler::scheduleAt(Entry &entry, qint64 dueAtMs)
{
    unschedule(entry);
    entry.dueAtMs = dueAtMs;
    entry.dueLane = laneOf(entry);
    m_dueByLane[entry.dueLane].emplace(dueAtMs, entry.key);
    emit nextCheckChanged(entry.key, nextCheck(entry.key));
    if (!m_inTick)
        armTimer(std::max<qint64>(0, dueAtMs - m_clock.nowMs()));
}

void RefreshScheduler::unschedule(Entry &entry)
{
    if (entry.dueAtMs >= 0) {
        const auto lane = m_dueByLane.find(entry.dueLane);
        if (lane != m_dueByLane.end()) {
            lane->erase({entry.dueAtMs, entry.key});
            if (lane->empty())
                m_dueByLane.erase(lane);
        }
    }
    entry.dueAtMs = -1;
}

QString RefreshScheduler::laneOf(const Entry &entry)
{
    return entry.accountId + QLatin1Char('\x1f') + QString::number(int(entry.endpoint));
}

void RefreshScheduler::tick()
{
    if (m_paused)
        return;
    m_inTick = true;
    checkBudgets();
    const qint64 now = m_clock.nowMs();
    qint64 wake = -1;
    ConnectivityMonitor &connectivity = m_session.transport().connectivity();
    QHash<QString, QString> originByAccount;

    // Lanes that cannot send now (host full, rate limit waiting, offline) are left for this
    // tick. The due entries go out earliest first across lanes: each step takes the earliest
    // head among the lanes still open, so with thousands of tasks due a finishing request costs
    // a look per lane, not a pass over every due entry.
    QSet<QString> blockedLanes;
    for (;;) {
        const QString *lane = nullptr;
        qint64 earliest = 0;
        for (auto it = m_dueByLane.cbegin(); it != m_dueByLane.cend(); ++it) {
            if (it->empty() || it->begin()->first > now || blockedLanes.contains(it.key()))
                continue;
            if (!lane || it->begin()->first < earliest) {
                lane = &it.key();
                earliest = it->begin()->first;
            }
        }
        if (!lane)
            break;
        const QString laneKey = *lane; // dispatch() may remove the lane's queue
        DueQueue &queue = *m_dueByLane.find(laneKey);
        const QString key = queue.begin()->second;
        const auto found = m_entries.find(key);
        if (found == m_entries.end() || found->dueAtMs < 0 || found->dueLane != laneKey) {
            // Not where the queue says (scheduleAt/unschedule keep them in step): drop the stale
            // head rather than loop on it.
            queue.erase(queue.begin());
            if (queue.empty())
                m_dueByLane.remove(laneKey);
            continue;
        }
        Entry &entry = *found;
        auto origin = originByAccount.find(entry.accountId);
        if (origin == originByAccount.end())
            origin = originByAccount.insert(entry.accountId, originOf(entry.accountId));
        // -1 (online) and 0 (a probe may go) both let the entry through.
        if (const qint64 probeWait = connectivity.msUntilProbe(*origin); probeWait > 0) {
            wake = wake < 0 ? probeWait : std::min(wake, probeWait);
            // Offline: only the probe goes out.
            blockedLanes.insert(laneKey);
            continue;
        }
        if (m_inFlightPerHost.value(entry.host) >= m_settings.maxInFlightPerHost) {
            // A finishing request frees the slot and ticks again.
            blockedLanes.insert(laneKey);
            continue;
        }
        if (ApiEndpoints::isMetered(entry.endpoint) && budgetLeft(entry.accountId) == 0) {
            checkBudgets();
            unschedule(entry);
            entry.waitingForBudget = true;
            emit nextCheckChanged(key, {});
            continue;
        }
        const qint64 wait = m_session.transport().limiter(entry.accountId, entry.endpoint).waitMs();
        if (wait > 0) {
            wake = wake < 0 ? wait : std::min(wake, wait);
            blockedLanes.insert(laneKey);
            continue;
        }
        if (!connectivity.isOnline(*origin)) {
            connectivity.probeSent(*origin);
            m_probes.insert(key, *origin);
        }
        dispatch(entry);
    }
    m_inTick = false;

    // Entries held by a full host are picked up when one of its requests finishes.
    for (auto it = m_dueByLane.cbegin(); it != m_dueByLane.cend(); ++it) {
        const auto future = it->lower_bound({now + 1, QString()});
        if (future != it->end())
            wake = wake < 0 ? future->first - now : std::min(wake, future->first - now);
    }
    if (wake >= 0)
        armTimer(wake);
}

void RefreshScheduler::dispatch(Entry &entry)
{
    unschedule(entry);
    const WatchedTask *task = m_lookup(entry.key);
    if (!task)
        return; // removed from the list without unwatch(): nothing to ask about
    entry.inFlight = true;
    ++m_inFlight;
    ++m_inFlightPerHost[entry.host];
    const QString key = entry.key;
    const QString host = entry.host;
    if (ApiEndpoints::isMetered(entry.endpoint)) {
        // Counted against the budget from now until the ledger records the send.
        entry.awaitingSend = true;
        ++m_meteredInFlight[entry.accountId];
    }
    m_session.fetch(task->ref, this, [this, key, host](const Result<TaskSnapshot> &result) {
        --m_inFlight;
        --m_inFlightPerHost[host];
        auto it = m_entries.find(key);
        if (it != m_entries.end() && it->awaitingSend) {
            it->awaitingSend = false;
            --m_meteredInFlight[it->accountId];
        }
        if (result.ok())
            onSnapshot(key, result.value());
        else
            onError(key, result.error());
        armTimer(0);
    });
}

void RefreshScheduler::onSnapshot(const QString &key, const TaskSnapshot &snapshot)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    Entry &entry = *it;
    entry.inFlight = false;
    m_probes.remove(key);
    const qint64 wallNow = m_clock.wallMsSinceEpoch();
    if (entry.watchedSinceMs == 0)
        entry.watchedSinceMs = wallNow;
    entry.errorCategory.reset();
    entry.consecutiveErrors = 0;

    if (snapshot.isTerminal()) {
        // Only a task seen running tells how long its kind takes from our side of things.
        if (entry.sawUnfinished) {
            const qint64 createdAtMs =
                snapshot.createdAt.isValid() ? snapshot.createdAt.toMSecsSinceEpoch() : 0;
            const qint64 start = createdAtMs > 0 ? createdAtMs : entry.watchedSinceMs;
            const WatchedTask *task = m_lookup(key);
            const qint64 end = finishEstimateMs(snapshot, task ? &task->history : nullptr, key,
                                                wallNow, entry.lastIntervalMs);
            m_stats.record(statsKey(entry), end - start);
            if (createdAtMs == 0 && entry.firstProgress) {
                if (const auto age = RefreshPolicy::impliedAgeMs(*entry.firstProgress,
                                                                 entry.firstProgressAtMs, end))
                    m_stats.record(watchAgeKey(entry),
                                   *age - (entry.firstProgressAtMs - entry.watchedSinceMs));
            }
        }
    } else {
        entry.sawUnfinished = true;
        if (!entry.firstProgress && !snapshot.createdAt.isValid() && snapshot.progress &&
            *snapshot.progress > 0 && *snapshot.progress < 100.0) {
            entry.firstProgress = snapshot.progress;
            entry.firstProgressAtMs = wallNow;
        }
    }
    emit snapshotReceived(key, snapshot);
    if (m_entries.contains(key))
        planNext(m_entries[key]);
}

void RefreshScheduler::onError(const QString &key, const ApiError &error)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    Entry &entry = *it;
    entry.inFlight = false;
    ConnectivityMonitor &connectivity = m_session.transport().connectivity();
    if (const QString probed = m_probes.take(key); !probed.isEmpty())
        connectivity.probeFinished(probed);
    if (error.category == ApiError::Category::Cancelled) {
        // The account changed under the call: ask again at once, with the new settings. The
        // task keeps its last snapshot; nothing failed that the user should see.
        scheduleAt(entry, m_clock.nowMs());
        return;
    }
    const bool connectionLevel = error.category == ApiError::Category::Network ||
                                 error.category == ApiError::Category::Timeout;
    if (connectionLevel && !connectivity.isOnline(originOf(entry.accountId))) {
        // The outage is reported once, for the origin; the task keeps what it last showed and
        // waits for the probe to bring the origin back.
        scheduleAt(entry, m_clock.nowMs());
        return;
    }
    if (entry.watchedSinceMs == 0)
        entry.watchedSinceMs = m_clock.wallMsSinceEpoch();
    entry.errorCategory = error.category;
    ++entry.consecutiveErrors;
    emit fetchFailed(key, error);
    if (m_entries.contains(key))
        planNext(m_entries[key]);
}

void RefreshScheduler::planNext(Entry &entry)
{
    const WatchedTask *task = m_lookup(entry.key);
    if (!task) {
        unschedule(entry);
        return;
    }
    const std::optional<TaskSnapshot> &snapshot = task->snapshot;
    RefreshInput input;
    input.kind = entry.kind;
    input.state = task->displayState();
    input.errorCategory = entry.errorCategory;
    input.consecutiveErrors = entry.consecutiveErrors;
    input.progress = snapshot ? snapshot->progress : std::nullopt;
    input.createdAtMs =
        snapshot && snapshot->createdAt.isValid() ? snapshot->createdAt.toMSecsSinceEpoch() : 0;
    input.watchedSinceMs = entry.watchedSinceMs;
    input.nowMs = m_clock.wallMsSinceEpoch();
    input.lastIntervalMs = entry.lastIntervalMs;
    input.finishedDurationsMs = m_stats.durationsMs(statsKey(entry));
    if (input.createdAtMs == 0)
        input.watchAgesMs = m_stats.durationsMs(watchAgeKey(entry));
    input.reportWindowEndMs = task->ref.report.to.isValid() && !task->ref.report.isRolling()
                                  ? task->ref.report.to.toMSecsSinceEpoch()
                                  : 0;
    input.budgetStretch =
        ApiEndpoints::isMetered(entry.endpoint) ? budgetStretch(entry.accountId) : 1.0;
    input.history = &task->history;

    const std::optional<qint64> interval = RefreshPolicy::nextIntervalMs(input, m_settings);
    if (!interval) {
        qCDebug(lcScheduler) << "no further checks for" << entry.key << "state"
                             << TaskStates::id(input.state);
        unschedule(entry);
        entry.lastIntervalMs = 0;
        emit nextCheckChanged(entry.key, {});
        return;
    }
    qCDebug(lcScheduler) << "next check of" << entry.key << "in" << *interval << "ms; errors"
                         << entry.consecutiveErrors << "budget stretch" << input.budgetStretch;
    entry.lastIntervalMs = *interval;
    scheduleAt(entry, m_clock.nowMs() + *interval);
}

double RefreshScheduler::budgetStretch(const QString &accountId) const
{
    const qint64 budget = m_budgets.value(accountId);
    if (budget <= 0)
        return 1.0;
    const ApiTransport &transport = m_session.transport();
    const qint64 used = transport.ledger().meteredCalls(transport.currentMonth(), accountId);
    const double left = 1.0 - static_cast<double>(used) / static_cast<double>(budget);
    if (left >= m_settings.budgetLowFraction)
        return 1.0;
    return m_settings.budgetLowFraction / std::max(left, 0.01);
}

void RefreshScheduler::checkBudgets()
{
    QSet<QString> accounts;
    for (auto it = m_budgets.cbegin(); it != m_budgets.cend(); ++it)
        accounts.insert(it.key());
    accounts.unite(m_exhaustedAccounts);
    for (const QString &accountId : std::as_const(accounts)) {
        const bool exhausted = isBudgetExhausted(accountId);
        if (exhausted && !m_exhaustedAccounts.contains(accountId)) {
            m_exhaustedAccounts.insert(accountId);
            qCInfo(lcScheduler) << "monthly budget of account" << accountId
                                << "used up; metered checks stopped";
            emit budgetExhausted(
                accountId,
                tr("The monthly budget of %1 metered calls is used up; checking stopped until "
                   "next month or until the budget is raised.")
                    .arg(m_budgets.value(accountId)));
        } else if (!exhausted && m_exhaustedAccounts.contains(accountId)) {
            m_exhaustedAccounts.remove(accountId);
            const qint64 now = m_clock.nowMs();
            for (Entry &entry : m_entries) {
                if (entry.waitingForBudget && entry.accountId == accountId) {
                    entry.waitingForBudget = false;
                    scheduleAt(entry, now);
                }
            }
            emit budgetRestored(accountId);
        }
    }
}

void RefreshScheduler::armTimer(qint64 delayMs)
{
    if (!m_autoTick || m_paused)
        return;
    const qint64 delay = std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000);
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(static_cast<int>(delay));
}

QString RefreshScheduler::hostOf(const QString &accountId) const
{
    if (const AccountConnection *connection = m_session.connection(accountId))
        return QUrl(connection->account().effectiveBaseUrl()).host();
    return accountId;
}

QString RefreshScheduler::originOf(const QString &accountId) const
{
    if (const AccountConnection *connection = m_session.connection(accountId))
        return ConnectivityMonitor::originOf(QUrl(connection->account().effectiveBaseUrl()));
    return {};
}

void RefreshScheduler::catchUp(const QString &origin)
{
    // Back online: every task of the origin is asked again now; the rate limiters and the
    // per-host cap spread the burst.
    const qint64 now = m_clock.nowMs();
    for (Entry &entry : m_entries) {
        if (!entry.inFlight && entry.dueAtMs > now && originOf(entry.accountId) == origin)
            scheduleAt(entry, now);
    }
    armTimer(0);
}

QString RefreshScheduler::statsKey(const Entry &entry) const
{
    return TaskKinds::id(entry.kind) + QLatin1Char('|') + entry.accountId;
}

QString RefreshScheduler::watchAgeKey(const Entry &entry) const
{
    return statsKey(entry) + QStringLiteral("|age-at-watch");
}
