#pragma once

#include "models/domain/ApiCallRecord.h"

#include <QAbstractTableModel>
#include <QList>

// A task's request log as a table, newest first: time, endpoint, HTTP status, platform code,
// latency, request id and what came of it.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        EndpointColumn,
        HttpStatusColumn,
        PlatformCodeColumn,
        LatencyColumn,
        RequestIdColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role {
        OkRole = Qt::UserRole + 1, // bool: the attempt succeeded
    };

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Oldest first, as the log book keeps them.
    void setRecords(const QList<ApiCallRecord> &records);
    const ApiCallRecord &record(int row) const;

private:
    QList<ApiCallRecord> m_records; // newest first
};
