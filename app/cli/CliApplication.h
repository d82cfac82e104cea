#pragma once

#include "CliConnection.h"
#include "CliConsole.h"
#include "CliOptions.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class Engine;
class SecretStore;

// Wires one run: connection (the saved account's secret read from the keychain without
// blocking), task arguments, the engine the window uses too (with a watch list in memory) and
// the command; reports the exit status once the command has finished.
class CliApplication final : public QObject
{
    Q_OBJECT

public:
    CliApplication(const CliOptions &options, const QProcessEnvironment &env, SecretStore &secrets,
                   QObject *parent = nullptr);
    ~CliApplication() override;

    // Starts the command; returns an exit status at once when it cannot start (usage error),
    // otherwise -1 and finished() follows.
    int start();

signals:
    void finished(int exitCode);

private:
    // The rest of start() once the secret is known; an exit status, or -1 while running.
    int run(const CliConnection &connection);

    CliOptions m_options;
    QProcessEnvironment m_env;
    SecretStore &m_secrets;
    CliConsole m_console;
    std::unique_ptr<Engine> m_engine;
};
