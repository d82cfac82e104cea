#pragma once

#include "models/domain/Account.h"
#include "network/transport/ApiRequestSpec.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

class ApiTransport;
class TokenManager;

// One configured account ready to call its platform: its token manager and trusted
// certificates.
class AccountConnection final : public QObject
{
    Q_OBJECT

public:
    AccountConnection(const Account &account, const QString &secret, ApiTransport &transport,
                      QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    TokenManager &tokens() const { return *m_tokens; }

    // The common part of every request through this account.
    ApiRequestSpec requestSpec(ApiEndpoint endpoint, const QString &context) const;

    // A problem with the account's own settings (e.g. an unreadable CA file), if any.
    QString configurationProblem() const { return m_problem; }

private:
    Account m_account;
    TokenManager *m_tokens = nullptr;
    QList<QSslCertificate> m_caCertificates;
    QString m_problem;
};
