#pragma once

#include <QtGlobal>

// How hard one call tries before it reports an error. Transient failures (5xx, network,
// timeout) back off exponentially with jitter; rate-limit answers wait as the platform says.
struct RetryPolicy
{
    int maxTransientAttempts = 4; // total sends for 5xx / network / timeout
    qint64 baseBackoffMs = 500;
    qint64 maxBackoffMs = 8000;
    double jitter = 0.25; // ± fraction of the delay
    int maxRateLimitRetries = 5;
    qint64 defaultRateLimitWaitMs = 1000; // when the platform names no reset time

    // Delay before the given retry (1 = first retry), jitter applied.
    qint64 backoffMs(int retry) const;
};
