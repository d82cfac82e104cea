#include "CliApplication.h"

#include "app/cli/CliLogging.h"
#include "app/cli/CliLogOutput.h"
#include "app/engine/Engine.h"
#include "app/secrets/SecretStore.h"
#include "CliExit.h"
#include "ReportsCommand.h"
#include "StatusCommand.h"
#include "TaskArguments.h"

CliApplication::CliApplication(const CliOptions &options, const QProcessEnvironment &env,
                               SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_env(env)
    , m_secrets(secrets)
{}

CliApplication::~CliApplication()
{
    // The commands hold the engine: they go first.
    const QObjectList commands = children();
    qDeleteAll(commands);
}

int CliApplication::start()
{
    // Whatever the environment holds for us is masked in every line, even before it is used.
    m_console.scrubber().addSecret(m_env.value(m_options.appSecretEnv));
    if (!m_options.tokenEnv.isEmpty())
        m_console.scrubber().addSecret(m_env.value(m_options.tokenEnv));

    const CliConnection connection = CliConnection::resolve(m_options, m_env);
    if (!connection.ok()) {
        m_console.error(connection.problem());
        return CliExit::Usage;
    }
    if (!connection.needsStoredSecret())
        return run(connection);
    m_secrets.read(connection.secretKey(), this, [this, connection](const SecretResult &result) {
        const int code = run(connection.withStoredSecret(result));
        if (code >= 0)
            emit finished(code);
    });
    return -1;
}

int CliApplication::run(const CliConnection &connection)
{
    if (!connection.ok()) {
        m_console.error(connection.problem());
        return CliExit::Usage;
    }
    m_console.scrubber().addSecret(connection.secret());
    CliLogOutput::addSecret(connection.secret());

    QList<TaskRef> refs;
    if (m_options.command == CliOptions::Command::Status) {
        QString problem;
        refs = TaskArguments::resolve(m_options, connection.account(), &problem);
        if (!problem.isEmpty()) {
            m_console.error(problem);
            return CliExit::Usage;
        }
    } else if (!Platforms::isFeishuFamily(connection.account().platform)) {
        m_console.error(tr("reports reads Feishu / Lark report queries: use --platform feishu "
                           "or lark."));
        return CliExit::Usage;
    }

    // The window's engine, with the watch list in memory: a script leaves no trace in the
    // window's database.
    qCInfo(lcCli) << "account" << connection.account().id << "platform"
                  << Platforms::id(connection.account().platform) << "tasks" << refs.size()
                  << (m_options.wait ? "waiting" : "once");
    m_engine = std::make_unique<Engine>(EngineOptions{});
    m_engine->start();
    m_engine->setRequestTimeoutMs(m_options.requestTimeoutMs);
    m_engine->setAccount(connection.account(), connection.secret());

    if (m_options.command == CliOptions::Command::Status) {
        auto *command = new StatusCommand(*m_engine, m_console, m_options, refs, this);
        connect(command, &StatusCommand::finished, this, &CliApplication::finished);
        command->start();
    } else {
        auto *command =
            new ReportsCommand(*m_engine, m_console, m_options, connection.account().id, this);
        connect(command, &ReportsCommand::finished, this, &CliApplication::finished);
        command->start();
    }
    return -1;
}
