#include "network/transport/RequestRateLimiter.h"

#include <algorithm>

namespace {

// The platform counts arrivals, we count departures; network jitter can squeeze two departures
// a window apart into less than a window at the other end.
constexpr qint64 kJitterMarginMs = 60;

} // namespace

RequestRateLimiter::RequestRateLimiter(const Clock &clock, int callsPerWindow, qint64 windowMs)
    : m_clock(clock)
    , m_limit(std::max(1, callsPerWindow))
    , m_windowMs(windowMs)
{}

qint64 RequestRateLimiter::waitMs() const
{
    const qint64 now = m_clock.nowMs();
    qint64 at = std::max(now, m_heldUntil);
    if (static_cast<int>(m_slots.size()) >= m_limit) {
        const qint64 oldestInWindow = m_slots[m_slots.size() - static_cast<size_t>(m_limit)];
        at = std::max(at, oldestInWindow + m_windowMs + kJitterMarginMs);
    }
    return at - now;
}

qint64 RequestRateLimiter::reserve()
{
    const qint64 now = m_clock.nowMs();
    const qint64 at = now + waitMs();
    m_slots.push_back(at);
    while (static_cast<int>(m_slots.size()) > m_limit)
        m_slots.pop_front();
    return at - now;
}

void RequestRateLimiter::holdFor(qint64 waitMs)
{
    m_heldUntil = std::max(m_heldUntil, m_clock.nowMs() + std::max<qint64>(0, waitMs));
}

void RequestRateLimiter::setCallsPerWindow(int limit)
{
    m_limit = std::max(1, limit);
    while (static_cast<int>(m_slots.size()) > m_limit)
        m_slots.pop_front();
    while (static_cast<int>(m_sent.size()) > m_limit)
        m_sent.pop_front();
}

qint64 RequestRateLimiter::sendWaitMs() const
{
    if (static_cast<int>(m_sent.size()) < m_limit)
        return 0;
    const qint64 oldestInWindow = m_sent[m_sent.size() - static_cast<size_t>(m_limit)];
    return std::max<qint64>(0, oldestInWindow + m_windowMs + kJitterMarginMs - m_clock.nowMs());
}

void RequestRateLimiter::recordSend()
{
    m_sent.push_back(m_clock.nowMs());
    while (static_cast<int>(m_sent.size()) > m_limit)
        m_sent.pop_front();
}
