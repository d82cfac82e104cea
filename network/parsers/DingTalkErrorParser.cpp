#include "network/parsers/DingTalkErrorParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"

#include <QJsonArray>

namespace {

using Category = ApiError::Category;

bool codeIs(const QString &code, const char *name)
{
    return code.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

Category classify(const QString &code, int httpStatus)
{
    if (codeIs(code, "InvalidAuthentication") ||
        code.startsWith(QLatin1String("AuthenticationFailed"), Qt::CaseInsensitive))
        return Category::TokenRejected;
    if (code.contains(QLatin1String("QpsLimit"), Qt::CaseInsensitive))
        return Category::RateLimited;
    if (code.contains(QLatin1String("ApiCountLimitForOrg"), Qt::CaseInsensitive))
        return Category::QuotaExhausted;
    if (code.contains(QLatin1String("IpNotInWhiteList"), Qt::CaseInsensitive) ||
        code.contains(QLatin1String("IP"), Qt::CaseSensitive))
        return Category::IpNotAllowed;
    if (code.startsWith(QLatin1String("Forbidden"), Qt::CaseInsensitive))
        return Category::PermissionDenied;
    if (codeIs(code, "invalidClientIdOrSecret"))
        return Category::AuthFailed;
    if (codeIs(code, "taskNotExist") || httpStatus == 404)
        return Category::NotFound;
    if (codeIs(code, "systemError") || codeIs(code, "unknownError") ||
        codeIs(code, "operationTimeout") || httpStatus >= 500)
        return Category::ServerError;
    if (httpStatus == 429)
        return Category::RateLimited;
    return Category::Rejected;
}

QString codeTextOf(const QJsonObject &object)
{
    return WireJson::scalarText(PlatformErrors::valueIgnoringCase(object, QLatin1String("code")))
        .trimmed();
}

// The old-style gateway (and a wrong path on the new one) answers HTTP 200 with
// {"errcode": N, "errmsg": "..."}; 0 is success. Empty when there is no such failure.
QString errcodeOf(const QJsonObject &object)
{
    const QString code =
        WireJson::scalarText(PlatformErrors::valueIgnoringCase(object, QLatin1String("errcode")))
            .trimmed();
    return code == QLatin1String("0") ? QString() : code;
}

Category classifyErrcode(const QString &errcode)
{
    bool numeric = false;
    const qint64 code = errcode.toLongLong(&numeric);
    if (!numeric)
        return Category::Rejected;
    switch (code) {
    case 40001: // invalid credential
    case 40014: // invalid access_token
    case 41001: // access_token missing
    case 42001: // access_token expired
        return Category::TokenRejected;
    case 90018: // too many calls
        return Category::RateLimited;
    case -1: // system busy
        return Category::ServerError;
    default:
        return Category::Rejected;
    }
}

// A 403 names the scopes it wanted in accessdenieddetail.requiredScopes, or in the message.
QString missingScope(const QJsonObject &body, const QString &message)
{
    const QJsonObject detail =
        PlatformErrors::valueIgnoringCase(body, QLatin1String("accessdenieddetail")).toObject();
    const QJsonArray required =
        PlatformErrors::valueIgnoringCase(detail, QLatin1String("requiredScopes")).toArray();
    QStringList scopes;
    for (const QJsonValue &scope : required) {
        const QString name = WireJson::scalarText(scope);
        if (!name.isEmpty())
            scopes << name;
    }
    if (!scopes.isEmpty())
        return scopes.join(QStringLiteral(", "));
    return PlatformErrors::scopeFromMessage(message);
}

} // namespace

namespace PlatformErrors {

QString dingTalkRequestId(const HttpResponse &response, const QJsonObject &object)
{
    QString id = WireJson::scalarText(valueIgnoringCase(object, QLatin1String("requestid")));
    if (id.isEmpty())
        id = QString::fromLatin1(response.header("x-acs-request-id")).trimmed();
    if (id.isEmpty())
        id = QString::fromLatin1(response.header("x-acs-trace-id")).trimmed();
    return id;
}

std::optional<ApiError> dingTalkFailure(const HttpResponse &response, const WireJson::Body &body)
{
    if (body.shape != WireJson::Body::Shape::Object)
        return unreadableBody(response, body, WireFamily::DingTalk);
    if (codeTextOf(body.object).isEmpty() && errcodeOf(body.object).isEmpty() &&
        response.status < 400)
        return std::nullopt;
    return dingTalkError(response, body);
}

ApiError dingTalkError(const HttpResponse &response, const WireJson::Body &body)
{
    if (body.shape != WireJson::Body::Shape::Object)
        return unreadableBody(response, body, WireFamily::DingTalk);

    const QJsonObject &object = body.object;
    ApiError error;
    error.httpStatus = response.status;
    error.requestId = dingTalkRequestId(response, object);
    error.code = codeTextOf(object);
    const QString message =
        WireJson::scalarText(valueIgnoringCase(object, QLatin1String("message")));
    error.category = classify(error.code, response.status);

    if (error.code.isEmpty()) {
        if (const QString errcode = errcodeOf(object); !errcode.isEmpty()) {
            error.code = errcode;
            error.category = classifyErrcode(errcode);
            const QString errmsg =
                WireJson::scalarText(valueIgnoringCase(object, QLatin1String("errmsg")));
            error.message = !errmsg.isEmpty()
                                ? errmsg
                                : ParserText::tr("The platform answered with errcode %1 and no "
                                                 "message")
                                      .arg(errcode);
            error.bodyExcerpt = WireJson::excerpt(response.body);
            if (error.category == Category::RateLimited)
                error.retryAfterMs = 1000;
            addHint(error, WireFamily::DingTalk);
            if (errcode == QLatin1String("404"))
                error.hint = ParserText::tr(
                    "The DingTalk gateway does not know this address: check the account's "
                    "server address (and any proxy in between).");
            return error;
        }
    }

    bool possibleIpBan = false;
    if (error.code.isEmpty()) {
        // DingTalk bans an IP with a JSON blob without a code: the status is all there is.
        if (error.category == Category::Rejected)
            error.category = Category::InvalidResponse;
        possibleIpBan = response.status == 403;
        error.message =
            !message.isEmpty()
                ? message
                : ParserText::tr("The platform answered with an error status but no error code");
        error.bodyExcerpt = WireJson::excerpt(response.body);
    } else {
        error.message = !message.isEmpty()
                            ? message
                            : ParserText::tr("The platform answered with code %1 and no message")
                                  .arg(error.code);
    }
    if (error.category == Category::RateLimited) {
        error.retryAfterMs = retryAfterFromHeaders(response);
        if (error.retryAfterMs < 0)
            error.retryAfterMs = 1000; // the QPS limits are per second: wait about one
    }
    addHint(error, WireFamily::DingTalk,
            error.category == Category::PermissionDenied ? missingScope(object, message)
                                                         : QString(),
            possibleIpBan);
    return error;
}

} // namespace PlatformErrors

ApiError parseDingTalkError(const HttpResponse &response)
{
    return PlatformErrors::dingTalkError(response, WireJson::readBody(response.body));
}
