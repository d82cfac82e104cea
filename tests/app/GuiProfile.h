#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskRef.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A --profile folder for the real taskmonitor binary, and the binary run in it: settings that
// choose the owner-only secrets file, the accounts (pointed at a simulator) and their tasks in
// the watch list, and the secrets in secrets.json — what a user leaves behind after adding
// them in the window.
class GuiProfile final
{
public:
    struct AccountSecret
    {
        Account account;
        QString secret;
    };

    explicit GuiProfile(QString folder);

    // Writes settings, secrets and the watch list; false (with the reason) when any failed.
    bool prepare(const QList<AccountSecret> &accounts, const QList<TaskRef> &tasks,
                 QString *problem);

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString settingsPath() const;
    QString secretsPath() const;
    QString logFolder() const;
    // The log files, newest first (taskmonitor.log, .1, .2), concatenated oldest first.
    QByteArray logBytes() const;

    // Starts `taskmonitor --profile folder` offscreen, without a session bus (no keychain).
    // Stdout and stderr go, merged, to outputFile (the null device when empty).
    std::unique_ptr<QProcess> launch(const QString &executable, const QString &outputFile = {});
    // Waits (spinning the event loop) until the log says the watch list was restored.
    bool waitUntilStarted(QProcess &process, int timeoutMs = 30000) const;

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_runtimeDir; // XDG_RUNTIME_DIR, 0700
};
