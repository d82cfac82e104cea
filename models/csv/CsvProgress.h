#pragma once

#include <QtGlobal>

#include <functional>

// Called with the data rows written so far and the rows to write; returning false cancels the
// export. A GUI passes a lambda that updates a QProgressDialog and returns !wasCanceled().
using CsvProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Counts written rows, reports them every few rows and remembers a cancel request, so every
// exporter reports and cancels the same way.
class CsvProgress final
{
public:
    explicit CsvProgress(CsvProgressCallback callback, qint64 interval = 500);

    // Announces the row count and reports 0 of it. False when the callback cancelled.
    bool start(qint64 total);
    // Counts one written row. False when the callback cancelled.
    bool advance();
    // Reports the final count unless it was just reported. False when the callback cancelled at
    // the last moment.
    bool finish();

    bool isCancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    bool report();

    CsvProgressCallback m_callback;
    qint64 m_interval = 500;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_reported = -1;
    bool m_cancelled = false;
};
