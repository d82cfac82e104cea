#pragma once

#include "models/watchlist/TaskTableModel.h"
#include "network/scheduler/RefreshScheduler.h"
#include "SimulatedPlatform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

// Runs the RefreshScheduler against the simulator on simulated time: both clocks move in
// steps, and every request is answered (over real loopback HTTP) before time moves on. The
// table model owns the tasks, as in the app: the scheduler reads them through its lookup.
class SchedulerHarness final
{
public:
    SchedulerHarness()
        : platform(true)
        , tasks(platform.clock())
        , scheduler(*platform.session, platform.clock(),
                    [this](const QString &key) { return tasks.task(key); })
    {
        scheduler.setAutoTick(false);
        QObject::connect(&scheduler, &RefreshScheduler::snapshotReceived,
                         [this](const QString &key, const TaskSnapshot &snapshot) {
                             tasks.applySnapshot(key, snapshot, snapshot.fetchedAt);
                             lastState[key] = snapshot.state;
                             if (snapshot.isTerminal() && !detectedAtMs.contains(key))
                                 detectedAtMs.insert(key, platform.manualClock().nowMs());
                         });
        QObject::connect(&scheduler, &RefreshScheduler::fetchFailed,
                         [this](const QString &key, const ApiError &error) {
                             tasks.applyError(key, error, QDateTime::currentDateTimeUtc());
                             ++errors[key];
                         });
        QObject::connect(&scheduler, &RefreshScheduler::callSpent,
                         [this](const QString &key) { ++calls[key]; });
    }

    // Adds the task to the list (with what was known before, e.g. restored from disk) and
    // starts watching it.
    void watch(const TaskRef &ref, const std::optional<TaskSnapshot> &last = std::nullopt)
    {
        WatchedTask task;
        task.ref = ref;
        task.snapshot = last;
        tasks.addTasks({task});
        scheduler.watch(ref.key());
    }

    void runFor(qint64 ms, qint64 stepMs = 250)
    {
        for (qint64 t = 0; t < ms; t += stepMs) {
            scheduler.tick();
            settle();
            platform.advance(stepMs);
        }
        scheduler.tick();
        settle();
    }

    // Lets every request in flight (and its quick retries) finish in real time, ticking
    // again as slots free up, as the scheduler's own timer would.
    void settle()
    {
        QElapsedTimer timer;
        timer.start();
        while (scheduler.inFlightCount() > 0 && timer.elapsed() < 10000) {
            const int before = scheduler.inFlightCount();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (scheduler.inFlightCount() < before)
                scheduler.tick();
        }
    }

    qint64 totalCalls() const
    {
        qint64 sum = 0;
        for (int c : calls)
            sum += c;
        return sum;
    }

    SimulatedPlatform platform;
    TaskTableModel tasks;
    RefreshScheduler scheduler;
    QHash<QString, qint64> detectedAtMs; // simulated ms at which the end was first seen
    QHash<QString, int> calls;
    QHash<QString, int> errors;
    QHash<QString, TaskState> lastState;
};
