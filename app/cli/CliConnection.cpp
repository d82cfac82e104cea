#include "CliConnection.h"

#include "app/secrets/SecretResult.h"
#include "models/persistence/WatchListDatabase.h"
#include "network/transport/BaseUrlPolicy.h"

#include <QFileInfo>

CliConnection CliConnection::resolve(const CliOptions &options, const QProcessEnvironment &env)
{
    CliConnection connection =
        options.accountName.isEmpty() ? fromEnvironment(options, env) : fromSavedAccount(options);
    if (!connection.ok())
        return connection;
    const QUrl url(connection.m_account.effectiveBaseUrl());
    if (!url.isValid() || url.host().isEmpty()) {
        return failure(tr("--base-url: \"%1\" is not a URL such as https://open.feishu.cn.")
                           .arg(connection.m_account.effectiveBaseUrl()));
    }
    if (const std::optional<ApiError> refused = BaseUrlPolicy::check(url)) {
        return failure(tr("--base-url: %1 %2").arg(refused->message, refused->hint).trimmed());
    }
    return connection;
}

CliConnection CliConnection::failure(const QString &problem)
{
    CliConnection connection;
    connection.m_problem = problem;
    return connection;
}

CliConnection CliConnection::fromEnvironment(const CliOptions &options,
                                             const QProcessEnvironment &env)
{
    CliConnection connection;
    Account &account = connection.m_account;
    account.id = kCliAccountId;
    account.platform = options.platform.value_or(Platform::Feishu);
    account.name =
        options.appId.isEmpty() ? Platforms::displayName(account.platform) : options.appId;
    account.baseUrl = options.baseUrl;
    account.appId = options.appId;
    account.unionId = options.unionId;
    const bool pasted = !options.tokenEnv.isEmpty();
    account.authMode = pasted ? Account::AuthMode::PastedToken : Account::AuthMode::AppCredentials;
    const QString variable = pasted ? options.tokenEnv : options.appSecretEnv;
    connection.m_secret = env.value(variable);
    if (connection.m_secret.isEmpty()) {
        return failure(pasted ? tr("the environment variable %1 (--token-env) is not set or "
                                   "empty: put the access token there.")
                                    .arg(variable)
                              : tr("the environment variable %1 is not set or empty: put the "
                                   "app secret there, or name another variable with "
                                   "--app-secret-env.")
                                    .arg(variable));
    }
    return connection;
}

CliConnection CliConnection::fromSavedAccount(const CliOptions &options)
{
    const QString path =
        options.watchListFile.isEmpty() ? WatchListDatabase::defaultPath() : options.watchListFile;
    // Read only: a script must never change, create or set aside the window's database.
    WatchListDatabase database;
    const DatabaseOpenResult opened = database.openForReading(path);
    if (opened.status != DatabaseOpenResult::Status::Opened) {
        return failure(!QFileInfo::exists(path)
                           ? tr("--account %1: no saved accounts in %2; add the account in the "
                                "Task Monitor window, or use --platform with --app-id and "
                                "--app-secret-env.")
                                 .arg(options.accountName, path)
                           : tr("--account %1: the saved accounts cannot be read. %2")
                                 .arg(options.accountName, opened.message));
    }
    const QList<Account> accounts = database.load().accounts;
    const Account *found = nullptr;
    for (const Account &account : accounts) {
        if (account.id == options.accountName) {
            found = &account;
            break;
        }
        if (!found && account.name == options.accountName)
            found = &account;
    }
    if (!found) {
        QStringList names;
        for (const Account &account : accounts)
            names << account.name;
        return failure(tr("--account: no saved account is named \"%1\" (saved: %2).")
                           .arg(options.accountName,
                                names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }

    CliConnection connection;
    connection.m_account = *found;
    if (!options.unionId.isEmpty())
        connection.m_account.unionId = options.unionId;
    connection.m_secretKey = found->id;
    connection.m_accountName = options.accountName;
    return connection;
}

CliConnection CliConnection::withStoredSecret(const SecretResult &result) const
{
    if (result.status == SecretResult::Status::Ok && !result.secret.isEmpty()) {
        CliConnection connection = *this;
        connection.m_secret = result.secret;
        return connection;
    }
    if (result.status == SecretResult::Status::Unavailable) {
        return failure(tr("--account %1: the keychain is not available (%2). Without a "
                          "keychain, use --platform with --app-id and --app-secret-env instead.")
                           .arg(m_accountName, result.message));
    }
    const QString why = result.status == SecretResult::Status::Ok ? tr("the saved secret is empty")
                        : result.status == SecretResult::Status::NotFound
                            ? tr("the keychain holds no secret for this account")
                            : result.message;
    return failure(tr("--account %1: %2; enter the secret again in the Task Monitor window, or "
                      "use --platform with --app-id and --app-secret-env.")
                       .arg(m_accountName, why));
}
