#pragma once

#include "SimEndpoint.h"

#include <QHash>
#include <QString>

// Access tokens the simulated platforms issued, with their expiry on the simulator clock.
class TokenStore final
{
public:
    struct Token
    {
        QString token;
        QString appId;
        SimFamily family = SimFamily::Feishu;
        qint64 expiresAtMs = 0;
    };

    enum class Check { Valid, Unknown, Expired };

    Token issue(SimFamily family, const QString &appId, int lifetimeSecs, qint64 nowMs);
    // The newest token of the app that is still valid, if any.
    const Token *latestValid(SimFamily family, const QString &appId, qint64 nowMs) const;
    void renew(const QString &token, int lifetimeSecs, qint64 nowMs);
    Check check(SimFamily family, const QString &token, qint64 nowMs, QString *appId) const;
    void expireAll(qint64 nowMs);
    void clear();
    int size() const { return int(m_tokens.size()); }

private:
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_latestByApp;
};
