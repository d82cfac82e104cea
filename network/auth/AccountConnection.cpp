#include "network/auth/AccountConnection.h"

#include "network/auth/TokenManager.h"

AccountConnection::AccountConnection(const Account &account, const QString &secret,
                                     ApiTransport &transport, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_tokens(new TokenManager(account, secret, transport, this))
{
    if (secret.isEmpty()) {
        m_problem = account.authMode == Account::AuthMode::PastedToken
                        ? tr("No access token is known for account %1.").arg(account.name)
                        : tr("No app secret is known for account %1.").arg(account.name);
    }
    if (!account.caCertificateFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(account.caCertificateFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            m_problem =
                tr("No PEM certificate could be read from %1.").arg(account.caCertificateFile);
        m_tokens->setExtraCaCertificates(m_caCertificates);
    }
}

ApiRequestSpec AccountConnection::requestSpec(ApiEndpoint endpoint, const QString &context) const
{
    ApiRequestSpec spec;
    spec.accountId = m_account.id;
    spec.endpoint = endpoint;
    spec.authenticated = true;
    spec.extraCaCertificates = m_caCertificates;
    spec.context = context;
    return spec;
}
