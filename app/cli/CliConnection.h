#pragma once

#include "CliOptions.h"
#include "models/domain/Account.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct SecretResult;

// The account and secret a command connects with: from the environment (--platform, --app-id,
// --app-secret-env / --token-env) or from an account saved by the window plus the keychain.
class CliConnection final
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    static inline const QString kCliAccountId = QStringLiteral("cli");

    // Builds the connection; on failure ok() is false and problem() says why (a usage error:
    // the user must fix the command line or the environment). A saved account still needs its
    // secret from the keychain: see secretKey() and withStoredSecret().
    static CliConnection resolve(const CliOptions &options, const QProcessEnvironment &env);

    // The key the window stored this account's secret under; empty when the secret came from
    // the environment.
    QString secretKey() const { return m_secretKey; }
    bool needsStoredSecret() const { return ok() && !m_secretKey.isEmpty() && m_secret.isEmpty(); }
    // The connection completed with what the secret store answered, or a failure saying what
    // to do instead.
    CliConnection withStoredSecret(const SecretResult &result) const;

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    const Account &account() const { return m_account; }
    QString secret() const { return m_secret; }

private:
    static CliConnection fromEnvironment(const CliOptions &options, const QProcessEnvironment &env);
    static CliConnection fromSavedAccount(const CliOptions &options);
    static CliConnection failure(const QString &problem);

    Account m_account;
    QString m_secret;
    QString m_secretKey;
    QString m_accountName; // as the user named it on the command line
    QString m_problem;
};
