#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Time source for expiry, rate limits and scheduling, so policies can be tested on a simulated
// clock. Milliseconds on a monotonic scale, and wall time for the calendar month.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    virtual qint64 wallMsSinceEpoch() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    qint64 wallMsSinceEpoch() const override;

private:
    QElapsedTimer m_timer;
};

// A clock that moves only when told to: tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 wallStartMs = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_wallStart(wallStartMs)
    {}
    qint64 nowMs() const override { return m_now; }
    qint64 wallMsSinceEpoch() const override { return m_wallStart + m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 0;
    qint64 m_wallStart = 0;
};
