#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <thread>

// What held the GUI thread: while a watched span (between eventStarted() and eventEnded(); the
// benchmark watches the wait between two latency-probe samples) runs longer than a threshold, a
// watchdog thread interrupts the GUI thread every few milliseconds and the GUI thread records
// its own call stack; every other thread of the process is interrupted at the same moment and
// records its own, for when the GUI thread waits on one of them (a lock, the allocator). A
// timer says how long the span took; these stacks say what it was doing, including work no
// timer was put around (a sort, a free, a page fault in a copy). A benchmark tool: Linux only,
// one instance, started from the GUI thread.
class StallSampler final
{
public:
    struct Stack
    {
        double atMs = 0; // since the span began
        int round = 0;   // stacks of one round were asked for at the same moment
        int tid = 0;
        bool guiThread = false;
        QList<void *> frames;
    };

    StallSampler(int thresholdMs, int intervalMs);
    ~StallSampler();
    StallSampler(const StallSampler &) = delete;
    StallSampler &operator=(const StallSampler &) = delete;

    // Called on the GUI thread at the start and the end of a watched span.
    void eventStarted();
    // The stacks taken during the span that just ended (none for a short one).
    QList<Stack> eventEnded();

    // "at 12.0 ms: Foo::bar <- Baz::qux <- …", the innermost frame first, up to the outermost event
    // delivery; another thread's stack is named by the thread instead of the time.
    static QString threadName(int tid);
    static QString describe(const Stack &stack, int maxFrames);

private:
    void watch();

    int m_guiTid = 0;
    std::mutex m_rounds; // held by the watchdog for a round, by eventEnded() while it reads
    std::atomic<quint64> m_eventStartNs{0}; // 0 between deliveries
    std::atomic<quint64> m_eventSequence{0};
    std::atomic<bool> m_stopping{false};
    quint64 m_thresholdNs;
    quint64 m_intervalNs;
    std::thread m_watchdog;
};
