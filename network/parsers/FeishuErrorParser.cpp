#include "network/parsers/FeishuErrorParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"

#include <QJsonArray>

namespace {

using Category = ApiError::Category;

bool isTokenRejection(qint64 code)
{
    switch (code) {
    case 99991661: // token missing
    case 99991663: // token invalid, or this API does not take a tenant token
    case 99991664:
    case 99991665:
    case 99991671: // token malformed
        return true;
    default:
        return false;
    }
}

Category classify(const QString &codeText, int httpStatus)
{
    bool numeric = false;
    const qint64 code = codeText.toLongLong(&numeric);
    if (numeric) {
        if (isTokenRejection(code))
            return Category::TokenRejected;
        if (code == 99991672 || code == 99991676)
            return Category::PermissionDenied;
        if (code == 99991403)
            return Category::QuotaExhausted;
        if (code == 99991401)
            return Category::IpNotAllowed;
        if (code == 99991400)
            return Category::RateLimited;
        if (code == 1061003)
            return Category::NotFound;
        if (code == 1061001)
            return Category::ServerError;
    }
    if (httpStatus == 429)
        return Category::RateLimited;
    if (httpStatus == 404)
        return Category::NotFound;
    if (httpStatus >= 500)
        return Category::ServerError;
    return Category::Rejected;
}

// Newer APIs name the missing scopes in error.permission_violations; older ones only in msg.
QString missingScope(const QJsonObject &body, const QString &message)
{
    const QJsonArray violations = body.value(QLatin1String("error"))
                                      .toObject()
                                      .value(QLatin1String("permission_violations"))
                                      .toArray();
    QStringList scopes;
    for (const QJsonValue &violation : violations) {
        const QString subject = violation.toObject().value(QLatin1String("subject")).toString();
        if (!subject.isEmpty() && !scopes.contains(subject))
            scopes << subject;
    }
    if (!scopes.isEmpty())
        return scopes.join(QStringLiteral(", "));
    return PlatformErrors::scopeFromMessage(message);
}

QString codeTextOf(const QJsonObject &object)
{
    return WireJson::scalarText(object.value(QLatin1String("code"))).trimmed();
}

// error.field_violations: [{field, description}], said as "field: description; …".
QString fieldViolations(const QJsonObject &body)
{
    const QJsonArray violations = body.value(QLatin1String("error"))
                                      .toObject()
                                      .value(QLatin1String("field_violations"))
                                      .toArray();
    QStringList parts;
    for (const QJsonValue &violation : violations) {
        const QJsonObject object = violation.toObject();
        const QString field = WireJson::scalarText(object.value(QLatin1String("field")));
        const QString description =
            WireJson::scalarText(object.value(QLatin1String("description")));
        if (field.isEmpty() && description.isEmpty())
            continue;
        parts << (description.isEmpty() ? field
                  : field.isEmpty()     ? description
                                        : field + QStringLiteral(": ") + description);
    }
    return parts.join(QStringLiteral("; "));
}

// error.troubleshooter: the platform's own page for this failure, for http(s) links only.
QString troubleshooterLink(const QJsonObject &body)
{
    const QString text = WireJson::scalarText(
        body.value(QLatin1String("error")).toObject().value(QLatin1String("troubleshooter")));
    // Some answers wrap the link in prose ("排查建议查看(Troubleshooting suggestions): https://…").
    const qsizetype at = text.indexOf(QLatin1String("http"));
    if (at < 0)
        return {};
    QString link = text.mid(at).trimmed();
    const qsizetype space = link.indexOf(QLatin1Char(' '));
    if (space > 0)
        link.truncate(space);
    return link.startsWith(QLatin1String("https://")) || link.startsWith(QLatin1String("http://"))
               ? link
               : QString();
}

} // namespace

namespace PlatformErrors {

QString feishuRequestId(const HttpResponse &response, const QJsonObject &object)
{
    const QString header = QString::fromLatin1(response.header("X-Tt-Logid")).trimmed();
    if (!header.isEmpty())
        return header;
    return WireJson::scalarText(
        object.value(QLatin1String("error")).toObject().value(QLatin1String("log_id")));
}

std::optional<ApiError> feishuFailure(const HttpResponse &response, const WireJson::Body &body)
{
    if (body.shape != WireJson::Body::Shape::Object)
        return unreadableBody(response, body, WireFamily::Feishu);
    const QString code = codeTextOf(body.object);
    if (code == QLatin1String("0") || (code.isEmpty() && response.status < 400))
        return std::nullopt;
    return feishuError(response, body);
}

ApiError feishuError(const HttpResponse &response, const WireJson::Body &body)
{
    if (body.shape != WireJson::Body::Shape::Object)
        return unreadableBody(response, body, WireFamily::Feishu);

    const QJsonObject &object = body.object;
    ApiError error;
    error.httpStatus = response.status;
    error.requestId = feishuRequestId(response, object);
    const QString message = WireJson::scalarText(object.value(QLatin1String("msg")));
    QString code = codeTextOf(object);
    if (code == QLatin1String("0"))
        code.clear(); // "success" in a failed answer: judge by the HTTP status alone

    if (code.isEmpty()) {
        // A JSON answer without an error code: only the HTTP status says what happened.
        error.category = classify(code, response.status);
        if (error.category == Category::Rejected)
            error.category = Category::InvalidResponse;
        error.message =
            !message.isEmpty()
                ? message
                : ParserText::tr("The platform answered with an error status but no error code");
        error.bodyExcerpt = WireJson::excerpt(response.body);
    } else {
        error.code = code;
        error.category = classify(code, response.status);
        error.message =
            !message.isEmpty()
                ? message
                : ParserText::tr("The platform answered with code %1 and no message").arg(code);
    }
    if (error.category == Category::RateLimited)
        error.retryAfterMs = retryAfterFromHeaders(response);
    if (const QString fields = fieldViolations(object); !fields.isEmpty())
        error.message += QStringLiteral(" (") + fields + QLatin1Char(')');
    // Violated scopes are named whatever the code, so the user sees what to grant.
    const QString scopes = missingScope(object, message);
    const bool namesScopes = error.category == Category::PermissionDenied ||
                             object.value(QLatin1String("error"))
                                 .toObject()
                                 .contains(QLatin1String("permission_violations"));
    if (namesScopes && error.category != Category::TokenRejected)
        error.category = Category::PermissionDenied;
    addHint(error, WireFamily::Feishu, namesScopes ? scopes : QString());
    if (const QString link = troubleshooterLink(object); !link.isEmpty())
        error.hint += QLatin1Char(' ') + ParserText::tr("The platform's advice: %1").arg(link);
    return error;
}

} // namespace PlatformErrors

ApiError parseFeishuError(const HttpResponse &response)
{
    return PlatformErrors::feishuError(response, WireJson::readBody(response.body));
}
