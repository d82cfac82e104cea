#include "RequestLog.h"

#include <QJsonArray>

void RequestLog::record(const RecordedRequest &request)
{
    Counter &c = m_counters[request.endpoint][request.account];
    ++c.received;
    if (request.rateLimited)
        ++c.rateLimited;
    if (m_capacity <= 0)
        return;
    m_recent.push_back(request);
    while (qsizetype(m_recent.size()) > m_capacity)
        m_recent.pop_front();
}

void RequestLog::reset()
{
    m_counters.clear();
    m_recent.clear();
}

void RequestLog::setCapacity(int capacity)
{
    m_capacity = qMax(0, capacity);
    while (qsizetype(m_recent.size()) > m_capacity)
        m_recent.pop_front();
}

int RequestLog::received() const
{
    int sum = 0;
    for (const auto &byAccount : m_counters) {
        for (const Counter &c : byAccount)
            sum += c.received;
    }
    return sum;
}

int RequestLog::received(const QString &endpoint) const
{
    int sum = 0;
    for (const Counter &c : m_counters.value(endpoint))
        sum += c.received;
    return sum;
}

int RequestLog::received(const QString &endpoint, const QString &account) const
{
    return m_counters.value(endpoint).value(account).received;
}

int RequestLog::rateLimited() const
{
    int sum = 0;
    for (const auto &byAccount : m_counters) {
        for (const Counter &c : byAccount)
            sum += c.rateLimited;
    }
    return sum;
}

int RequestLog::rateLimited(const QString &endpoint) const
{
    int sum = 0;
    for (const Counter &c : m_counters.value(endpoint))
        sum += c.rateLimited;
    return sum;
}

int RequestLog::rateLimited(const QString &endpoint, const QString &account) const
{
    return m_counters.value(endpoint).value(account).rateLimited;
}

QList<RecordedRequest> RequestLog::recent() const
{
    return QList<RecordedRequest>(m_recent.begin(), m_recent.end());
}

QJsonObject RequestLog::statsJson() const
{
    QJsonObject endpoints;
    for (auto e = m_counters.cbegin(); e != m_counters.cend(); ++e) {
        QJsonObject accounts;
        int received = 0;
        int limited = 0;
        for (auto a = e->cbegin(); a != e->cend(); ++a) {
            accounts.insert(a.key(), QJsonObject{{QStringLiteral("received"), a->received},
                                                 {QStringLiteral("rate_limited"), a->rateLimited}});
            received += a->received;
            limited += a->rateLimited;
        }
        endpoints.insert(e.key(), QJsonObject{{QStringLiteral("received"), received},
                                              {QStringLiteral("rate_limited"), limited},
                                              {QStringLiteral("accounts"), accounts}});
    }
    return QJsonObject{{QStringLiteral("received"), received()},
                       {QStringLiteral("rate_limited"), rateLimited()},
                       {QStringLiteral("endpoints"), endpoints}};
}

QJsonObject RequestLog::recentJson() const
{
    QJsonArray items;
    for (const RecordedRequest &r : m_recent) {
        QJsonObject query;
        for (const auto &q : r.queryItems)
            query.insert(q.first, q.second);
        QJsonObject headers;
        for (const auto &h : r.headers)
            headers.insert(QString::fromLatin1(h.first.toLower()), QString::fromUtf8(h.second));
        items.append(QJsonObject{
            {QStringLiteral("at_ms"), r.atMs},
            {QStringLiteral("method"), QString::fromLatin1(r.method)},
            {QStringLiteral("path"), r.path},
            {QStringLiteral("query"), query},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(r.body)},
            {QStringLiteral("endpoint"), r.endpoint},
            {QStringLiteral("account"), r.account},
            {QStringLiteral("task_id"), r.taskId},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("rate_limited"), r.rateLimited},
            {QStringLiteral("fault"), r.fault},
        });
    }
    return QJsonObject{{QStringLiteral("requests"), items}};
}
