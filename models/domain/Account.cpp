#include "models/domain/Account.h"

QString Account::effectiveBaseUrl() const
{
    QString url = baseUrl.trimmed();
    if (url.isEmpty())
        url = Platforms::defaultBaseUrl(platform);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QJsonObject Account::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("platform"), Platforms::id(platform)},
        {QStringLiteral("auth"),
         authMode == AuthMode::PastedToken ? QStringLiteral("token") : QStringLiteral("app")},
    };
    if (!baseUrl.isEmpty())
        json.insert(QStringLiteral("base_url"), baseUrl);
    if (!appId.isEmpty())
        json.insert(QStringLiteral("app_id"), appId);
    if (!unionId.isEmpty())
        json.insert(QStringLiteral("union_id"), unionId);
    if (!caCertificateFile.isEmpty())
        json.insert(QStringLiteral("ca_certificate_file"), caCertificateFile);
    return json;
}

Account Account::fromJson(const QJsonObject &json)
{
    Account account;
    account.id = json.value(QStringLiteral("id")).toString();
    account.name = json.value(QStringLiteral("name")).toString();
    account.platform = Platforms::fromId(json.value(QStringLiteral("platform")).toString())
                           .value_or(Platform::Feishu);
    account.baseUrl = json.value(QStringLiteral("base_url")).toString();
    account.authMode = json.value(QStringLiteral("auth")).toString() == QLatin1String("token")
                           ? AuthMode::PastedToken
                           : AuthMode::AppCredentials;
    account.appId = json.value(QStringLiteral("app_id")).toString();
    account.unionId = json.value(QStringLiteral("union_id")).toString();
    account.caCertificateFile = json.value(QStringLiteral("ca_certificate_file")).toString();
    return account;
}
