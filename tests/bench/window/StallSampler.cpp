#include "StallSampler.h"

#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>

#include <dirent.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <QFile>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>

namespace {

constexpr int kMaxFrames = 48;
constexpr int kMaxStacks = 1024;
const int kSignal = SIGRTMIN + 5;

// Written by the signal handler on whichever thread it interrupts, each into a slot it claims;
// read by the GUI thread once the delivery has ended. Static, because a handler has no object
// to reach.
struct RawStack
{
    quint64 sequence;
    quint64 atNs;
    int round;
    int tid;
    int depth;
    void *frames[kMaxFrames];
    std::atomic<bool> ready;
};
RawStack g_stacks[kMaxStacks];
std::atomic<int> g_stackCount{0};
std::atomic<int> g_round{0};
std::atomic<quint64> *g_sequence = nullptr;
std::atomic<quint64> *g_startNs = nullptr;

quint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return quint64(now.tv_sec) * 1'000'000'000ULL + quint64(now.tv_nsec);
}

int currentTid()
{
    return int(syscall(SYS_gettid));
}

void takeStack(int)
{
    if (!g_sequence)
        return;
    const int index = g_stackCount.fetch_add(1, std::memory_order_relaxed);
    if (index >= kMaxStacks)
        return;
    RawStack &stack = g_stacks[index];
    stack.sequence = g_sequence->load(std::memory_order_relaxed);
    stack.round = g_round.load(std::memory_order_relaxed);
    stack.tid = currentTid();
    const quint64 start = g_startNs->load(std::memory_order_relaxed);
    const quint64 now = monotonicNs();
    stack.atNs = start && now > start ? now - start : 0;
    stack.depth = backtrace(stack.frames, kMaxFrames);
    stack.ready.store(true, std::memory_order_release);
}

QString readThreadName(int tid)
{
    QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
    if (!comm.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLocal8Bit(comm.readAll().trimmed());
}

// The process's threads but the calling one.
QList<int> otherThreads()
{
    QList<int> tids;
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return tids;
    const int self = currentTid();
    while (const dirent *entry = readdir(tasks)) {
        const int tid = std::atoi(entry->d_name);
        if (tid > 0 && tid != self)
            tids.append(tid);
    }
    closedir(tasks);
    return tids;
}

QString symbolName(void *address)
{
    Dl_info info{};
    // A return address points after its call; one byte back stays inside the caller.
    if (!dladdr(static_cast<char *>(address) - 1, &info))
        return QStringLiteral("?");
    if (!info.dli_sname) {
        // A local symbol: the module and offset, for addr2line.
        const QString module = QString::fromLocal8Bit(info.dli_fname);
        return QStringLiteral("%1+0x%2")
            .arg(module.mid(module.lastIndexOf(QLatin1Char('/')) + 1))
            .arg(quintptr(address) - quintptr(info.dli_fbase) - 1, 0, 16);
    }
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> demangled(
        abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status), &std::free);
    QString name = QString::fromLatin1(status == 0 ? demangled.get() : info.dli_sname);
    // Parameter lists make a stack unreadable; the function's name says enough.
    if (const qsizetype paren = name.indexOf(QLatin1Char('(')); paren > 0)
        name.truncate(paren);
    return name;
}

} // namespace

StallSampler::StallSampler(int thresholdMs, int intervalMs)
    : m_guiTid(currentTid())
    , m_thresholdNs(quint64(thresholdMs) * 1'000'000ULL)
    , m_intervalNs(quint64(intervalMs) * 1'000'000ULL)
{
    // backtrace() loads the unwinder on its first call; that must not happen in the handler.
    void *warmUp[4];
    backtrace(warmUp, 4);
    g_sequence = &m_eventSequence;
    g_startNs = &m_eventStartNs;
    struct sigaction action
    {
    };
    action.sa_handler = &takeStack;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(kSignal, &action, nullptr);
    m_watchdog = std::thread([this] { watch(); });
    // With every core busy, a watchdog of normal priority ran only when the GUI thread's long
    // event was over, and took all its stacks at its end. Real-time priority, where allowed
    // (root, or CAP_SYS_NICE), lets it interrupt on time; without it the stacks may come late.
    sched_param priority{};
    priority.sched_priority = 1;
    if (pthread_setschedparam(m_watchdog.native_handle(), SCHED_FIFO, &priority) != 0)
        std::fprintf(stderr, "StallSampler: no real-time priority; stacks may be late\n");
}

StallSampler::~StallSampler()
{
    m_stopping = true;
    m_watchdog.join();
    signal(kSignal, SIG_IGN);
    g_sequence = nullptr;
    g_startNs = nullptr;
}

void StallSampler::eventStarted()
{
    m_eventSequence.fetch_add(1, std::memory_order_relaxed);
    m_eventStartNs.store(monotonicNs(), std::memory_order_release);
}

QList<StallSampler::Stack> StallSampler::eventEnded()
{
    m_eventStartNs.store(0, std::memory_order_release);
    QList<Stack> stacks;
    if (g_stackCount.load(std::memory_order_relaxed) == 0)
        return stacks;
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, kSignal);
    pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
    // The watchdog is between rounds while this reads: no signal is on its way. A thread still
    // waiting for a core to run its handler is not waited for: its slot is read only when ready,
    // and the slots are reused once every claimed one is.
    m_rounds.lock();
    const int count = std::min(g_stackCount.load(std::memory_order_acquire), kMaxStacks);
    const quint64 sequence = m_eventSequence.load(std::memory_order_relaxed);
    bool allReady = true;
    for (int i = 0; i < count; ++i) {
        RawStack &raw = g_stacks[i];
        if (!raw.ready.load(std::memory_order_acquire)) {
            allReady = false;
            continue;
        }
        // A signal sent just as an earlier delivery ended belongs to that one.
        if (raw.sequence != sequence)
            continue;
        Stack stack;
        stack.atMs = double(raw.atNs) / 1e6;
        stack.round = raw.round;
        stack.tid = raw.tid;
        stack.guiThread = raw.tid == m_guiTid;
        for (int frame = 0; frame < raw.depth; ++frame)
            stack.frames.append(raw.frames[frame]);
        stacks.append(std::move(stack));
    }
    if (allReady) {
        for (int i = 0; i < count; ++i)
            g_stacks[i].ready.store(false, std::memory_order_relaxed);
        g_stackCount.store(0, std::memory_order_release);
    }
    m_rounds.unlock();
    pthread_sigmask(SIG_UNBLOCK, &blocked, nullptr);
    return stacks;
}

void StallSampler::watch()
{
    quint64 sampledSequence = 0;
    quint64 lastSampleNs = 0;
    while (!m_stopping.load(std::memory_order_relaxed)) {
        timespec pause{0, 1'000'000};
        nanosleep(&pause, nullptr);
        const quint64 start = m_eventStartNs.load(std::memory_order_acquire);
        if (!start)
            continue;
        const quint64 now = monotonicNs();
        const quint64 sequence = m_eventSequence.load(std::memory_order_relaxed);
        if (now < start + m_thresholdNs)
            continue;
        if (sequence == sampledSequence && now < lastSampleNs + m_intervalNs)
            continue;
        // eventEnded() holds the rounds while it reads the slots: no round may start then.
        if (!m_rounds.try_lock())
            continue;
        if (m_eventStartNs.load(std::memory_order_acquire) == start) {
            sampledSequence = sequence;
            lastSampleNs = now;
            g_round.fetch_add(1, std::memory_order_relaxed);
            // The other threads too: what the GUI thread waits for is often one of them.
            const int pid = int(getpid());
            syscall(SYS_tgkill, pid, m_guiTid, kSignal);
            for (const int tid : otherThreads()) {
                if (tid != m_guiTid)
                    syscall(SYS_tgkill, pid, tid, kSignal);
            }
        }
        m_rounds.unlock();
    }
}

QString StallSampler::threadName(int tid)
{
    return readThreadName(tid);
}

QString StallSampler::describe(const Stack &stack, int maxFrames)
{
    QList<QString> names;
    for (void *frame : stack.frames)
        names.append(symbolName(frame));
    // The stack ends at the outermost QApplication::notify: what lies beyond is the event loop.
    qsizetype end = names.size();
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        if (names.at(i) == QLatin1String("QApplication::notify")) {
            end = i;
            break;
        }
    }
    static const QStringList plumbing = {QStringLiteral("QApplication::notify"),
                                         QStringLiteral("QApplicationPrivate::notify_helper"),
                                         QStringLiteral("QCoreApplication::notifyInternal2"),
                                         QStringLiteral("doNotify")};
    QStringList shown;
    // The first two frames are the handler and the kernel's signal trampoline.
    for (qsizetype i = 2; i < end && shown.size() < maxFrames; ++i) {
        if (!plumbing.contains(names.at(i)))
            shown.append(names.at(i));
    }
    const QString where = stack.guiThread
                              ? QStringLiteral("at %1 ms").arg(stack.atMs, 0, 'f', 1)
                              : QStringLiteral("%1/%2").arg(threadName(stack.tid)).arg(stack.tid);
    return QStringLiteral("%1: %2").arg(where, shown.join(QStringLiteral(" <- ")));
}
