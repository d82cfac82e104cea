#include "network/transport/ConnectivityMonitor.h"

#include "models/domain/Clock.h"

#include <QUrl>

#include <algorithm>

ConnectivityMonitor::ConnectivityMonitor(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

QString ConnectivityMonitor::originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(defaultPort));
}

void ConnectivityMonitor::recordAnswer(const QString &origin)
{
    auto it = m_origins.find(origin);
    if (it == m_origins.end())
        return;
    const bool wasOffline = it->offline;
    m_origins.erase(it);
    if (wasOffline)
        emit onlineChanged(origin, true);
}

void ConnectivityMonitor::recordFailure(const QString &origin, const QString &caller)
{
    OriginState &state = m_origins[origin];
    if (state.offline)
        return; // probeFinished() decides when to try again
    ++state.failures;
    state.callers.insert(caller);
    if (state.failures < m_failuresToGoOffline || state.callers.size() < m_distinctCallers)
        return;
    state.offline = true;
    state.probeIntervalMs = m_firstProbeMs / 2; // the first probeFinished() doubles it
    state.nextProbeAtMs = m_clock.nowMs() + m_firstProbeMs;
    state.probes = 0;
    emit onlineChanged(origin, false);
}

bool ConnectivityMonitor::isOnline(const QString &origin) const
{
    const auto it = m_origins.constFind(origin);
    return it == m_origins.cend() || !it->offline;
}

QStringList ConnectivityMonitor::offlineOrigins() const
{
    QStringList result;
    for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
        if (it->offline)
            result << it.key();
    }
    result.sort();
    return result;
}

bool ConnectivityMonitor::mayProbe(const QString &origin) const
{
    return msUntilProbe(origin) == 0;
}

void ConnectivityMonitor::probeSent(const QString &origin)
{
    auto it = m_origins.find(origin);
    if (it != m_origins.end() && it->offline) {
        it->probeInFlight = true;
        ++it->probes;
    }
}

void ConnectivityMonitor::probeFinished(const QString &origin)
{
    auto it = m_origins.find(origin);
    if (it == m_origins.end() || !it->offline)
        return;
    // Still offline after the probe: wait longer before the next one.
    it->probeInFlight = false;
    it->probeIntervalMs = std::min(m_maxProbeMs, std::max(m_firstProbeMs, it->probeIntervalMs * 2));
    it->nextProbeAtMs = m_clock.nowMs() + it->probeIntervalMs;
}

qint64 ConnectivityMonitor::msUntilProbe(const QString &origin) const
{
    const auto it = m_origins.constFind(origin);
    if (it == m_origins.cend() || !it->offline)
        return -1;
    if (it->probeInFlight)
        return it->probeIntervalMs; // the probe's own outcome re-arms the wait
    return std::max<qint64>(0, it->nextProbeAtMs - m_clock.nowMs());
}

void ConnectivityMonitor::setFailuresToGoOffline(int failures, int distinctCallers)
{
    m_failuresToGoOffline = std::max(1, failures);
    m_distinctCallers = std::max(1, distinctCallers);
}

void ConnectivityMonitor::setProbeBackoff(qint64 firstMs, qint64 maxMs)
{
    m_firstProbeMs = std::max<qint64>(1, firstMs);
    m_maxProbeMs = std::max(m_firstProbeMs, maxMs);
}
