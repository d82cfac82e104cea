#include "models/watchlist/RequestLogBook.h"

#include <algorithm>

RequestLogBook::RequestLogBook(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{}

void RequestLogBook::append(const ApiCallRecord &record)
{
    if (record.taskKey.isEmpty())
        return;
    if (m_ring.size() < m_capacity) {
        m_ring.append(record);
        return;
    }
    m_ring[m_oldest] = record;
    m_oldest = (m_oldest + 1) % m_capacity;
}

QList<ApiCallRecord> RequestLogBook::records(const QString &taskKey) const
{
    QList<ApiCallRecord> found;
    const qsizetype count = m_ring.size();
    for (qsizetype i = 0; i < count; ++i) {
        const ApiCallRecord &record = m_ring.at((m_oldest + i) % count);
        if (record.taskKey == taskKey)
            found.append(record);
    }
    return found;
}

void RequestLogBook::remove(const QString &taskKey)
{
    for (ApiCallRecord &record : m_ring) {
        if (record.taskKey == taskKey)
            record.taskKey.clear();
    }
}
