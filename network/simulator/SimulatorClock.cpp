#include "SimulatorClock.h"

#include <QDateTime>

SimulatorClock::SimulatorClock()
    : m_epochMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SimulatorClock::nowMs() const
{
    if (m_manual)
        return m_manualMs;
    return m_offsetMs + qint64(double(m_elapsed.elapsed()) * m_speed);
}

void SimulatorClock::useManual(qint64 startMs)
{
    m_manual = true;
    m_manualMs = startMs;
}

void SimulatorClock::useReal(double speed)
{
    // Continue from the current simulated time so that tasks never jump backwards.
    const qint64 now = nowMs();
    m_manual = false;
    m_speed = speed > 0 ? speed : 1.0;
    m_elapsed.restart();
    m_offsetMs = now;
}

void SimulatorClock::setMs(qint64 ms)
{
    if (m_manual) {
        m_manualMs = ms;
    } else {
        m_elapsed.restart();
        m_offsetMs = ms;
    }
}

void SimulatorClock::advance(qint64 ms)
{
    if (m_manual)
        m_manualMs += ms;
    else
        m_offsetMs += ms;
}
