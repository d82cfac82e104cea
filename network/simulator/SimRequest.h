#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request as it arrived, detached from the server (method, encoded and decoded path,
// decoded query items, headers in arrival order, body).
class SimRequest final
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using QueryItem = QPair<QString, QString>;

    SimRequest() = default;
    SimRequest(QByteArray method, QByteArray encodedPath, QByteArray encodedQuery,
               QList<Header> headers, QByteArray body);

    QByteArray method() const { return m_method; }
    QByteArray encodedPath() const { return m_encodedPath; }
    QString path() const;
    QByteArray encodedQuery() const { return m_encodedQuery; }
    QList<QueryItem> queryItems() const { return m_queryItems; }
    QList<Header> headers() const { return m_headers; }
    QByteArray body() const { return m_body; }

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    bool hasQueryItem(const QString &key) const;
    QString queryValue(const QString &key) const;
    QList<QByteArray> encodedPathSegments() const;

    static QString decodePathSegment(const QByteArray &encoded);
    // Query values decode '+' as a space, as the platforms' servers do.
    static QString decodeQueryComponent(const QByteArray &encoded);

private:
    QByteArray m_method;
    QByteArray m_encodedPath;
    QByteArray m_encodedQuery;
    QList<QueryItem> m_queryItems;
    QList<Header> m_headers;
    QByteArray m_body;
};
