#include "network/clients/EndpointUrl.h"

#include <QStringList>

namespace EndpointUrl {

QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QUrl build(const QString &baseUrl, const QString &pathTemplate, const QStringList &segments,
           const QList<std::pair<QString, QString>> &query)
{
    QByteArray url = baseUrl.toUtf8();
    while (url.endsWith('/'))
        url.chop(1);
    url += pathTemplate.toUtf8();
    for (const QString &segment : segments)
        url += '/' + encode(segment);
    char separator = '?';
    for (const auto &[key, value] : query) {
        url += separator + encode(key) + '=' + encode(value);
        separator = '&';
    }
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace EndpointUrl
