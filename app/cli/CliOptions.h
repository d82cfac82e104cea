#pragma once

#include "models/domain/TaskKind.h"
#include "models/domain/TaskRef.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the command line asked for, checked for consistency but not yet resolved against
// the environment, the keychain or the network.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Command { Status, Reports };
    enum class Format { Table, Json, Csv };

    Command command = Command::Status;
    QStringList tasks; // TASK arguments as given
    std::optional<TaskKind> kind;

    // Connection
    QString accountName;
    QString watchListFile; // empty: the GUI's default location
    std::optional<Platform> platform;
    QString baseUrl;
    QString appId;
    QString appSecretEnv = QStringLiteral("TASKMONITOR_APP_SECRET");
    QString tokenEnv;
    QString unionId;

    // Waiting
    bool wait = false;
    qint64 intervalMs = 2000;
    qint64 timeoutMs = -1; // -1: no limit
    // Use and keep the durations of finished tasks (cache folder) to time the checks.
    bool learn = true;

    // Output
    Format format = Format::Json;
    QString outputFile;
    bool subtasks = false;
    bool failedOnly = false;
    int requestTimeoutMs = 15000;
    // Log every request, answer, token fetch and scheduling decision to stderr (redacted).
    bool verbose = false;

    // reports
    ReportQuery report;

    // What the parser decided instead of running a command.
    enum class Outcome { Run, Help, Version, UsageError };
    Outcome outcome = Outcome::Run;
    QString text; // help text, version line or the usage error

    static CliOptions parse(const QStringList &arguments, bool stdoutIsTerminal);
};
