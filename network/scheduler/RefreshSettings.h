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
    // The same cap once finished tasks of its kind and account tell when it is likely to end
    // (also for a task with progress but no rate yet): inspection scheduling looks less often
    // where a finish is unlikely, never staler than a late finish. At 15.5 s the scheduler's
    // tick made some waits 15.75 s and saw the finishes just after a look late; with those, two
    // draws of five had 38 of 720 finishes late (36 allowed). 20 s saw 17 % of drive finishes
    // late (3.90 calls, p95 of all tasks 15.5 s); the lateness is better spent below.
    qint64 learnedNoProgressMaxIntervalMs = 15000;
    // A finish seen more than this after it happened is late: the p95 goal of the delay.
    qint64 lateDelayMs = 15000;
    // Share of the finishes of a task without progress, once its kind's durations are known,
    // that may be seen late: the earliest ones after the watch began. The waits until lateDelayMs
    // past them may be as long as the longest interval. Spent there, at the start, each second
    // of lateness delays every later look, so it buys the most calls: on durations spread
    // evenly, looks lateDelayMs apart, the first one long. Tasks with progress are seen within
    // 15 s; with a third of the tasks without progress, the 5 % of all finishes the p95 goal
    // allows late are 15 % of theirs. The share is taken from at most 50 learned durations, and
    // how many finishes come out late depends on the draw (one draw of 240 drive tasks has 30
    // that short, another 19): 11 % kept the p95 of all tasks under 15 s on every one of five
    // draws tried, 12 % did not.
    double noProgressLateShare = 0.11;
    // How many calls one second less delay between a finish and its display is worth: where a
    // look is aimed when the finish time is uncertain (its earliest plausible moment plus the
    // 1 / this seconds one call is worth, 10.5 s), and how densely a task without progress is
    // checked where its kind usually ends. At 0.125 (8 s) tasks with progress were seen 3 s after
    // their finish at the median and 9 s at the 95th percentile, spending calls on freshness the
    // delay goals do not ask for; at 0.083 (12 s) some were seen more than 15 s late.
    double callsPerSecondOfDelay = 0.095;
    qint64 reportIntervalMs = 10 * 60 * 1000; // report queries change slowly and are metered
    int maxInFlightPerHost = 4;
    // Below this share of the monthly budget left, intervals stretch in proportion.
    double budgetLowFraction = 0.2;

    friend bool operator==(const RefreshSettings &, const RefreshSettings &) = default;
};
