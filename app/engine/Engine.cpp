#include "app/engine/Engine.h"

#include "app/engine/EngineLogging.h"
#include "models/paste/LogRedactor.h"

#include "app/secrets/SecretStore.h"
#include "models/preferences/Preferences.h"
#include "network/auth/AccountConnection.h"
#include "network/auth/TokenManager.h"

#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

// Report queries and contact imports carry large parts the table never shows: they go to the
// store, and the row keeps the counts.
TaskSnapshot withoutLargeParts(const TaskSnapshot &snapshot)
{
    TaskSnapshot light = snapshot;
    light.subtasks.clear();
    light.reports.clear();
    light.rawBody.clear();
    return light;
}

} // namespace

Engine::Engine(const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? *options.clock : m_systemClock)
    , m_session(m_network, m_clock)
    , m_tasks(m_clock)
    , m_scheduler(m_session, m_clock, [this](const QString &key) { return m_tasks.task(key); })
    , m_persistence(m_database, m_tasks)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_persistence.setDelayMs(options.persistDelayMs);
    m_scheduler.setAutoTick(options.autoTick);

    connect(&m_scheduler, &RefreshScheduler::snapshotReceived, this, &Engine::onSnapshot);
    connect(&m_scheduler, &RefreshScheduler::fetchFailed, this, &Engine::onError);
    connect(&m_scheduler, &RefreshScheduler::nextCheckChanged, this,
            [this](const QString &key, const QDateTime &when) { m_tasks.setNextCheck(key, when); });
    connect(&m_scheduler, &RefreshScheduler::callSpent, this, [this](const QString &key) {
        m_tasks.addCallsSpent(key, 1);
        m_persistence.ledgerChanged(m_session.transport().ledger());
    });
    connect(&m_tasks, &TaskTableModel::taskChanged, &m_persistence,
            &WatchListPersistence::taskChanged);
    connect(&m_tasks, &TaskTableModel::taskFinished, this, [](const QString &key, TaskState state) {
        qCInfo(lcEngine).noquote() << "finished" << TaskStates::id(state) << LogRedactor::text(key);
    });
    connect(&m_tasks, &TaskTableModel::taskFinished, this, &Engine::taskFinished);
    connect(&m_database, &WatchListDatabase::writeFailed, this, &Engine::storeProblem);
    connect(&m_scheduler, &RefreshScheduler::budgetExhausted, this, &Engine::budgetExhausted);
    connect(&m_scheduler, &RefreshScheduler::budgetRestored, this, &Engine::budgetRestored);
    connect(&m_session.transport().connectivity(), &ConnectivityMonitor::onlineChanged, this,
            &Engine::connectivityChanged);

    connect(&m_session.transport(), &ApiTransport::callAnswered, this,
            [this](const ApiCallRecord &record) {
                if (record.taskKey.isEmpty() || !isWatching(record.taskKey))
                    return;
                m_requestLog.append(record);
                emit requestLogged(record.taskKey);
            });

    m_relativeTimes.setInterval(1000);
    connect(&m_relativeTimes, &QTimer::timeout, &m_tasks, &TaskTableModel::refreshRelativeTimes);
}

Engine::~Engine()
{
    flush();
}

DatabaseOpenResult Engine::start()
{
    const DatabaseOpenResult opened = m_options.databasePath.isEmpty()
                                          ? m_database.openInMemory()
                                          : m_database.open(m_options.databasePath);
    m_openResult = opened;
    qCInfo(lcEngine).noquote() << "watch list"
                               << (m_options.databasePath.isEmpty() ? QStringLiteral(":memory:")
                                                                    : m_options.databasePath);
    if (!opened.message.isEmpty()) {
        qCWarning(lcEngine).noquote() << opened.message;
        emit storeProblem(opened.message);
    }
    if (Preferences *preferences = m_options.preferences) {
        RefreshSettings settings = m_scheduler.settings();
        settings.minIntervalMs = preferences->shortestCheckIntervalMs();
        settings.maxIntervalMs = preferences->longestCheckIntervalMs();
        m_scheduler.setSettings(settings);
        const QHash<QString, int> budgets = preferences->monthlyCallBudgets();
        for (auto it = budgets.cbegin(); it != budgets.cend(); ++it)
            m_scheduler.setMonthlyBudget(it.key(), it.value());
        if (preferences->startPaused())
            pause();
    }
    const StoredWatchList stored = m_database.load();
    m_session.transport().setLedger(stored.ledger);
    m_scheduler.durationStats().setSamples(stored.durationSamples);
    m_tasks.addTasks(stored.tasks);
    qCInfo(lcEngine) << "restored" << stored.tasks.size() << "tasks and" << stored.accounts.size()
                     << "accounts";

    for (const Account &account : stored.accounts) {
        connectAccount(account, QString());
        if (!m_options.secrets) {
            watchTasksOf(account.id);
            continue;
        }
        m_awaitingSecret.insert(account.id);
        const QString id = account.id;
        m_options.secrets->read(id, this, [this, id](const SecretResult &result) {
            m_awaitingSecret.remove(id);
            if (const std::optional<Account> current = this->account(id)) {
                if (result.status == SecretResult::Status::Ok)
                    connectAccount(*current, result.secret);
                else
                    emit secretProblem(id, result.message);
            }
            watchTasksOf(id);
        });
    }
    // Tasks whose account is missing still get a row and an error that says so.
    for (const WatchedTask &task : stored.tasks) {
        if (!m_session.connection(task.ref.accountId))
            m_scheduler.watch(task.ref.key());
    }
    emit accountsChanged();
    m_relativeTimes.start();
    return opened;
}

void Engine::watchTasksOf(const QString &accountId)
{
    for (int row = 0; row < m_tasks.rowCount(); ++row) {
        const WatchedTask &task = m_tasks.taskAt(row);
        if (task.ref.accountId == accountId)
            m_scheduler.watch(task.ref.key());
    }
}

int Engine::addTasks(const QList<TaskRef> &refs)
{
    QList<WatchedTask> added;
    for (const TaskRef &ref : refs) {
        if (isWatching(ref.key()))
            continue;
        WatchedTask task;
        task.ref = ref;
        task.addedAt = now();
        added.append(task);
    }
    const int count = m_tasks.addTasks(added);
    for (const WatchedTask &task : std::as_const(added)) {
        const QString key = task.ref.key();
        m_persistence.taskChanged(key);
        if (!m_awaitingSecret.contains(task.ref.accountId))
            m_scheduler.watch(key);
    }
    return count;
}

QList<WatchedTask> Engine::removeTasks(const QStringList &keys)
{
    QList<WatchedTask> removed;
    for (const QString &key : keys) {
        m_scheduler.unwatch(key);
        if (const WatchedTask *task = m_tasks.task(key)) {
            removed.append(*task);
            m_persistence.taskRemoved(key);
        }
        m_requestLog.remove(key);
    }
    m_tasks.removeTasks(keys);
    return removed;
}

int Engine::restoreTasks(const QList<WatchedTask> &tasks)
{
    QList<WatchedTask> restored;
    for (const WatchedTask &task : tasks) {
        if (!isWatching(task.ref.key()))
            restored.append(task);
    }
    const int count = m_tasks.addTasks(restored);
    QStringList keys;
    for (const WatchedTask &task : std::as_const(restored)) {
        const QString key = task.ref.key();
        keys << key;
        m_persistence.taskChanged(key);
        if (!m_awaitingSecret.contains(task.ref.accountId))
            m_scheduler.watch(key);
    }
    m_scheduler.refreshNow(keys);
    return count;
}

bool Engine::setLabel(const QString &key, const QString &label)
{
    // The model announces the change, and its taskChanged signal persists it.
    return m_tasks.setLabel(key, label.trimmed());
}

void Engine::fetchOnce(const TaskRef &ref, QObject *context, SnapshotRequest::Callback done)
{
    m_session.fetch(ref, context, std::move(done));
}

QHash<QString, QList<qint64>> Engine::durationSamples() const
{
    return m_scheduler.durationStats().samples();
}

void Engine::setDurationSamples(const QHash<QString, QList<qint64>> &samples)
{
    m_scheduler.durationStats().setSamples(samples);
    m_persistence.durationsChanged(samples);
}

void Engine::refresh(const QStringList &keys)
{
    m_scheduler.refreshNow(keys);
}

void Engine::refreshAll()
{
    m_scheduler.refreshAll();
}

void Engine::pause()
{
    if (m_scheduler.isPaused())
        return;
    m_scheduler.pause();
    emit pausedChanged(true);
}

void Engine::resume()
{
    if (!m_scheduler.isPaused())
        return;
    m_scheduler.resume();
    emit pausedChanged(false);
}

qint64 Engine::callsThisMonth(const QString &accountId) const
{
    const ApiTransport &transport = m_session.transport();
    return transport.ledger().calls(transport.currentMonth(), accountId);
}

qint64 Engine::meteredCallsThisMonth(const QString &accountId) const
{
    const ApiTransport &transport = m_session.transport();
    return transport.ledger().meteredCalls(transport.currentMonth(), accountId);
}

QMap<QString, qint64> Engine::callsThisMonthByEndpoint(const QString &accountId) const
{
    const ApiTransport &transport = m_session.transport();
    return transport.ledger().byEndpoint(transport.currentMonth(), accountId);
}

QStringList Engine::offlineHosts() const
{
    return m_session.transport().connectivity().offlineOrigins();
}

QList<Account> Engine::accounts() const
{
    QList<Account> result = m_session.accounts();
    std::sort(result.begin(), result.end(), [](const Account &a, const Account &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Account> Engine::account(const QString &accountId) const
{
    if (const AccountConnection *connection = m_session.connection(accountId))
        return connection->account();
    return std::nullopt;
}

void Engine::connectAccount(const Account &account, const QString &secret)
{
    m_session.setAccount(account, secret);
}

void Engine::setAccount(const Account &account, const QString &secret)
{
    QString effective = secret;
    if (effective.isEmpty()) {
        if (const AccountConnection *old = m_session.connection(account.id))
            effective = old->tokens().secret();
    }
    connectAccount(account, effective);
    qCInfo(lcEngine) << "account" << account.id << "set,"
                     << (secret.isEmpty() ? "secret kept" : "new secret");
    if (m_options.secrets && !secret.isEmpty()) {
        const QString id = account.id;
        m_options.secrets->write(id, secret, this, [this, id](const SecretResult &result) {
            if (result.status != SecretResult::Status::Ok)
                emit secretProblem(id, result.message);
        });
    }
    accountsEdited();
    if (!m_awaitingSecret.contains(account.id))
        watchTasksOf(account.id);
}

void Engine::removeAccount(const QString &accountId)
{
    qCInfo(lcEngine) << "account" << accountId << "removed";
    m_session.removeAccount(accountId);
    m_awaitingSecret.remove(accountId);
    if (m_options.secrets) {
        m_options.secrets->remove(accountId, this, [this, accountId](const SecretResult &result) {
            if (result.status != SecretResult::Status::Ok &&
                result.status != SecretResult::Status::NotFound)
                emit secretProblem(accountId, result.message);
        });
    }
    accountsEdited();
}

void Engine::accountsEdited()
{
    QHash<QString, QString> names;
    const QList<Account> all = accounts();
    for (const Account &account : all)
        names.insert(account.id, account.name.isEmpty() ? account.id : account.name);
    m_tasks.setAccountNames(names);
    m_persistence.accountsChanged(all);
    emit accountsChanged();
}

void Engine::testAccount(const Account &account, const QString &secret, QObject *context,
                         std::function<void(const AccountTestResult &)> done)
{
    // A session of its own: the configured account, its token and its calls stay as they are.
    // Deleted later, never from inside one of its own calls' answers.
    auto *probe = new ApiSession(m_network, m_clock, this);
    probe->transport().setTransferTimeoutMs(m_session.transport().transferTimeoutMs());
    QString effective = secret;
    if (effective.isEmpty()) {
        if (const AccountConnection *old = m_session.connection(account.id))
            effective = old->tokens().secret();
    }
    probe->setAccount(account, effective);
    std::optional<TaskRef> sample;
    for (int row = 0; row < m_tasks.rowCount() && !sample; ++row) {
        if (m_tasks.taskAt(row).ref.accountId == account.id)
            sample = m_tasks.taskAt(row).ref;
    }
    QPointer<QObject> guard(context);
    auto deliver = [guard, hasContext = context != nullptr, done](const AccountTestResult &r) {
        if (!hasContext || guard)
            done(r);
    };
    AccountConnection *connection = probe->connection(account.id);
    if (!connection->configurationProblem().isEmpty()) {
        ApiError problem;
        problem.category = ApiError::Category::Configuration;
        problem.message = connection->configurationProblem();
        AccountTestResult result;
        result.error = problem;
        probe->deleteLater();
        QTimer::singleShot(0, this, [deliver, result] { deliver(result); });
        return;
    }
    connection->tokens().acquire(
        this, [this, probe, sample, deliver](const Result<QString> &token) {
            AccountTestResult result;
            if (!token.ok()) {
                result.error = token.error();
                deliver(result);
                probe->deleteLater();
                return;
            }
            result.tokenIssued = true;
            if (!sample) {
                deliver(result);
                probe->deleteLater();
                return;
            }
            probe->fetch(*sample, this,
                         [probe, sample, result, deliver](const Result<TaskSnapshot> &fetched) {
                             AccountTestResult withTask = result;
                             withTask.checkedTaskId = sample->taskId;
                             if (!fetched.ok())
                                 withTask.error = fetched.error();
                             deliver(withTask);
                             probe->deleteLater();
                         });
        });
}

QString Engine::maskedSecret(const QString &accountId) const
{
    // Below eight characters, four would be half the secret.
    constexpr qsizetype kShortest = 8;
    constexpr qsizetype kShown = 4;
    const AccountConnection *connection = m_session.connection(accountId);
    if (!connection || connection->tokens().secret().isEmpty())
        return {};
    const QString &secret = connection->tokens().secret();
    const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022");
    return secret.size() < kShortest ? dots : dots + QLatin1Char(' ') + secret.right(kShown);
}

QStringList Engine::secretsInUse() const
{
    QStringList secrets;
    for (const Account &account : m_session.accounts()) {
        if (const AccountConnection *connection = m_session.connection(account.id)) {
            for (const QString &value :
                 {connection->tokens().secret(), connection->tokens().currentToken()}) {
                if (!value.isEmpty())
                    secrets.append(value);
            }
        }
    }
    return secrets;
}

void Engine::setMonthlyBudget(const QString &accountId, qint64 calls)
{
    m_scheduler.setMonthlyBudget(accountId, calls);
    if (m_options.preferences)
        m_options.preferences->setMonthlyCallBudget(
            accountId, int(std::clamp<qint64>(calls, 0, std::numeric_limits<int>::max())));
}

void Engine::setRefreshSettings(const RefreshSettings &settings)
{
    m_scheduler.setSettings(settings);
    if (m_options.preferences)
        m_options.preferences->setCheckIntervals(int(settings.minIntervalMs),
                                                 int(settings.maxIntervalMs));
}

void Engine::onSnapshot(const QString &key, const TaskSnapshot &snapshot)
{
    if (!snapshot.subtasks.isEmpty() || snapshot.kind == TaskKind::FeishuContact)
        m_persistence.subtasksReceived(key, snapshot.subtasks);
    if (snapshot.kind == TaskKind::FeishuReport)
        m_persistence.reportsReceived(key, snapshot.reports);
    if (!snapshot.rawBody.isEmpty())
        m_persistence.rawBodyReceived(key, snapshot.rawBody);
    const bool finished = snapshot.isTerminal();
    m_tasks.applySnapshot(key, withoutLargeParts(snapshot),
                          snapshot.fetchedAt.isValid() ? snapshot.fetchedAt : now());
    if (finished)
        m_persistence.durationsChanged(m_scheduler.durationStats().samples());
    emit taskAnswered(key, snapshot);
}

void Engine::onError(const QString &key, const ApiError &error)
{
    m_tasks.applyError(key, error, now());
    emit taskFailed(key, error);
}

void Engine::loadSubtasks(const QString &key, QObject *context,
                          std::function<void(QList<SubtaskRow>)> done)
{
    // The store applies batches in order: a read queued after the flush sees the newest rows.
    m_persistence.flush();
    m_database.loadSubtasks(key, context, std::move(done));
}

void Engine::loadSubtaskSheet(const QString &key, QObject *context,
                              std::function<void(SubtaskSheet)> done)
{
    m_persistence.flush();
    m_database.loadSubtaskSheet(key, context, std::move(done));
}

void Engine::loadReports(const QString &key, QObject *context,
                         std::function<void(QList<ReportSubmission>)> done)
{
    m_persistence.flush();
    m_database.loadReports(key, context, std::move(done));
}

void Engine::loadRawBody(const QString &key, QObject *context, std::function<void(QByteArray)> done)
{
    m_persistence.flush();
    m_database.loadRawBody(key, context, std::move(done));
}

void Engine::loadReportRules(const QString &accountId, QObject *context,
                             std::function<void(QList<ReportRule>)> done)
{
    m_persistence.flush();
    m_database.loadReportRules(accountId, context, std::move(done));
}

void Engine::flush()
{
    m_persistence.ledgerChanged(m_session.transport().ledger());
    m_persistence.flush();
    m_database.waitForWrites();
}

QDateTime Engine::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch(), Qt::UTC);
}
