#include "models/csv/CsvProgress.h"

#include <algorithm>
#include <utility>

CsvProgress::CsvProgress(CsvProgressCallback callback, qint64 interval)
    : m_callback(std::move(callback))
    , m_interval(std::max<qint64>(1, interval))
{}

bool CsvProgress::start(qint64 total)
{
    m_total = std::max<qint64>(0, total);
    m_done = 0;
    return report();
}

bool CsvProgress::advance()
{
    ++m_done;
    if (m_done % m_interval != 0)
        return !m_cancelled;
    return report();
}

bool CsvProgress::finish()
{
    if (m_reported == m_done && m_total == m_done)
        return !m_cancelled;
    return report();
}

bool CsvProgress::report()
{
    if (m_cancelled)
        return false;
    // A live model may grow while it is exported; never report more done than total.
    m_total = std::max(m_total, m_done);
    m_reported = m_done;
    if (m_callback && !m_callback(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}
