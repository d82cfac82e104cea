#pragma once

#include "RecordedRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <deque>

// Counts requests by endpoint and account (and how many were rate-limited), and keeps the last
// few requests.
class RequestLog final
{
public:
    void record(const RecordedRequest &request);
    void reset();
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    int received() const;
    int received(const QString &endpoint) const;
    int received(const QString &endpoint, const QString &account) const;
    int rateLimited() const;
    int rateLimited(const QString &endpoint) const;
    int rateLimited(const QString &endpoint, const QString &account) const;

    QList<RecordedRequest> recent() const;
    QJsonObject statsJson() const;
    QJsonObject recentJson() const;

private:
    struct Counter
    {
        int received = 0;
        int rateLimited = 0;
    };

    QMap<QString, QMap<QString, Counter>> m_counters;
    std::deque<RecordedRequest> m_recent;
    int m_capacity = 200;
};
