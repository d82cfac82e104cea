#include "network/transport/BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace BaseUrlPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> check(const QUrl &url)
{
    ApiError error;
    error.category = ApiError::Category::Configuration;
    if (!url.isValid() || url.host().isEmpty()) {
        error.message =
            QCoreApplication::translate("BaseUrlPolicy", "The address %1 is not a valid URL.")
                .arg(url.toString());
        error.hint = QCoreApplication::translate("BaseUrlPolicy", "Check the account's base URL.");
        return error;
    }
    // A user name and password in the address would travel to every log, error and proxy that
    // sees the URL; a fragment would swallow the endpoint's path.
    if (!url.userInfo().isEmpty() || url.hasFragment()) {
        error.message =
            QCoreApplication::translate(
                "BaseUrlPolicy", "The address %1 holds a user name, a password or a \"#\" part, "
                                 "which an open-platform base URL never has.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment));
        error.hint = QCoreApplication::translate(
            "BaseUrlPolicy", "Use only the scheme and host as the base URL, e.g. "
                             "https://open.feishu.cn.");
        return error;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    error.message =
        QCoreApplication::translate("BaseUrlPolicy",
                                    "Refusing to send credentials over %1 to %2: only https is "
                                    "allowed, or http to this computer.")
            .arg(scheme, url.host());
    error.hint =
        QCoreApplication::translate("BaseUrlPolicy", "Use an https:// base URL for the account.");
    return error;
}

} // namespace BaseUrlPolicy
