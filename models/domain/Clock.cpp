#include "models/domain/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::nowMs() const
{
    return m_timer.elapsed();
}

qint64 SystemClock::wallMsSinceEpoch() const
{
    return QDateTime::currentMSecsSinceEpoch();
}
