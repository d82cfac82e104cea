#include "SimRequest.h"

SimRequest::SimRequest(QByteArray method, QByteArray encodedPath, QByteArray encodedQuery,
                       QList<Header> headers, QByteArray body)
    : m_method(std::move(method))
    , m_encodedPath(std::move(encodedPath))
    , m_encodedQuery(std::move(encodedQuery))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
{
    if (m_encodedQuery.isEmpty())
        return;
    const QList<QByteArray> pairs = m_encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray k = eq < 0 ? pair : pair.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        m_queryItems.append({decodeQueryComponent(k), decodeQueryComponent(v)});
    }
}

QString SimRequest::path() const
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(m_encodedPath));
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const Header &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SimRequest::hasHeader(const QByteArray &name) const
{
    for (const Header &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SimRequest::hasQueryItem(const QString &key) const
{
    for (const QueryItem &item : m_queryItems) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SimRequest::queryValue(const QString &key) const
{
    for (const QueryItem &item : m_queryItems) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QList<QByteArray> SimRequest::encodedPathSegments() const
{
    QByteArray p = m_encodedPath;
    if (p.startsWith('/'))
        p.remove(0, 1);
    return p.split('/');
}

QString SimRequest::decodePathSegment(const QByteArray &encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

QString SimRequest::decodeQueryComponent(const QByteArray &encoded)
{
    QByteArray plusAsSpace = encoded;
    plusAsSpace.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(plusAsSpace));
}
