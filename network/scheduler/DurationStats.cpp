#include "network/scheduler/DurationStats.h"

#include <algorithm>
#include <cmath>

void DurationStats::record(const QString &key, qint64 durationMs)
{
    if (durationMs <= 0)
        return;
    QList<qint64> &samples = m_samples[key];
    samples.append(durationMs);
    if (samples.size() > kMaxSamplesPerKey)
        samples.removeFirst();
}

std::optional<qint64> DurationStats::quantileMs(const QString &key, double quantile) const
{
    QList<qint64> samples = m_samples.value(key);
    if (samples.size() < kMinSamples)
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    const double position =
        std::clamp(quantile, 0.0, 1.0) * static_cast<double>(samples.size() - 1);
    const auto index = static_cast<qsizetype>(std::floor(position));
    const double fraction = position - static_cast<double>(index);
    const qint64 low = samples[index];
    const qint64 high = samples[std::min(index + 1, samples.size() - 1)];
    return low + static_cast<qint64>(fraction * static_cast<double>(high - low));
}

int DurationStats::sampleCount(const QString &key) const
{
    return static_cast<int>(m_samples.value(key).size());
}

void DurationStats::setSamples(const QHash<QString, QList<qint64>> &samples)
{
    m_samples.clear();
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        QList<qint64> kept;
        for (qint64 durationMs : it.value()) {
            if (durationMs > 0)
                kept.append(durationMs);
        }
        if (kept.size() > kMaxSamplesPerKey)
            kept.remove(0, kept.size() - kMaxSamplesPerKey);
        if (!kept.isEmpty())
            m_samples.insert(it.key(), kept);
    }
}
