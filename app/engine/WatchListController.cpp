#include "WatchListController.h"

#include "network/clients/ApiSession.h"
#include "models/domain/Clock.h"
#include "models/persistence/WatchListData.h"
#include "models/persistence/WatchListStore.h"
#include "network/scheduler/RefreshScheduler.h"
#include "models/watchlist/TaskTableModel.h"

#include <QHash>

WatchListController::WatchListController(ApiSession &session, RefreshScheduler &scheduler,
                                         TaskTableModel &model, WatchListStore &store,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduler(scheduler)
    , m_model(model)
    , m_store(store)
    , m_clock(clock)
{
    const auto now = [this] {
        return QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch(), Qt::UTC);
    };
    connect(&scheduler, &RefreshScheduler::snapshotReceived, this,
            [this, now](const QString &key, const TaskSnapshot &snapshot) {
                m_model.applySnapshot(key, snapshot,
                                      snapshot.fetchedAt.isValid() ? snapshot.fetchedAt : now());
                m_store.markDirty();
            });
    connect(&scheduler, &RefreshScheduler::fetchFailed, this,
            [this, now](const QString &key, const ApiError &error) {
                m_model.applyError(key, error, now());
                m_store.markDirty();
            });
    connect(&scheduler, &RefreshScheduler::nextCheckChanged, this,
            [this](const QString &key, const QDateTime &when) { m_model.setNextCheck(key, when); });
    connect(&scheduler, &RefreshScheduler::callSpent, this, [this](const QString &key) {
        m_model.addCallsSpent(key, 1);
        m_store.markDirty();
    });
    connect(&model, &TaskTableModel::taskFinished, this,
            [this](const QString &key, TaskState state) {
                // The model has set the task's notified flag: keep it, so a restart never repeats
                // it.
                m_store.markDirty();
                emit taskFinished(key, state);
            });
    m_store.setSource([this] { return data(); });
}

WatchListLoadResult WatchListController::restore(const SecretLookup &secrets)
{
    WatchListLoadResult result = m_store.load();
    const WatchListData &saved = result.data;
    m_preferences = saved.preferences;
    for (const Account &account : saved.accounts)
        setAccount(account, secrets ? secrets(account) : QString());
    m_session.transport().setLedger(saved.ledger);
    m_model.addTasks(saved.tasks);
    for (const WatchedTask &task : saved.tasks)
        m_scheduler.watch(task.ref, task.snapshot, task.history);
    return result;
}

void WatchListController::setAccount(const Account &account, const QString &secret)
{
    bool replaced = false;
    for (Account &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        m_accounts.append(account);
    m_session.setAccount(account, secret);
    updateAccountNames();
    m_store.markDirty();
}

void WatchListController::removeAccount(const QString &accountId)
{
    m_accounts.removeIf([&](const Account &account) { return account.id == accountId; });
    m_session.removeAccount(accountId);
    updateAccountNames();
    m_store.markDirty();
}

int WatchListController::addTasks(const QList<TaskRef> &refs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch(), Qt::UTC);
    QList<WatchedTask> tasks;
    for (const TaskRef &ref : refs) {
        if (m_scheduler.isWatching(ref.key()))
            continue;
        WatchedTask task;
        task.ref = ref;
        task.addedAt = now;
        tasks.append(task);
    }
    const int added = m_model.addTasks(tasks);
    for (const WatchedTask &task : std::as_const(tasks))
        m_scheduler.watch(task.ref);
    if (added > 0)
        m_store.markDirty();
    return added;
}

void WatchListController::removeTasks(const QStringList &keys)
{
    for (const QString &key : keys)
        m_scheduler.unwatch(key);
    if (m_model.removeTasks(keys) > 0)
        m_store.markDirty();
}

WatchListData WatchListController::data() const
{
    WatchListData data;
    data.accounts = m_accounts;
    data.tasks = m_model.tasks();
    data.ledger = m_session.transport().ledger();
    data.preferences = m_preferences;
    return data;
}

void WatchListController::updateAccountNames()
{
    QHash<QString, QString> names;
    for (const Account &account : std::as_const(m_accounts))
        names.insert(account.id, account.name.isEmpty() ? account.id : account.name);
    m_model.setAccountNames(names);
}
