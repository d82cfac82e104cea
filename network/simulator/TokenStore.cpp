#include "TokenStore.h"

#include <QRandomGenerator>

namespace {

QString appKey(SimFamily family, const QString &appId)
{
    return (family == SimFamily::Feishu ? QStringLiteral("f:") : QStringLiteral("d:")) + appId;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

} // namespace

TokenStore::Token TokenStore::issue(SimFamily family, const QString &appId, int lifetimeSecs,
                                    qint64 nowMs)
{
    Token t;
    // Shapes as the platforms hand them out: "t-" + 40 characters, and 32 hex digits.
    t.token = family == SimFamily::Feishu ? QStringLiteral("t-") + randomHex(20) : randomHex(16);
    t.appId = appId;
    t.family = family;
    t.expiresAtMs = nowMs + qint64(lifetimeSecs) * 1000;
    m_tokens.insert(t.token, t);
    m_latestByApp.insert(appKey(family, appId), t.token);
    return t;
}

const TokenStore::Token *TokenStore::latestValid(SimFamily family, const QString &appId,
                                                 qint64 nowMs) const
{
    const auto latest = m_latestByApp.constFind(appKey(family, appId));
    if (latest == m_latestByApp.cend())
        return nullptr;
    const auto it = m_tokens.constFind(latest.value());
    if (it == m_tokens.cend() || it->expiresAtMs <= nowMs)
        return nullptr;
    return &it.value();
}

void TokenStore::renew(const QString &token, int lifetimeSecs, qint64 nowMs)
{
    const auto it = m_tokens.find(token);
    if (it != m_tokens.end())
        it->expiresAtMs = nowMs + qint64(lifetimeSecs) * 1000;
}

TokenStore::Check TokenStore::check(SimFamily family, const QString &token, qint64 nowMs,
                                    QString *appId) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->family != family)
        return Check::Unknown;
    if (appId)
        *appId = it->appId;
    return it->expiresAtMs > nowMs ? Check::Valid : Check::Expired;
}

void TokenStore::expireAll(qint64 nowMs)
{
    for (Token &t : m_tokens)
        t.expiresAtMs = qMin(t.expiresAtMs, nowMs);
}

void TokenStore::clear()
{
    m_tokens.clear();
    m_latestByApp.clear();
}
