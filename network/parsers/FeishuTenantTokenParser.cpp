#include "network/parsers/FeishuTenantTokenParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

Result<AccessToken> parseFeishuTenantToken(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::feishuFailure(response, body))
        return PlatformErrors::forTokenEndpoint(*failure, WireFamily::Feishu);

    QStringList warnings;
    const WireJson::Fields root(body.object, {}, &warnings);
    AccessToken token;
    const QJsonValue value = body.object.value(QLatin1String("tenant_access_token"));
    token.token = value.isString() ? value.toString().trimmed() : QString();
    const std::optional<qint64> expire = root.integer(QLatin1String("expire"));
    const QString requestId = PlatformErrors::feishuRequestId(response, body.object);
    if (token.token.isEmpty())
        return PlatformErrors::forTokenEndpoint(
            PlatformErrors::wrongShape(response, WireFamily::Feishu,
                                       ParserText::tr("The token answer has no "
                                                      "tenant_access_token"),
                                       requestId),
            WireFamily::Feishu);
    if (!expire || *expire <= 0)
        return PlatformErrors::forTokenEndpoint(
            PlatformErrors::wrongShape(response, WireFamily::Feishu,
                                       ParserText::tr("The token answer has no usable expire "
                                                      "time"),
                                       requestId),
            WireFamily::Feishu);
    token.expiresInSeconds = *expire;
    return token;
}
