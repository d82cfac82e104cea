#include "CliApplication.h"

#include "CliConnection.h"
#include "network/clients/ApiSession.h"

#include "CliExit.h"
#include "ReportsCommand.h"
#include "StatusCommand.h"
#include "TaskArguments.h"
#include <QNetworkRequest>

CliApplication::CliApplication(const CliOptions &options, const QProcessEnvironment &env,
                               SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_env(env)
    , m_secrets(secrets)
{}

CliApplication::~CliApplication()
{
    // The commands hold the session: they go first.
    const QObjectList commands = children();
    qDeleteAll(commands);
}

int CliApplication::start()
{
    // Whatever the environment holds for us is masked in every line, even before it is used.
    m_console.scrubber().addSecret(m_env.value(m_options.appSecretEnv));
    if (!m_options.tokenEnv.isEmpty())
        m_console.scrubber().addSecret(m_env.value(m_options.tokenEnv));

    const CliConnection connection = CliConnection::resolve(m_options, m_env, m_secrets);
    if (!connection.ok()) {
        m_console.error(connection.problem());
        return CliExit::Usage;
    }
    m_console.scrubber().addSecret(connection.secret());

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

    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_session = std::make_unique<ApiSession>(m_network, m_clock);
    m_session->transport().setTransferTimeoutMs(m_options.requestTimeoutMs);
    m_session->setAccount(connection.account(), connection.secret());

    if (m_options.command == CliOptions::Command::Status) {
        auto *command = new StatusCommand(*m_session, m_clock, m_console, m_options, refs, this);
        connect(command, &StatusCommand::finished, this, &CliApplication::finished);
        command->start();
    } else {
        auto *command =
            new ReportsCommand(*m_session, m_console, m_options, connection.account().id, this);
        connect(command, &ReportsCommand::finished, this, &CliApplication::finished);
        command->start();
    }
    return -1;
}
