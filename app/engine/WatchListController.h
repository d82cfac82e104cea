#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskRef.h"
#include "models/persistence/WatchListLoadResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class ApiSession;
class Clock;
class RefreshScheduler;
class TaskTableModel;
class WatchListStore;
struct WatchListData;

// Wires the watch list together: what the scheduler fetches lands in the table model, what the
// model holds is saved by the store, and a restart restores both without asking the platform
// about tasks that already ended.
class WatchListController final : public QObject
{
    Q_OBJECT

public:
    // Supplies an account's secret (from the keychain or the environment) when it is restored.
    using SecretLookup = std::function<QString(const Account &)>;

    WatchListController(ApiSession &session, RefreshScheduler &scheduler, TaskTableModel &model,
                        WatchListStore &store, const Clock &clock, QObject *parent = nullptr);

    // Loads the saved list: accounts, tasks with their last snapshots, call counts.
    WatchListLoadResult restore(const SecretLookup &secrets);

    void setAccount(const Account &account, const QString &secret);
    void removeAccount(const QString &accountId);
    const QList<Account> &accounts() const { return m_accounts; }

    // Starts watching; refs already watched are skipped. Returns how many were added.
    int addTasks(const QList<TaskRef> &refs);
    void removeTasks(const QStringList &keys);

    WatchListData data() const;

signals:
    void taskFinished(const QString &key, TaskState state);

private:
    void updateAccountNames();

    ApiSession &m_session;
    RefreshScheduler &m_scheduler;
    TaskTableModel &m_model;
    WatchListStore &m_store;
    const Clock &m_clock;
    QList<Account> m_accounts;
    QJsonObject m_preferences;
};
