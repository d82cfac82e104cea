#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

// One observation of a task's progress.
struct HistorySample
{
    qint64 atMs = 0;                // wall clock, ms since the epoch (UTC)
    std::optional<double> progress; // percent
    std::optional<qint64> succeeded;
    std::optional<qint64> failed;
    std::optional<qint64> total;

    friend bool operator==(const HistorySample &, const HistorySample &) = default;
};

// A bounded series of samples for one task: the detail pane's chart, and the rate from which
// the finish time is estimated (for the ETA column and the refresh scheduler).
class TaskHistory final
{
public:
    static constexpr int kMaxSamples = 240;

    // Appends a sample; a sample equal in values to the last one only moves its time forward
    // when it is the second in a row (so flat stretches cost two entries, not hundreds).
    void append(const HistorySample &sample);
    // The samples exactly as a store kept them (the last kMaxSamples), without append()'s
    // merging of flat stretches.
    static TaskHistory fromSamples(QList<HistorySample> samples);
    const QList<HistorySample> &samples() const { return m_samples; }
    bool isEmpty() const { return m_samples.isEmpty(); }
    void clear() { m_samples.clear(); }

    // Smoothed progress rate in percent per second; nullopt until at least two samples with
    // progress, spanning a few seconds, show movement.
    std::optional<double> progressRatePerSecond() const;

    // Estimated wall time (ms since epoch) at which progress reaches 100 %, from the smoothed
    // rate; nullopt while the estimate is not stable (too few samples, no movement).
    std::optional<qint64> estimatedFinishMs() const;

    friend bool operator==(const TaskHistory &, const TaskHistory &) = default;

private:
    QList<HistorySample> m_samples;
};
