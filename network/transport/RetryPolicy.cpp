#include "network/transport/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

qint64 RetryPolicy::backoffMs(int retry) const
{
    const double exponential =
        static_cast<double>(baseBackoffMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(exponential, static_cast<double>(maxBackoffMs));
    const double spread = capped * jitter;
    const double offset = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread;
    return std::max<qint64>(0, static_cast<qint64>(capped + offset));
}
