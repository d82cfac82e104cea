#pragma once

#include "SchedulerHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>

// Moves a SchedulerHarness's simulated time in fixed steps while requests are answered over
// loopback in real time. Each step waits at most a few real milliseconds for answers in flight
// and then moves on, so simulated time runs tens of times faster than real time and a request
// that never returns costs its real transfer timeout and no more. `afterStep` runs after each
// step (to move other clocks, inject faults, take samples). With nothing in flight and
// nothing due, a step jumps ahead to the next check, by at most `maxIdleJumpMs`.
inline void runAccelerated(SchedulerHarness &harness, qint64 untilMs, qint64 stepMs = 100,
                           const std::function<void(qint64 nowMs)> &afterStep = {},
                           qint64 maxIdleJumpMs = 0, int realMsPerStep = 4)
{
    RefreshScheduler &scheduler = harness.scheduler;
    while (harness.platform.manualClock().nowMs() < untilMs) {
        scheduler.tick();
        QElapsedTimer spin;
        spin.start();
        do {
            const int before = scheduler.inFlightCount();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            if (scheduler.inFlightCount() < before)
                scheduler.tick();
        } while (scheduler.inFlightCount() > 0 && spin.elapsed() < realMsPerStep);
        qint64 advanceMs = stepMs;
        const QDateTime next = scheduler.nextDue();
        if (maxIdleJumpMs > stepMs && scheduler.inFlightCount() == 0 && next.isValid()) {
            const qint64 untilNext =
                next.toMSecsSinceEpoch() - harness.platform.manualClock().wallMsSinceEpoch();
            advanceMs = std::clamp<qint64>(untilNext, stepMs, maxIdleJumpMs);
        }
        advanceMs = std::min(advanceMs,
                             std::max<qint64>(1, untilMs - harness.platform.manualClock().nowMs()));
        harness.platform.advance(advanceMs);
        if (afterStep)
            afterStep(harness.platform.manualClock().nowMs());
    }
}
