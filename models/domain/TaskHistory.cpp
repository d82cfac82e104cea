#include "models/domain/TaskHistory.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// Two polls a couple of seconds apart already say something about a 6 s task; closer samples
// are mostly noise from the platform's coarse progress steps.
constexpr qint64 kMinSpanMs = 2'000;
// Recent samples only: a task that sped up or slowed down should be estimated from how it
// moves now, not from how it started.
constexpr int kRateWindow = 8;
// Beyond this the estimate is no estimate at all (and would overflow further out).
constexpr double kMaxHorizonMs = 30.0 * 24 * 3600 * 1000;

// Progress in percent as the platform gave it, or derived from the counts when it gave none.
std::optional<double> progressOf(const HistorySample &sample)
{
    if (sample.progress && std::isfinite(*sample.progress))
        return std::clamp(*sample.progress, 0.0, 100.0);
    if (sample.total && *sample.total > 0 && (sample.succeeded || sample.failed)) {
        // Summed as doubles: two counts near the qint64 limit (a platform's or a damaged
        // store's) must not overflow.
        const double done =
            std::max(0.0, double(sample.succeeded.value_or(0)) + double(sample.failed.value_or(0)));
        return std::clamp(done * 100.0 / double(*sample.total), 0.0, 100.0);
    }
    return std::nullopt;
}

bool sameValues(const HistorySample &a, const HistorySample &b)
{
    return a.progress == b.progress && a.succeeded == b.succeeded && a.failed == b.failed &&
           a.total == b.total;
}

} // namespace

TaskHistory TaskHistory::fromSamples(QList<HistorySample> samples)
{
    if (samples.size() > kMaxSamples)
        samples.remove(0, samples.size() - kMaxSamples);
    TaskHistory history;
    history.m_samples = std::move(samples);
    return history;
}

void TaskHistory::append(const HistorySample &sample)
{
    if (!m_samples.isEmpty()) {
        const HistorySample &last = m_samples.constLast();
        if (sample.atMs < last.atMs) {
            // The wall clock went back (NTP, a manual change): a rate across the jump would be
            // nonsense, so the series starts again.
            m_samples.clear();
        } else if (sameValues(sample, last)) {
            if (sample.atMs == last.atMs)
                return;
            const qsizetype size = m_samples.size();
            if (size >= 2 && sameValues(m_samples.at(size - 2), last)) {
                m_samples.last().atMs = sample.atMs;
                return;
            }
        } else if (sample.atMs == last.atMs) {
            m_samples.last() = sample;
            return;
        }
    }
    m_samples.append(sample);
    if (m_samples.size() > kMaxSamples)
        m_samples.remove(0, m_samples.size() - kMaxSamples);
}

std::optional<double> TaskHistory::progressRatePerSecond() const
{
    // Newest first, back to the last time progress went down (a restarted or re-counted task):
    // samples before that belong to another run.
    QVarLengthArray<std::pair<qint64, double>, kRateWindow> points;
    for (qsizetype i = m_samples.size() - 1; i >= 0 && points.size() < kRateWindow; --i) {
        const std::optional<double> progress = progressOf(m_samples.at(i));
        if (!progress)
            continue;
        if (!points.isEmpty() && *progress > points.back().second)
            break;
        points.append({m_samples.at(i).atMs, *progress});
    }
    if (points.size() < 2)
        return std::nullopt;
    const auto &newest = points.front();
    const auto &oldest = points.back();
    if (newest.first - oldest.first < kMinSpanMs || !(newest.second > oldest.second))
        return std::nullopt;

    // Least squares over the window smooths the platforms' uneven progress steps.
    double meanT = 0;
    double meanP = 0;
    for (const auto &[atMs, progress] : points) {
        meanT += double(atMs - newest.first) / 1000.0;
        meanP += progress;
    }
    meanT /= double(points.size());
    meanP /= double(points.size());
    double covariance = 0;
    double variance = 0;
    for (const auto &[atMs, progress] : points) {
        const double dt = double(atMs - newest.first) / 1000.0 - meanT;
        covariance += dt * (progress - meanP);
        variance += dt * dt;
    }
    if (!(variance > 0))
        return std::nullopt;
    const double rate = covariance / variance;
    if (!std::isfinite(rate) || !(rate > 0))
        return std::nullopt;
    return rate;
}

std::optional<qint64> TaskHistory::estimatedFinishMs() const
{
    const std::optional<double> rate = progressRatePerSecond();
    if (!rate)
        return std::nullopt;
    // Anchored at the latest observation rather than the fitted line: that point is a fact.
    for (qsizetype i = m_samples.size() - 1; i >= 0; --i) {
        const std::optional<double> progress = progressOf(m_samples.at(i));
        if (!progress)
            continue;
        const qint64 atMs = m_samples.at(i).atMs;
        if (*progress >= 100.0)
            return atMs;
        const double remainingMs = (100.0 - *progress) / *rate * 1000.0;
        if (!(remainingMs <= kMaxHorizonMs))
            return std::nullopt;
        return atMs + qint64(std::llround(remainingMs));
    }
    return std::nullopt;
}
