#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskRef.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class Engine;
class OpenPlatformSimulator;

// `taskmonitor --demo`: the simulator in this process on 127.0.0.1 with the demo scenario
// (every kind of task, a partly failed import, a failed one, a drive move without progress, a
// DingTalk storage move, a report rule with weekly submissions), its accounts and a data
// folder and settings of its own — never the real watch list or keychain.
class DemoEnvironment final
{
public:
    DemoEnvironment();
    ~DemoEnvironment();

    // Loads the scenario and listens; false with `error` set when it cannot.
    bool start(QString *error);

    QString dataFolder() const { return m_dir.path(); }
    QString databasePath() const;
    QString settingsPath() const;

    // The scenario's apps as accounts pointed at the simulator, with their secrets.
    QList<std::pair<Account, QString>> accounts() const { return m_accounts; }
    // What the demo watches, labelled as an admin would.
    QList<TaskRef> tasks() const { return m_tasks; }

    // Adds the accounts and tasks to a fresh engine.
    void populate(Engine &engine) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    QList<std::pair<Account, QString>> m_accounts;
    QList<TaskRef> m_tasks;
};
