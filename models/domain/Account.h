#pragma once

#include "models/domain/TaskKind.h"

#include <QJsonObject>
#include <QString>

// A connection to one organisation's open platform, without its secret: the secret (app secret
// or pasted token) lives in the OS keychain or the environment, never here.
struct Account
{
    enum class AuthMode {
        AppCredentials, // app id + app secret; tokens are fetched and refreshed
        PastedToken,    // a ready, short-lived token; cannot be refreshed
    };

    QString id; // stable key, referenced by TaskRef::accountId
    QString name;
    Platform platform = Platform::Feishu;
    QString baseUrl; // empty means the platform's default host
    AuthMode authMode = AuthMode::AppCredentials;
    QString appId;             // Feishu / Lark app_id, DingTalk appKey
    QString unionId;           // DingTalk operator for storage tasks
    QString caCertificateFile; // extra trusted CA (PEM), e.g. for a TLS-inspecting proxy

    QString effectiveBaseUrl() const;

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &json);

    friend bool operator==(const Account &, const Account &) = default;
};
