#pragma once

#include "CliOptions.h"
#include "models/domain/Account.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class SecretStore;

// The account and secret a command connects with: from the environment (--platform, --app-id,
// --app-secret-env / --token-env) or from an account saved by the window plus the keychain.
class CliConnection final
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    static inline const QString kKeychainService = QStringLiteral("TaskMonitor");
    static inline const QString kCliAccountId = QStringLiteral("cli");

    // Builds the connection; on failure ok() is false and problem() says why (a usage error:
    // the user must fix the command line or the environment).
    static CliConnection resolve(const CliOptions &options, const QProcessEnvironment &env,
                                 SecretStore &secrets);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    const Account &account() const { return m_account; }
    QString secret() const { return m_secret; }

private:
    static CliConnection fromEnvironment(const CliOptions &options, const QProcessEnvironment &env);
    static CliConnection fromSavedAccount(const CliOptions &options, SecretStore &secrets);
    static CliConnection failure(const QString &problem);

    Account m_account;
    QString m_secret;
    QString m_problem;
};
