#pragma once

#include "CliConsole.h"
#include "CliOptions.h"
#include "models/domain/Clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class ApiSession;
class SecretStore;

// Wires one run: connection, task arguments, the engine (network access, clock, session) and
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
    CliOptions m_options;
    QProcessEnvironment m_env;
    SecretStore &m_secrets;
    CliConsole m_console;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiSession> m_session;
};
