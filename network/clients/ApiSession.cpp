#include "network/clients/ApiSession.h"

#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/auth/TokenManager.h"

ApiSession::ApiSession(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_transport(network, clock)
    , m_contact(m_transport)
    , m_drive(m_transport)
    , m_report(m_transport)
    , m_storage(m_transport)
    , m_doc(m_transport)
{
    m_transport.setTokenSourceLookup([this](const QString &accountId) -> AccessTokenSource * {
        const AccountConnection *connection = m_connections.value(accountId);
        return connection ? &connection->tokens() : nullptr;
    });
}

ApiSession::~ApiSession()
{
    m_transport.setTokenSourceLookup({});
}

void ApiSession::setAccount(const Account &account, const QString &secret)
{
    removeAccount(account.id);
    m_connections.insert(account.id, new AccountConnection(account, secret, m_transport, this));
}

void ApiSession::removeAccount(const QString &accountId)
{
    // Calls still waiting for a rate-limit slot or a token would otherwise carry the old
    // credentials (or reach a freed token manager): they end now, and their tasks ask again.
    m_transport.cancelCalls(accountId);
    if (AccountConnection *old = m_connections.take(accountId))
        delete old;
}

AccountConnection *ApiSession::connection(const QString &accountId) const
{
    return m_connections.value(accountId);
}

QList<Account> ApiSession::accounts() const
{
    QList<Account> result;
    for (const AccountConnection *connection : m_connections)
        result << connection->account();
    return result;
}

void ApiSession::fetch(const TaskRef &ref, QObject *context, SnapshotRequest::Callback done)
{
    QObject *anchor = context ? context : this;
    const AccountConnection *account = connection(ref.accountId);
    ApiError problem;
    problem.category = ApiError::Category::Configuration;
    if (!account) {
        problem.message = tr("Task %1 refers to account \"%2\", which is not configured.")
                              .arg(ref.taskId, ref.accountId);
        problem.hint = tr("Add the account, or move the task to another account.");
    } else if (!TaskKinds::accepts(account->account().platform, ref.kind)) {
        problem.message =
            tr("Account %1 is a %2 account and cannot read %3.")
                .arg(account->account().name, Platforms::displayName(account->account().platform),
                     TaskKinds::displayName(ref.kind));
        problem.hint = tr("Move the task to an account of the right platform.");
    } else if (!account->configurationProblem().isEmpty()) {
        problem.message = account->configurationProblem();
        problem.hint = tr("Fix the account's settings.");
    } else if (ref.kind != TaskKind::FeishuReport && ref.taskId.trimmed().isEmpty()) {
        problem.message = tr("The task id is empty.");
        problem.hint = tr("Remove the row and add the task again with its id.");
    } else if (ref.taskId == QLatin1String(".") || ref.taskId == QLatin1String("..")) {
        // In a path segment these name another address, however they are encoded.
        problem.message = tr("The task id \"%1\" cannot be asked for: in a link it would name "
                             "another address.")
                              .arg(ref.taskId);
        problem.hint = tr("Check the id the platform returned and add the task again.");
    } else {
        switch (ref.kind) {
        case TaskKind::FeishuContact:
            m_contact.fetch(*account, ref, context, std::move(done));
            return;
        case TaskKind::FeishuDrive:
            m_drive.fetch(*account, ref, context, std::move(done));
            return;
        case TaskKind::FeishuReport:
            m_report.fetch(*account, ref, context, std::move(done));
            return;
        case TaskKind::DingTalkStorage:
            m_storage.fetch(*account, ref, context, std::move(done));
            return;
        case TaskKind::DingTalkDoc:
            m_doc.fetch(*account, ref, context, std::move(done));
            return;
        }
    }
    SnapshotRequest::failLater(anchor, problem, std::move(done));
}
