#pragma once

#include "models/domain/ApiCallRecord.h"

#include <QList>
#include <QString>

// The most recent requests of all watched tasks, kept in memory for the detail pane's request
// log: one ring of `capacity` records shared by every task, so memory stays the same whether
// ten tasks are watched for weeks or ten thousand for an hour.
class RequestLogBook final
{
public:
    explicit RequestLogBook(qsizetype capacity = 10000);

    // Ignores records that belong to no task (token requests).
    void append(const ApiCallRecord &record);
    // The task's records still in the ring, oldest first.
    QList<ApiCallRecord> records(const QString &taskKey) const;
    // Forgets a removed task's records.
    void remove(const QString &taskKey);
    qsizetype size() const { return m_ring.size(); }
    qsizetype capacity() const { return m_capacity; }

private:
    qsizetype m_capacity;
    QList<ApiCallRecord> m_ring;
    qsizetype m_oldest = 0; // where the next record goes once the ring is full
};
