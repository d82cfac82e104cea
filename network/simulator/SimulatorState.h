#pragma once

#include "FaultPlan.h"
#include "RateLimiter.h"
#include "ReportBook.h"
#include "RequestLog.h"
#include "SimApp.h"
#include "SimulatorClock.h"
#include "TaskStore.h"
#include "TokenStore.h"

#include <QList>

// Everything the simulated platforms know and remember, shared by the endpoint handlers.
struct SimulatorState
{
    SimulatorClock clock;
    QList<SimApp> apps;
    TokenStore tokens;
    TaskStore tasks;
    ReportBook reports;
    RateLimiter limits;
    FaultPlan faults;
    RequestLog log;

    const SimApp *findApp(SimFamily family, const QString &appId) const
    {
        for (const SimApp &a : apps) {
            if (a.family == family && a.appId == appId)
                return &a;
        }
        return nullptr;
    }
};
