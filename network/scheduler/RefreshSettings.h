#pragma once

#include <QtGlobal>

// The user's knobs for polling.
struct RefreshSettings
{
    qint64 minIntervalMs = 2000;
    qint64 maxIntervalMs = 60000;
    // A task that reports no progress can only be caught by looking; this caps how stale it
    // may get.
    qint64 noProgressMaxIntervalMs = 20000;
    qint64 reportIntervalMs = 10 * 60 * 1000; // report queries change slowly and are metered
    int maxInFlightPerHost = 4;
    // Below this share of the monthly budget left, intervals stretch in proportion.
    double budgetLowFraction = 0.2;

    friend bool operator==(const RefreshSettings &, const RefreshSettings &) = default;
};
