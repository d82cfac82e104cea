#include "RateLimiter.h"

RateLimiter::RateLimiter()
{
    resetLimits();
}

void RateLimiter::setLimit(SimEndpoint endpoint, int perSecond)
{
    m_limits.insert(int(endpoint), qMax(0, perSecond));
}

int RateLimiter::limit(SimEndpoint endpoint) const
{
    return m_limits.value(int(endpoint), 0);
}

void RateLimiter::resetLimits()
{
    for (const SimEndpoint e : SimEndpoints::all())
        m_limits.insert(int(e), SimEndpoints::defaultRateLimit(e));
}

bool RateLimiter::tryAcquire(SimEndpoint endpoint, const QString &appId, qint64 nowMs,
                             int *resetSecs)
{
    const int max = limit(endpoint);
    if (max <= 0)
        return true;
    std::deque<qint64> &window = m_windows[SimEndpoints::name(endpoint) + QLatin1Char('|') + appId];
    constexpr qint64 windowMs = 1000;
    while (!window.empty() && window.front() <= nowMs - windowMs)
        window.pop_front();
    if (qsizetype(window.size()) >= max) {
        if (resetSecs) {
            const qint64 waitMs = window.front() + windowMs - nowMs;
            *resetSecs = int(qMax<qint64>(1, (waitMs + 999) / 1000));
        }
        return false;
    }
    window.push_back(nowMs);
    return true;
}
