#include "network/parsers/DingTalkAccessTokenParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

Result<AccessToken> parseDingTalkAccessToken(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::dingTalkFailure(response, body))
        return PlatformErrors::forTokenEndpoint(*failure, WireFamily::DingTalk);

    QStringList warnings;
    const WireJson::Fields root(body.object, {}, &warnings);
    AccessToken token;
    const QJsonValue value = body.object.value(QLatin1String("accessToken"));
    token.token = value.isString() ? value.toString().trimmed() : QString();
    const std::optional<qint64> expire = root.integer(QLatin1String("expireIn"));
    const QString requestId = PlatformErrors::dingTalkRequestId(response, body.object);
    if (token.token.isEmpty())
        return PlatformErrors::forTokenEndpoint(
            PlatformErrors::wrongShape(response, WireFamily::DingTalk,
                                       ParserText::tr("The token answer has no accessToken"),
                                       requestId),
            WireFamily::DingTalk);
    if (!expire || *expire <= 0)
        return PlatformErrors::forTokenEndpoint(
            PlatformErrors::wrongShape(response, WireFamily::DingTalk,
                                       ParserText::tr("The token answer has no usable expireIn"),
                                       requestId),
            WireFamily::DingTalk);
    token.expiresInSeconds = *expire;
    return token;
}
