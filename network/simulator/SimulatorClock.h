#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// The simulator's notion of "now": monotonic milliseconds since start, optionally sped up, or a
// manual clock that only moves when a test tells it to.
class SimulatorClock final
{
public:
    SimulatorClock();

    qint64 nowMs() const;
    // Wall-clock milliseconds since the Unix epoch that correspond to simulator time t.
    qint64 wallMs(qint64 simulatorMs) const { return m_epochMs + simulatorMs; }
    qint64 epochMs() const { return m_epochMs; }
    void setEpochMs(qint64 epochMs) { m_epochMs = epochMs; }

    void useManual(qint64 startMs = 0);
    void useReal(double speed = 1.0);
    bool isManual() const { return m_manual; }
    double speed() const { return m_speed; }

    void setMs(qint64 ms);
    void advance(qint64 ms);

private:
    QElapsedTimer m_elapsed;
    qint64 m_offsetMs = 0;
    qint64 m_manualMs = 0;
    qint64 m_epochMs = 0;
    double m_speed = 1.0;
    bool m_manual = false;
};
