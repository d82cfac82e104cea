#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// How long finished tasks of one kind and account took, so a task that reports no progress
// (drive) is checked where its kind usually finishes, not blindly early and often.
class DurationStats final
{
public:
    static constexpr int kMaxSamplesPerKey = 50;
    static constexpr int kMinSamples = 3;

    void record(const QString &key, qint64 durationMs);

    // The given quantile (0..1) of the recorded durations; nullopt with too few samples.
    std::optional<qint64> quantileMs(const QString &key, double quantile) const;
    int sampleCount(const QString &key) const;
    // The recorded durations of one key, oldest first.
    QList<qint64> durationsMs(const QString &key) const { return m_samples.value(key); }

    // Per statistics key (`kind|account`), the durations in ms of finished tasks, oldest first:
    // the plain values the GUI's store and the CLI's cache file keep between runs.
    QHash<QString, QList<qint64>> samples() const { return m_samples; }
    void setSamples(const QHash<QString, QList<qint64>> &samples);

private:
    QHash<QString, QList<qint64>> m_samples;
};
