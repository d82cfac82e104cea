#pragma once

#include "SimEndpoint.h"
#include "SimFault.h"

#include <QList>

#include <optional>

// Faults waiting to be served, first added first matched.
class FaultPlan final
{
public:
    void add(const SimFault &fault);
    // Consumes one use of the first fault that matches the endpoint and task id.
    std::optional<SimFault> take(SimEndpoint endpoint, const QString &taskId);
    void clear() { m_faults.clear(); }
    QList<SimFault> pending() const { return m_faults; }
    int served() const { return m_served; }

private:
    static bool matches(const SimFault &fault, SimEndpoint endpoint, const QString &taskId);

    QList<SimFault> m_faults;
    int m_served = 0;
};
