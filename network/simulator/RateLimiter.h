#pragma once

#include "SimEndpoint.h"

#include <QHash>
#include <QString>

#include <deque>

// The platforms' own per-(endpoint, app) limits: a sliding one-second window of admitted calls.
class RateLimiter final
{
public:
    RateLimiter();

    // 0 disables the limit.
    void setLimit(SimEndpoint endpoint, int perSecond);
    int limit(SimEndpoint endpoint) const;
    void resetLimits();
    // Admits and records the call, or returns false and the whole seconds until a slot frees.
    bool tryAcquire(SimEndpoint endpoint, const QString &appId, qint64 nowMs, int *resetSecs);
    void clearWindows() { m_windows.clear(); }

private:
    QHash<int, int> m_limits;
    QHash<QString, std::deque<qint64>> m_windows;
};
