#pragma once

#include "models/domain/Account.h"
#include "models/domain/Result.h"
#include "network/transport/AccessTokenSource.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <functional>

class ApiTransport;
class Clock;

// The access token of one account: fetched on first need, one request in flight however many
// calls wait, renewed shortly before it expires, dropped when the platform rejects it. A pasted
// token is used as it is and cannot be renewed.
class TokenManager final : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    // `secret` is the app secret, or the token itself for Account::AuthMode::PastedToken.
    TokenManager(Account account, QString secret, ApiTransport &transport,
                 QObject *parent = nullptr);

    // Calls `done` with a usable token, now or once it has been fetched. Nothing is called if
    // `context` is destroyed first.
    void acquire(QObject *context, Callback done) override;

    // The platform rejected `token`: forget it, so the next acquire fetches a new one.
    void reject(const QString &token) override;

    bool canRenew() const override
    {
        return m_account.authMode == Account::AuthMode::AppCredentials;
    }
    const Account &account() const { return m_account; }
    void setSecret(const QString &secret);
    const QString &secret() const { return m_secret; }
    // The token last issued; empty before the first one.
    const QString &currentToken() const { return m_token; }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }

    // Renew this long before expiry (capped at a quarter of the token's lifetime).
    void setRenewMarginMs(qint64 ms) { m_renewMarginMs = ms; }
    int fetchCount() const { return m_fetchCount; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    bool hasFreshToken() const;
    void fetch();
    void deliver(const Result<QString> &result);
    ApiError pastedTokenRejected() const;

    Account m_account;
    QString m_secret;
    ApiTransport &m_transport;
    QString m_token;
    qint64 m_expiresAtMs = 0;
    qint64 m_lifetimeMs = 0;
    qint64 m_renewMarginMs = 5 * 60 * 1000;
    bool m_fetching = false;
    bool m_pastedRejected = false;
    int m_fetchCount = 0;
    QList<Waiter> m_waiters;
    QList<QSslCertificate> m_extraCaCertificates;
};
