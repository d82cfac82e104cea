#include "FaultPlan.h"

void FaultPlan::add(const SimFault &fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

bool FaultPlan::matches(const SimFault &fault, SimEndpoint endpoint, const QString &taskId)
{
    const QString &target = fault.endpoint;
    const bool endpointMatches =
        target.isEmpty() || target == QLatin1String("*") ||
        target == SimEndpoints::name(endpoint) ||
        SimEndpoints::familyFromName(target) == std::optional(SimEndpoints::family(endpoint));
    return endpointMatches && (fault.taskId.isEmpty() || fault.taskId == taskId);
}

std::optional<SimFault> FaultPlan::take(SimEndpoint endpoint, const QString &taskId)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &f = m_faults[i];
        if (!matches(f, endpoint, taskId))
            continue;
        const SimFault served = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        ++m_served;
        return served;
    }
    return std::nullopt;
}
