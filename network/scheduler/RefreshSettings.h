#pragma once

#include <QtGlobal>

// The user's knobs for polling.
struct RefreshSettings
{
    qint64 minIntervalMs = 2000;
    qint64 maxIntervalMs = 60000;
    // A task that reports no progress can only be caught by looking; this caps how stale it
    // may get while nothing is known about how long its kind takes. Looks w apart see a finish
    // 0.95 w late at the 95th percentile: 15.5 s keeps that under 15 s, a scheduler tick included.
    qint64 noProgressMaxIntervalMs = 15500;
    // The same cap once finished tasks of its kind and account tell when it is likely to end:
    // early in that distribution a finish is unlikely, and a longer wait there buys calls.
    qint64 learnedNoProgressMaxIntervalMs = 20000;
    // How many calls one second less delay between a finish and its display is worth: where a
    // look is aimed when the finish time is uncertain, and how densely a task without progress
    // is checked where its kind usually ends.
    double callsPerSecondOfDelay = 0.125;
    qint64 reportIntervalMs = 10 * 60 * 1000; // report queries change slowly and are metered
    int maxInFlightPerHost = 4;
    // Below this share of the monthly budget left, intervals stretch in proportion.
    double budgetLowFraction = 0.2;

    friend bool operator==(const RefreshSettings &, const RefreshSettings &) = default;
};
