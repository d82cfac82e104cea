#include "models/domain/ApiError.h"

#include <QCoreApplication>
#include <QStringList>

bool ApiError::isTransient() const
{
    switch (category) {
    case Category::Network:
    case Category::Timeout:
    case Category::RateLimited:
    case Category::ServerError:
    case Category::TokenRejected:
        return true;
    case Category::InvalidResponse:
        // An HTML page from a gateway in trouble is transient; a 200 with a wrong shape is not.
        return httpStatus >= 500 || httpStatus == 0;
    default:
        return false;
    }
}

QString ApiError::summary() const
{
    QStringList details;
    if (!code.isEmpty())
        details << QCoreApplication::translate("ApiError", "code %1").arg(code);
    if (httpStatus > 0)
        details << QCoreApplication::translate("ApiError", "HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << QCoreApplication::translate("ApiError", "request id %1").arg(requestId);
    QString text = message.isEmpty() ? categoryDisplayName(category) : message;
    if (!context.isEmpty())
        text = context + QStringLiteral(": ") + text;
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QString ApiError::categoryId(Category category)
{
    switch (category) {
    case Category::Network:
        return QStringLiteral("network");
    case Category::Timeout:
        return QStringLiteral("timeout");
    case Category::InvalidResponse:
        return QStringLiteral("invalid_response");
    case Category::TokenRejected:
        return QStringLiteral("token_rejected");
    case Category::AuthFailed:
        return QStringLiteral("auth_failed");
    case Category::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Category::IpNotAllowed:
        return QStringLiteral("ip_not_allowed");
    case Category::RateLimited:
        return QStringLiteral("rate_limited");
    case Category::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case Category::NotFound:
        return QStringLiteral("not_found");
    case Category::ServerError:
        return QStringLiteral("server_error");
    case Category::Rejected:
        return QStringLiteral("rejected");
    case Category::Configuration:
        return QStringLiteral("configuration");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::categoryDisplayName(Category category)
{
    switch (category) {
    case Category::Network:
        return QCoreApplication::translate("ApiError", "Network error");
    case Category::Timeout:
        return QCoreApplication::translate("ApiError", "No answer in time");
    case Category::InvalidResponse:
        return QCoreApplication::translate("ApiError", "Unreadable answer");
    case Category::TokenRejected:
        return QCoreApplication::translate("ApiError", "Access token rejected");
    case Category::AuthFailed:
        return QCoreApplication::translate("ApiError", "Sign-in failed");
    case Category::PermissionDenied:
        return QCoreApplication::translate("ApiError", "Permission missing");
    case Category::IpNotAllowed:
        return QCoreApplication::translate("ApiError", "IP address not allowed");
    case Category::RateLimited:
        return QCoreApplication::translate("ApiError", "Rate limited");
    case Category::QuotaExhausted:
        return QCoreApplication::translate("ApiError", "Monthly call quota used up");
    case Category::NotFound:
        return QCoreApplication::translate("ApiError", "Not found");
    case Category::ServerError:
        return QCoreApplication::translate("ApiError", "Platform error");
    case Category::Rejected:
        return QCoreApplication::translate("ApiError", "Request rejected");
    case Category::Configuration:
        return QCoreApplication::translate("ApiError", "Configuration problem");
    case Category::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    }
    return {};
}
