#pragma once

#include "models/domain/ApiCallRecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;
class RequestLogModel;

// The current task's requests this session, newest first: time, endpoint, HTTP status,
// platform code, latency and request id. Ctrl+C (or the context menu) copies the selected
// rows, so the request id reaches the platform's support team intact.
class RequestLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogView(QWidget *parent = nullptr);

    void setRecords(const QList<ApiCallRecord> &records);
    void clear();

    RequestLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected rows as tab-separated text, a header line first.
    QString selectedText() const;

private:
    void copySelection() const;
    void copyRequestId() const;

    RequestLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
};
