#include "network/parsers/PlatformErrors.h"

#include "network/parsers/ParserText.h"

#include <QRegularExpression>

#include <cmath>

namespace PlatformErrors {

namespace {

// A platform asking for more than a day is not asking for a retry.
constexpr double kMaxRetryAfterSeconds = 86400;

QString platformName(WireFamily family)
{
    return family == WireFamily::Feishu ? ParserText::tr("Feishu / Lark")
                                        : ParserText::tr("DingTalk");
}

QString requestIdFromHeaders(const HttpResponse &response, WireFamily family)
{
    if (family == WireFamily::Feishu)
        return QString::fromLatin1(response.header("X-Tt-Logid")).trimmed();
    QString id = QString::fromLatin1(response.header("x-acs-request-id")).trimmed();
    if (id.isEmpty())
        id = QString::fromLatin1(response.header("x-acs-trace-id")).trimmed();
    return id;
}

// Masks the value of every token field in `text` with '*', also when the text is cut short.
// Masking in place keeps the excerpt's length and every other byte as received.
QByteArray redactTokens(QByteArray text)
{
    static const char *const kTokenKeys[] = {"\"tenant_access_token\"", "\"app_access_token\"",
                                             "\"access_token\"", "\"accessToken\""};
    for (const char *key : kTokenKeys) {
        qsizetype from = 0;
        while ((from = text.indexOf(key, from)) >= 0) {
            qsizetype p = from + qsizetype(qstrlen(key));
            while (p < text.size() &&
                   (text.at(p) == ' ' || text.at(p) == ':' || text.at(p) == '\n' ||
                    text.at(p) == '\t' || text.at(p) == '\r'))
                ++p;
            if (p >= text.size() || text.at(p) != '"') {
                from = p;
                continue;
            }
            qsizetype end = p + 1;
            while (end < text.size() && text.at(end) != '"')
                text[end++] = '*';
            from = end;
        }
    }
    return text;
}

} // namespace

ApiError unreadableBody(const HttpResponse &response, const WireJson::Body &body, WireFamily family)
{
    ApiError error;
    error.httpStatus = response.status;
    if (response.status >= 500)
        error.category = ApiError::Category::ServerError;
    else if (response.status == 429)
        error.category = ApiError::Category::RateLimited;
    else
        error.category = ApiError::Category::InvalidResponse;
    // The status is not repeated here: ApiError::summary() adds it with the request id.
    error.message = body.problem;
    if (response.status == 404) {
        // A gateway's own "404 page not found" (text/plain): the address is wrong, which no
        // retry mends; the task itself was never asked about.
        error.category = ApiError::Category::Rejected;
        error.message = ParserText::tr("The server does not know this address (%1): it is not "
                                       "an answer of the platform's API")
                            .arg(body.problem);
        error.requestId = requestIdFromHeaders(response, family);
        error.bodyExcerpt = WireJson::excerpt(response.body);
        error.hint = ParserText::tr("Check the account's server address (and any gateway or "
                                    "proxy in between): the API paths are not found there.");
        return error;
    }
    error.requestId = requestIdFromHeaders(response, family);
    error.bodyExcerpt = WireJson::excerpt(response.body);
    const QByteArray text = response.body.trimmed();
    const bool looksLikeMarkupOrJson =
        text.startsWith('<') || text.startsWith('{') || text.startsWith('[');
    if (response.status >= 500 && !looksLikeMarkupOrJson) {
        // A proxy or load balancer in front of the platform failed with a line of plain text
        // (HTML pages and broken JSON are named as such by the reader): say so, in its own
        // words, rather than "not valid JSON".
        const QString said = QString::fromUtf8(text.left(160)).simplified();
        error.message =
            said.isEmpty()
                ? ParserText::tr("The server failed before %1 could answer, and sent no text")
                      .arg(platformName(family))
                : ParserText::tr("The server failed before %1 could answer: “%2”")
                      .arg(platformName(family), said);
    }
    if (error.category == ApiError::Category::RateLimited) {
        error.retryAfterMs = retryAfterFromHeaders(response);
        if (error.retryAfterMs < 0 && family == WireFamily::DingTalk)
            error.retryAfterMs = 1000; // DingTalk's limits are per second
    }
    addHint(error, family, {}, family == WireFamily::DingTalk && response.status == 403);
    return error;
}

ApiError wrongShape(const HttpResponse &response, WireFamily family, const QString &message,
                    const QString &requestId)
{
    ApiError error;
    error.category = ApiError::Category::InvalidResponse;
    error.httpStatus = response.status;
    error.message = message;
    error.requestId = requestId.isEmpty() ? requestIdFromHeaders(response, family) : requestId;
    error.bodyExcerpt = WireJson::excerpt(response.body);
    addHint(error, family);
    return error;
}

void addHint(ApiError &error, WireFamily family, const QString &scope, bool possibleIpBan)
{
    using Category = ApiError::Category;
    const QString platform = platformName(family);
    switch (error.category) {
    case Category::TokenRejected:
        error.hint =
            ParserText::tr(
                "%1 rejected the access token. It is renewed once automatically; if this keeps "
                "happening, check the app ID and app secret of this account and that the app has "
                "the permissions this API needs.")
                .arg(platform);
        break;
    case Category::AuthFailed:
        error.hint = ParserText::tr("Check the app ID and app secret of this account, and the "
                                    "app's permissions in the %1 developer console.")
                         .arg(platform);
        break;
    case Category::PermissionDenied:
        error.hint =
            scope.isEmpty()
                ? ParserText::tr("The app lacks a permission this API needs. Grant it in the %1 "
                                 "developer console (and publish a new app version), then try "
                                 "again.")
                      .arg(platform)
                : ParserText::tr("The app lacks the permission %1. Grant it in the %2 developer "
                                 "console (and publish a new app version), then try again.")
                      .arg(scope, platform);
        break;
    case Category::QuotaExhausted:
        error.hint =
            ParserText::tr(
                "The organisation's monthly API call quota on %1 is used up. Calls work again next "
                "month or after upgrading the plan; until then polling is paused.")
                .arg(platform);
        break;
    case Category::IpNotAllowed:
        error.hint =
            ParserText::tr("This computer's public IP address is not on the app's IP allow list. "
                           "Add it in the "
                           "%1 developer console, or run the monitor from an allowed address.")
                .arg(platform);
        break;
    case Category::RateLimited:
        error.hint =
            error.retryAfterMs >= 0
                ? ParserText::tr("%1 limits how often this API may be called. The request will "
                                 "be retried automatically in %2 s.")
                      .arg(platform)
                      .arg(static_cast<int>(std::ceil(error.retryAfterMs / 1000.0)))
                : ParserText::tr("%1 limits how often this API may be called. The request will "
                                 "be retried automatically shortly.")
                      .arg(platform);
        break;
    case Category::NotFound:
        error.hint = ParserText::tr("Check the task ID, and that the task belongs to this "
                                    "account's organisation and app.");
        break;
    case Category::ServerError:
        error.hint = ParserText::tr("%1 had an internal problem. The request will be retried "
                                    "automatically; if it persists, quote the request ID to "
                                    "the platform's support.")
                         .arg(platform);
        break;
    case Category::Rejected:
        error.hint = ParserText::tr("%1 refused the request. Check the task ID and the account "
                                    "settings; if it persists, quote the code and the request "
                                    "ID to the platform's support.")
                         .arg(platform);
        break;
    case Category::InvalidResponse:
        error.hint =
            possibleIpBan
                ? ParserText::tr("DingTalk answers like this when it blocks the caller's IP "
                                 "address: check the app's IP allow list and whether this "
                                 "network is banned, then quote the request ID to DingTalk "
                                 "support.")
                : ParserText::tr("The answer could not be understood. Check the account's "
                                 "server address and any proxy in between; if it persists, "
                                 "quote the request ID to the platform's support.");
        break;
    default:
        break;
    }
}

ApiError forTokenEndpoint(ApiError error, WireFamily family)
{
    using Category = ApiError::Category;
    if (error.category == Category::Rejected || error.category == Category::TokenRejected ||
        error.category == Category::PermissionDenied) {
        error.category = Category::AuthFailed;
        addHint(error, family);
    }
    error.bodyExcerpt = redactTokens(error.bodyExcerpt);
    return error;
}

int retryAfterFromHeaders(const HttpResponse &response)
{
    for (const char *name : {"x-ogw-ratelimit-reset", "Retry-After"}) {
        bool ok = false;
        const double seconds = QString::fromLatin1(response.header(name)).trimmed().toDouble(&ok);
        if (ok && std::isfinite(seconds) && seconds >= 0 && seconds <= kMaxRetryAfterSeconds)
            return static_cast<int>(std::ceil(seconds * 1000));
    }
    return -1;
}

QString scopeFromMessage(const QString &message)
{
    static const QRegularExpression brackets(QStringLiteral("\\[([^\\[\\]]{1,300})\\]"));
    const QRegularExpressionMatch match = brackets.match(message);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {QJsonValue::Undefined};
}

} // namespace PlatformErrors
