#include "network/auth/TokenManager.h"

#include "models/domain/Clock.h"
#include "models/paste/LogRedactor.h"
#include "network/NetworkLogging.h"
#include "network/parsers/DingTalkAccessTokenParser.h"
#include "network/parsers/FeishuTenantTokenParser.h"
#include "network/transport/ApiTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <memory>

TokenManager::TokenManager(Account account, QString secret, ApiTransport &transport,
                           QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_secret(std::move(secret))
    , m_transport(transport)
{}

void TokenManager::setSecret(const QString &secret)
{
    m_secret = secret;
    m_token.clear();
    m_pastedRejected = false;
}

void TokenManager::acquire(QObject *context, Callback done)
{
    if (!canRenew()) {
        if (m_pastedRejected || m_secret.isEmpty())
            done(pastedTokenRejected());
        else
            done(m_secret);
        return;
    }
    if (hasFreshToken()) {
        done(m_token);
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (!m_fetching)
        fetch();
}

void TokenManager::reject(const QString &token)
{
    if (!canRenew()) {
        if (token == m_secret) {
            qCInfo(lcAuth).noquote()
                << "the pasted token of account" << m_account.id << "was rejected";
            m_pastedRejected = true;
        }
        return;
    }
    // A call that started with an older token must not throw away a newer one.
    if (token == m_token) {
        qCInfo(lcAuth).noquote() << "token of account" << m_account.id
                                 << "rejected by the platform; dropped";
        m_token.clear();
        m_expiresAtMs = 0;
    }
}

bool TokenManager::hasFreshToken() const
{
    if (m_token.isEmpty())
        return false;
    const qint64 margin = std::min(m_renewMarginMs, m_lifetimeMs / 4);
    return m_transport.clock().nowMs() < m_expiresAtMs - margin;
}

void TokenManager::fetch()
{
    m_fetching = true;
    ++m_fetchCount;

    const bool feishu = Platforms::isFeishuFamily(m_account.platform);
    ApiRequestSpec spec;
    spec.accountId = m_account.id;
    spec.method = "POST";
    spec.extraCaCertificates = m_extraCaCertificates;
    spec.context = tr("Signing in to %1 as app %2").arg(m_account.name, m_account.appId);
    QJsonObject body;
    if (feishu) {
        spec.endpoint = ApiEndpoint::FeishuTenantToken;
        spec.url = QUrl(m_account.effectiveBaseUrl() +
                        QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"));
        body = {{QStringLiteral("app_id"), m_account.appId},
                {QStringLiteral("app_secret"), m_secret}};
    } else {
        spec.endpoint = ApiEndpoint::DingTalkAccessToken;
        spec.url = QUrl(m_account.effectiveBaseUrl() + QStringLiteral("/v1.0/oauth2/accessToken"));
        body = {{QStringLiteral("appKey"), m_account.appId},
                {QStringLiteral("appSecret"), m_secret}};
    }
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    qCInfo(lcAuth).noquote() << (m_token.isEmpty() ? "fetching" : "renewing")
                             << "the token of account" << m_account.id << "at"
                             << LogRedactor::url(spec.url) << "app"
                             << LogRedactor::text(m_account.appId);

    auto granted = std::make_shared<AccessToken>();
    const qint64 requestedAt = m_transport.clock().nowMs();
    m_transport.send(
        spec, this,
        [feishu, granted](const HttpResponse &response) -> std::optional<ApiError> {
            Result<AccessToken> parsed =
                feishu ? parseFeishuTenantToken(response) : parseDingTalkAccessToken(response);
            if (!parsed.ok())
                return parsed.error();
            *granted = parsed.value();
            return std::nullopt;
        },
        [this, granted, requestedAt](const std::optional<ApiError> &error) {
            m_fetching = false;
            if (error) {
                qCWarning(lcAuth).noquote() << "no token for account" << m_account.id << ":"
                                            << LogRedactor::text(error->summary());
                deliver(*error);
                return;
            }
            m_token = granted->token;
            m_lifetimeMs = granted->expiresInSeconds * 1000;
            m_expiresAtMs = requestedAt + m_lifetimeMs;
            qCInfo(lcAuth).noquote() << "token issued for account" << m_account.id << "valid for"
                                     << granted->expiresInSeconds << "s";
            deliver(m_token);
        });
}

void TokenManager::deliver(const Result<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.done(result);
    }
}

ApiError TokenManager::pastedTokenRejected() const
{
    ApiError error;
    error.category = ApiError::Category::AuthFailed;
    error.message = m_secret.isEmpty()
                        ? tr("No access token was given for account %1.").arg(m_account.name)
                        : tr("The pasted access token for account %1 was rejected or has expired.")
                              .arg(m_account.name);
    error.hint = tr("Paste a new access token for this account, or give it app credentials so "
                    "the monitor can renew tokens itself.");
    return error;
}
