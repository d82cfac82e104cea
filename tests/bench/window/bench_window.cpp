// Benchmark: the real main window (offscreen) over a real Engine with 10,000 watched tasks and
// one task of 100,000 sub-task rows, refreshed continuously from the simulator. The simulator
// runs as a process of its own, so the figures (the memory ones too) are the app's alone. Prints
// figures as "BENCH key=value" lines and asserts no timings.
//
//   bench_window [seconds]              the whole run (60 s of refresh by default)
//   bench_window --first-paint DB       one start on a prepared watch list: prints the time
//                                       from process start to the table's first paint

#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"
#include "ui/detail/DetailPane.h"
#include "ui/detail/SubtasksTab.h"
#include "ui/MainWindow.h"
#include "ui/table/TaskTableView.h"

#include "StallSampler.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace {

constexpr int kWatchedTasks = 10000;
constexpr int kSubtaskRows = 100000;
const QString kFeishuApp = QStringLiteral("cli_bench_window");
const QString kFeishuSecret = QStringLiteral("bench-window-secret");
const QString kAccountId = QStringLiteral("acme");

void bench(const char *key, double value)
{
    std::printf("BENCH %s=%.3f\n", key, value);
    std::fflush(stdout);
}

// Resident memory of this process in bytes: the current figure or the peak (VmHWM).
qint64 residentBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files in /proc report size 0, so read it whole rather than testing atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Milliseconds since this process was created (fork/exec included), from /proc/self/stat and
// the boot-time clock the kernel measures it on.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 threadCpuUs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

// Where the machine's two kinds of time went over a phase of the run: CPU time of this whole
// process (every thread) and the host's steal time (a virtual CPU not running at all), both in
// milliseconds since boot, from /proc.
struct MachineTime
{
    double processCpuMs = 0;
    double stealMs = 0;
    double busyMs = 0; // every CPU, every process: user, nice and system time

    static MachineTime now()
    {
        MachineTime time;
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        time.processCpuMs = double(cpu.tv_sec) * 1000.0 + double(cpu.tv_nsec) / 1e6;
        QFile stat(QStringLiteral("/proc/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // "cpu  user nice system idle iowait irq softirq steal ..." in clock ticks
            const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
            const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
            time.busyMs = (fields.value(1).toDouble() + fields.value(2).toDouble() +
                           fields.value(3).toDouble()) *
                          msPerTick;
            time.stealMs = fields.value(8).toDouble() * msPerTick;
        }
        return time;
    }

    // "busy 1,900 of 2,000 ms: …" between two readings, `wallMs` apart.
    static QString between(const MachineTime &start, const MachineTime &end, double wallMs)
    {
        const double process = end.processCpuMs - start.processCpuMs;
        const double busy = end.busyMs - start.busyMs;
        return QStringLiteral("the cores busy %1 ms of %2 ms: this process %3 ms, the rest of "
                              "the machine %4 ms; host steal %5 ms")
            .arg(busy, 0, 'f', 0)
            .arg(double(QThread::idealThreadCount()) * wallMs, 0, 'f', 0)
            .arg(process, 0, 'f', 0)
            .arg(busy - process, 0, 'f', 0)
            .arg(end.stealMs - start.stealMs, 0, 'f', 0);
    }
};

// The time the calling thread has spent runnable but waiting for a core, in microseconds: the
// second field of /proc/thread-self/schedstat. -1 where the kernel keeps no such count.
class RunQueueWait final
{
public:
    RunQueueWait()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {}
    ~RunQueueWait()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RunQueueWait(const RunQueueWait &) = delete;
    RunQueueWait &operator=(const RunQueueWait &) = delete;

    qint64 us() const
    {
        char text[96];
        const ssize_t size = m_fd < 0 ? -1 : ::pread(m_fd, text, sizeof text - 1, 0);
        if (size <= 0)
            return -1;
        text[size] = '\0';
        char *end = nullptr;
        std::strtoull(text, &end, 10); // time on a core
        return qint64(std::strtoull(end, nullptr, 10) / 1000);
    }

private:
    int m_fd;
};

double quantileOfMs(QList<qint64> valuesUs, double q)
{
    if (valuesUs.isEmpty())
        return 0;
    std::sort(valuesUs.begin(), valuesUs.end());
    const auto index = qsizetype(q * double(valuesUs.size() - 1) + 0.5);
    return double(valuesUs.at(index)) / 1000.0;
}

// How late a 1 ms timer fires, sample by sample: the longest time the GUI thread's event loop
// could not run anything else. Beside the wall time, the GUI thread's own CPU time over the
// same interval and the time it waited, runnable, for a core: on a shared, overloaded machine
// the wall time also counts the moments the thread was not given a core, the CPU time only the
// work that held the loop. What is left of a late sample after both is time the thread slept
// in the kernel or its virtual CPU was not running at all (the host's steal time).
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        // Reserved and touched once, before the baseline is read: the probe's own samples are
        // not the app's memory, and a sample never waits for a page of its buffer.
        for (QList<qint64> *samples : {&m_lateUs, &m_cpuUs, &m_waitUs}) {
            samples->resize(kMaxSamples);
            samples->clear(); // keeps the capacity
        }
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuUs();
            const qint64 wait = m_runQueueWait.us();
            m_lateUs.append(std::max<qint64>(0, (now - m_lastNs) / 1000 - 1000));
            m_cpuUs.append(cpu - m_lastCpuUs);
            m_waitUs.append(wait - m_lastWaitUs);
            if (onSample)
                onSample(m_lateUs.last());
            m_lastNs = now;
            m_lastCpuUs = cpu;
            m_lastWaitUs = wait;
        });
    }

    // Called on each sample with its lateness.
    std::function<void(qint64 lateUs)> onSample;

    void start()
    {
        m_lateUs.clear();
        m_cpuUs.clear();
        m_waitUs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuUs = threadCpuUs();
        m_lastWaitUs = m_runQueueWait.us();
        m_machineAtStart = MachineTime::now();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_machineAtStop = MachineTime::now();
        m_wallMs = double(m_clock.nsecsElapsed()) / 1e6;
    }
    QString machineText() const
    {
        return MachineTime::between(m_machineAtStart, m_machineAtStop, m_wallMs);
    }

    double maxMs() const { return quantileOfMs(m_lateUs, 1.0); }
    double quantileMs(double q) const { return quantileOfMs(m_lateUs, q); }
    double cpuQuantileMs(double q) const { return quantileOfMs(m_cpuUs, q); }
    int samples() const { return int(m_lateUs.size()); }
    int samplesOver(double ms) const
    {
        return int(std::count_if(m_lateUs.begin(), m_lateUs.end(),
                                 [ms](qint64 us) { return double(us) / 1000.0 > ms; }));
    }
    int cpuSamplesOver(double ms) const
    {
        return int(std::count_if(m_cpuUs.begin(), m_cpuUs.end(),
                                 [ms](qint64 us) { return double(us) / 1000.0 > ms; }));
    }
    // The longest a sample was late while the thread was not waiting for a core: the time the
    // window's own work (or a wait of its own in the kernel) held the loop.
    double maxNotWaitingMs() const
    {
        qint64 longest = 0;
        for (qsizetype i = 0; i < m_lateUs.size(); ++i)
            longest = std::max(longest, m_lateUs.at(i) - std::max<qint64>(0, m_waitUs.at(i)));
        return double(longest) / 1000.0;
    }
    // The samples later than `ms`, each as "late ms (CPU ms, waiting for a core ms)".
    QString samplesOverText(double ms) const
    {
        QStringList texts;
        for (qsizetype i = 0; i < m_lateUs.size(); ++i) {
            if (double(m_lateUs.at(i)) / 1000.0 <= ms)
                continue;
            texts.append(QStringLiteral("%1 ms (CPU %2 ms, waiting for a core %3 ms)")
                             .arg(double(m_lateUs.at(i)) / 1000.0, 0, 'f', 1)
                             .arg(double(m_cpuUs.at(i)) / 1000.0, 0, 'f', 1)
                             .arg(double(m_waitUs.at(i)) / 1000.0, 0, 'f', 1));
        }
        return texts.isEmpty() ? QStringLiteral("none") : texts.join(QStringLiteral("; "));
    }

private:
    static constexpr qsizetype kMaxSamples = 120000;
    QTimer m_timer;
    QElapsedTimer m_clock;
    RunQueueWait m_runQueueWait;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_lastWaitUs = 0;
    MachineTime m_machineAtStart;
    MachineTime m_machineAtStop;
    double m_wallMs = 0;
    QList<qint64> m_lateUs;
    QList<qint64> m_cpuUs;
    QList<qint64> m_waitUs;
};

// A thread's stack that waits for work: in a poll or a condition, and not on a lock.
bool isIdleStack(const QString &text)
{
    static const QStringList waits = {QStringLiteral(": poll "),
                                      QStringLiteral(" poll "),
                                      QStringLiteral(" ppoll "),
                                      QStringLiteral(" epoll_wait "),
                                      QStringLiteral(" pthread_cond_wait"),
                                      QStringLiteral(" pthread_cond_timedwait"),
                                      QStringLiteral(" pthread_cond_clockwait"),
                                      QStringLiteral(" clock_nanosleep"),
                                      QStringLiteral(" nanosleep")};
    const QString spaced = text + QLatin1Char(' ');
    if (spaced.contains(QLatin1String("lll_lock")) || spaced.contains(QLatin1String("malloc")) ||
        spaced.contains(QLatin1String("free")))
        return false;
    for (const QString &wait : waits) {
        if (spaced.contains(wait))
            return true;
    }
    return false;
}

// The application, timing every event it delivers from the event loop: the slowest ones, with
// their receiver's class and the event's type, say what held the GUI thread. For the latest probe
// sample of a phase, the events that ran before it, and the stacks sampled while it waited: they
// also show work no event's timer covers (an event's arguments freed after its delivery, the
// event loop's own).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // The GUI thread's deliveries only: other threads (the store's) run their own loops.
        if (!m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Within one delivery, each widget's paint is timed: a frame's cost by widget.
        if (m_depth > 0) {
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            QElapsedTimer painted;
            painted.start();
            const bool result = QApplication::notify(receiver, event);
            m_paintUs[paintedName(receiver)] += painted.nsecsElapsed() / 1000;
            return result;
        }
        m_paintUs.clear();
        ++m_depth;
        // A timer says little by itself: name the object that owns it, or its interval.
        const auto *timerObject = qobject_cast<QTimer *>(receiver);
        const QObject *owner = timerObject && receiver->parent() ? receiver->parent() : receiver;
        QString what = QString::fromLatin1(owner->metaObject()->className()) +
                       (owner != receiver ? QStringLiteral("'s timer") : QString()) +
                       QLatin1Char('/') + QString::number(int(event->type()));
        if (timerObject && owner == receiver)
            what += QStringLiteral(" (%1 ms)").arg(timerObject->interval());
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuUs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 us = timer.nsecsElapsed() / 1000;
        const qint64 cpuUs = threadCpuUs() - cpuBefore;
        --m_depth;
        if (us >= 500 && !m_paintUs.isEmpty())
            what += QStringLiteral(" {%1}").arg(paintsText());
        if (us >= 500)
            m_sinceSample.append({us, cpuUs, what});
        else
            m_shortSinceSampleUs += us;
        if (us > 4000) {
            what += QStringLiteral(" [%1 ms CPU]").arg(double(cpuUs) / 1000.0, 0, 'f', 1);
            m_slowest.append({us, what});
            std::sort(m_slowest.begin(), m_slowest.end(),
                      [](const SlowEvent &a, const SlowEvent &b) { return a.us > b.us; });
            if (m_slowest.size() > 8)
                m_slowest.removeLast();
        }
        return result;
    }

    void record(bool on)
    {
        m_recording = on;
        m_slowest.clear();
        m_sinceSample.clear();
        m_shortSinceSampleUs = 0;
        m_latestSample = {};
        m_sampler.eventEnded(); // no gap is open between phases
    }
    // The probe's sample: what ran since the one before, and the stacks sampled if that took
    // long, are kept when it was the latest so far.
    void probeSampled(qint64 lateUs)
    {
        const QList<StallSampler::Stack> stacks = m_sampler.eventEnded();
        if (lateUs > m_latestSample.lateUs) {
            m_latestSample = {lateUs, std::move(m_sinceSample), m_shortSinceSampleUs, stacks};
        }
        m_sinceSample.clear();
        m_shortSinceSampleUs = 0;
        m_sampler.eventStarted();
    }
    // "36.1 ms late: 12.2 ms MainWindow/77 (10.2 ms CPU), …; 3.1 ms in 412 shorter events".
    QString latestSample() const
    {
        QStringList events;
        for (const Ran &ran : m_latestSample.events)
            events.append(QStringLiteral("%1 ms %2 (%3 ms CPU)")
                              .arg(double(ran.us) / 1000.0, 0, 'f', 1)
                              .arg(ran.what)
                              .arg(double(ran.cpuUs) / 1000.0, 0, 'f', 1));
        return QStringLiteral("%1 ms late after %2; %3 ms in shorter events")
            .arg(double(m_latestSample.lateUs) / 1000.0, 0, 'f', 1)
            .arg(events.isEmpty() ? QStringLiteral("no event over 0.5 ms")
                                  : events.join(QStringLiteral(", ")))
            .arg(double(m_latestSample.shortUs) / 1000.0, 0, 'f', 1);
    }
    // "12.3 ms RefreshScheduler/1" lines (class / QEvent::Type), slowest first.
    QStringList slowest() const
    {
        QStringList lines;
        for (const SlowEvent &slow : m_slowest)
            lines.append(slow.title());
        return lines;
    }
    // The probe stopped: no sample is awaited.
    void probeStopped() { m_sampler.eventEnded(); }
    // The stacks sampled in the latest sample's wait, one line each.
    QStringList latestSampleStacks() const { return describeRounds(m_latestSample.stacks); }

private:
    // A painted widget's name: a scroll area's viewport by its area.
    static QString paintedName(const QObject *widget)
    {
        const QObject *named = widget;
        QString suffix;
        if (widget->objectName() == QLatin1String("qt_scrollarea_viewport") && widget->parent()) {
            named = widget->parent();
            suffix = QStringLiteral(" viewport");
        }
        const QString objectName = named->objectName();
        return QString::fromLatin1(named->metaObject()->className()) +
               (objectName.isEmpty() || objectName.startsWith(QLatin1String("qt_"))
                    ? QString()
                    : QLatin1Char('#') + objectName) +
               suffix;
    }
    // "TaskTableView viewport 3.1, QTreeWidget viewport 1.2": the costliest paints of the
    // delivery, in milliseconds.
    QString paintsText() const
    {
        QList<std::pair<qint64, QString>> paints;
        for (auto it = m_paintUs.cbegin(); it != m_paintUs.cend(); ++it)
            paints.append({it.value(), it.key()});
        std::sort(paints.begin(), paints.end(), std::greater<>());
        QStringList parts;
        for (qsizetype i = 0; i < paints.size() && i < 5; ++i)
            parts.append(QStringLiteral("%1 %2")
                             .arg(paints.at(i).second)
                             .arg(double(paints.at(i).first) / 1000.0, 0, 'f', 1));
        return parts.join(QStringLiteral(", "));
    }

    // Each of the GUI thread's stacks, followed by what the other threads did at that moment;
    // the ones waiting for work in one line.
    static QStringList describeRounds(const QList<StallSampler::Stack> &stacks)
    {
        QStringList lines;
        for (const StallSampler::Stack &stack : stacks) {
            if (!stack.guiThread)
                continue;
            lines.append(StallSampler::describe(stack, 16));
            QStringList idle;
            for (const StallSampler::Stack &other : stacks) {
                if (other.guiThread || other.round != stack.round)
                    continue;
                const QString text = StallSampler::describe(other, 10);
                if (isIdleStack(text))
                    idle.append(StallSampler::threadName(other.tid));
                else
                    lines.append(QStringLiteral("    ") + text);
            }
            if (!idle.isEmpty())
                lines.append(QStringLiteral("    idle: ") + idle.join(QStringLiteral(", ")));
        }
        return lines;
    }

    struct SlowEvent
    {
        qint64 us;
        QString what;
        QString title() const
        {
            return QStringLiteral("%1 ms %2").arg(double(us) / 1000.0, 0, 'f', 1).arg(what);
        }
    };
    // An event of over 0.5 ms that ran between two probe samples.
    struct Ran
    {
        qint64 us;
        qint64 cpuUs;
        QString what;
    };
    struct Sample
    {
        qint64 lateUs = 0;
        QList<Ran> events;
        qint64 shortUs = 0;
        QList<StallSampler::Stack> stacks; // described when printed: symbols take a while
    };
    QHash<QString, qint64> m_paintUs; // by painted widget, within the current delivery
    QList<Ran> m_sinceSample;
    qint64 m_shortSinceSampleUs = 0;
    Sample m_latestSample;
    int m_depth = 0;
    bool m_recording = false;
    QList<SlowEvent> m_slowest;
    // When a probe sample is 10 ms late, a stack every 3 ms until it comes; BENCH_SAMPLE_OVER_MS
    // looks at shorter waits (a stack every millisecond).
    StallSampler m_sampler{sampleOverMs(), sampleOverMs() < 10 ? 1 : 3};
    static int sampleOverMs()
    {
        bool set = false;
        const int ms = qEnvironmentVariableIntValue("BENCH_SAMPLE_OVER_MS", &set);
        return set && ms > 0 ? ms : 10;
    }
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

void printSlowest(const char *phase)
{
    std::printf("slowest events %s: %s\n", phase,
                qPrintable(timedApp()->slowest().join(QStringLiteral("; "))));
}

// The longest stall of one phase of the run: wall time, GUI-thread CPU, and the wall time less
// its wait for a core.
struct PhaseStall
{
    double wallMs = 0;
    double cpuMs = 0;
    double notWaitingMs = 0;
};

void startPhase(LatencyProbe &probe)
{
    timedApp()->record(true);
    probe.start();
}

// Stops the probe and prints what held the GUI thread in the phase.
PhaseStall endPhase(LatencyProbe &probe, const char *phase)
{
    probe.stop();
    timedApp()->probeStopped();
    std::printf("samples over 16 ms %s: %s; %s\n", phase, qPrintable(probe.samplesOverText(16.0)),
                qPrintable(probe.machineText()));
    printSlowest(phase);
    std::printf("latest sample %s: %s\n", phase, qPrintable(timedApp()->latestSample()));
    for (const QString &line : timedApp()->latestSampleStacks())
        std::printf("    %s\n", qPrintable(line));
    return {probe.maxMs(), probe.cpuQuantileMs(1.0), probe.maxNotWaitingMs()};
}

// taskmonitor-simulator in a process of its own, on a scenario written for the run: its memory
// and its answering work stay out of the app's figures.
class SimulatorProcess final
{
public:
    bool start(const QString &folder, const QJsonObject &scenario)
    {
        const QString path = QDir(folder).filePath(QStringLiteral("scenario.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(scenario).toJson(QJsonDocument::Compact)) < 0)
            return false;
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The simulator stands in for a platform on other machines: on a small machine it must
        // not take the cores the app needs, or the figures measure the machine, not the app.
        m_process.setChildProcessModifier([] {
            if (::nice(10) == -1)
                std::perror("nice");
        });
        m_process.start(
            QStringLiteral(TASKMONITOR_SIMULATOR_EXE),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), path});
        if (!m_process.waitForStarted(10000))
            return false;
        // It prints the URL it listens on once the scenario is loaded.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(120000))
                return false;
        }
        m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"));
    }
    ~SimulatorProcess() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    const QString &baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

// Long tasks that move often, so that answers keep changing the table: 70 % contact imports
// with progress, 30 % drive moves that only say "running"; and one import of 100,000 users
// that has ended, 5 % of them failed.
QJsonObject benchScenario(const QString &bigTaskPrefix, int bigTaskNumber)
{
    QJsonObject limits;
    for (const char *endpoint : {"feishu.token", "feishu.contact", "feishu.drive", "feishu.report",
                                 "dingtalk.token", "dingtalk.storage", "dingtalk.doc"})
        limits.insert(QLatin1String(endpoint), 0);
    const auto generator = [](const char *kind, int count, const QString &prefix) {
        return QJsonObject{
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("count"), count},
            {QStringLiteral("id_prefix"), prefix},
            {QStringLiteral("id_start"), 1},
            {QStringLiteral("duration_ms"), QJsonArray{20 * 60 * 1000, 60 * 60 * 1000}},
            {QStringLiteral("total"), 500},
            {QStringLiteral("fail"), 20},
            {QStringLiteral("steps"), 60},
            {QStringLiteral("progress"), true}};
    };
    QJsonObject drive =
        generator("feishu-drive", kWatchedTasks - kWatchedTasks * 7 / 10, QStringLiteral("drive-"));
    drive.insert(QStringLiteral("progress"), false);
    const QJsonObject big{{QStringLiteral("kind"), QStringLiteral("feishu-contact")},
                          {QStringLiteral("count"), 1},
                          {QStringLiteral("id_prefix"), bigTaskPrefix},
                          {QStringLiteral("id_start"), bigTaskNumber},
                          {QStringLiteral("duration_ms"), 1000},
                          {QStringLiteral("total"), kSubtaskRows},
                          {QStringLiteral("fail"), kSubtaskRows / 20},
                          {QStringLiteral("rows"), true}};
    return QJsonObject{
        {QStringLiteral("apps"),
         QJsonArray{QJsonObject{{QStringLiteral("platform"), QStringLiteral("feishu")},
                                {QStringLiteral("app_id"), kFeishuApp},
                                {QStringLiteral("app_secret"), kFeishuSecret}}}},
        {QStringLiteral("rate_limits"), limits},
        {QStringLiteral("generate"),
         QJsonArray{generator("feishu-contact", kWatchedTasks * 7 / 10, QStringLiteral("contact-")),
                    drive, big}}};
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

TaskRef refOf(TaskKind kind, const QString &taskId)
{
    TaskRef ref;
    ref.kind = kind;
    ref.accountId = kAccountId;
    ref.taskId = taskId;
    return ref;
}

// The window as main.cpp builds it, on a watch list file and settings of its own.
struct Dashboard
{
    Dashboard(const QString &folder, const QString &baseUrl)
        : preferences(QDir(folder).filePath(QStringLiteral("settings.ini")))
    {
        EngineOptions options;
        options.databasePath = QDir(folder).filePath(QStringLiteral("watchlist.sqlite"));
        options.preferences = &preferences;
        engine = std::make_unique<Engine>(options);
        engine->start();
        if (!baseUrl.isEmpty()) {
            Account account;
            account.id = kAccountId;
            account.name = QStringLiteral("Acme");
            account.platform = Platform::Feishu;
            account.baseUrl = baseUrl;
            account.appId = kFeishuApp;
            engine->setAccount(account, kFeishuSecret);
        }
        window = std::make_unique<MainWindow>(*engine, preferences, MainWindow::Options{});
        window->resize(1280, 800);
    }
    ~Dashboard()
    {
        window->close();
        window.reset();
        engine.reset();
    }

    Preferences preferences;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<MainWindow> window;
};

// Quits the application the first time the watched widget has painted.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            bench("ui.first_paint_ms", msSinceProcessStart());
            timespec cpu{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
            bench("ui.first_paint_cpu_ms", double(cpu.tv_sec) * 1000.0 + double(cpu.tv_nsec) / 1e6);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int firstPaintRun(const QString &databaseFolder)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const double appMs = msSinceProcessStart();
    Dashboard dashboard(databaseFolder, QString());
    std::printf("first paint: application at %.0f ms, %d tasks loaded and the window built at "
                "%.0f ms\n",
                appMs, dashboard.engine->tasks().rowCount(), msSinceProcessStart());
    FirstPaint firstPaint;
    dashboard.window->taskTable()->viewport()->installEventFilter(&firstPaint);
    dashboard.window->show();
    return QApplication::exec();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int fullRun(int seconds)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir folder;
    const QString bigTaskId = QStringLiteral("import-100000");
    SimulatorProcess simulator;
    if (!simulator.start(folder.path(), benchScenario(QStringLiteral("import-"), 100000))) {
        std::fprintf(stderr, "bench_window: the simulator did not start\n");
        return 1;
    }
    const QString baseUrl = simulator.baseUrl();

    QList<TaskRef> refs;
    refs.reserve(kWatchedTasks);
    for (int i = 1; i <= kWatchedTasks * 7 / 10; ++i)
        refs.append(refOf(TaskKind::FeishuContact, QStringLiteral("contact-%1").arg(i)));
    for (int i = 1; refs.size() < kWatchedTasks; ++i)
        refs.append(refOf(TaskKind::FeishuDrive, QStringLiteral("drive-%1").arg(i)));

    auto dashboard = std::make_unique<Dashboard>(folder.path(), baseUrl);
    Engine &engine = *dashboard->engine;
    RefreshSettings fast;
    fast.minIntervalMs = 500;
    fast.maxIntervalMs = 3000;
    fast.noProgressMaxIntervalMs = 3000;
    fast.learnedNoProgressMaxIntervalMs = 3000;
    fast.maxInFlightPerHost = 8;
    engine.setRefreshSettings(fast);
    for (const ApiEndpoint endpoint :
         {ApiEndpoint::FeishuContactTask, ApiEndpoint::FeishuDriveTaskCheck})
        engine.session().transport().setCallsPerSecond(endpoint, 100000);
    dashboard->window->show();
    spin(500);
    LatencyProbe probe;
    probe.onSample = [](qint64 lateUs) { timedApp()->probeSampled(lateUs); };
    const qint64 baselineRss = residentBytes("VmRSS:");
    const qint64 baselineHeap = qint64(mallinfo2().uordblks);

    int answers = 0;
    QObject::connect(&engine, &Engine::taskAnswered, &engine,
                     [&answers](const QString &, const TaskSnapshot &) { ++answers; });

    QElapsedTimer timer;
    timer.start();
    engine.addTasks(refs);
    const qint64 addMs = timer.elapsed();
    probe.start();
    // Every task answered at least once, then a few rounds more.
    QSet<QString> answered;
    const auto connection = QObject::connect(
        &engine, &Engine::taskAnswered, &engine,
        [&answered](const QString &key, const TaskSnapshot &) { answered.insert(key); });
    waitUntil([&] { return answered.size() >= kWatchedTasks; }, 120000);
    QObject::disconnect(connection);
    answered = {};
    const qint64 firstRoundMs = timer.elapsed();
    spin(5000);
    probe.stop();
    timedApp()->probeStopped();
    const double warmMaxStall = probe.maxMs();
    const qint64 tasksRss = residentBytes("VmRSS:");
    const qint64 tasksHeap = qint64(mallinfo2().uordblks);
    // For `heaptrack`: what is still allocated at exit is then what the figure above holds.
    if (qEnvironmentVariableIsSet("BENCH_EXIT_AFTER_TASKS")) {
        simulator.stop(); // _exit() runs no destructor: the simulator would outlive the run
        _exit(0);
    }
    // The same after the allocator has handed back what it holds free: live memory only.
    malloc_trim(0);
    const qint64 tasksTrimmedRss = residentBytes("VmRSS:");
    std::printf("10,000 tasks added in %lld ms, all answered once after %lld ms (%d answers); "
                "longest stall while they came in %.1f ms\n",
                static_cast<long long>(addMs), static_cast<long long>(firstRoundMs), answers,
                warmMaxStall);

    // The large import finishes: its answer of 100,000 rows is decoded and stored, then shown.
    startPhase(probe);
    const TaskRef bigRef = refOf(TaskKind::FeishuContact, bigTaskId);
    engine.addTasks({bigRef});
    waitUntil(
        [&] {
            const WatchedTask *task = engine.tasks().task(bigRef.key());
            return task && task->snapshot && task->snapshot->isTerminal();
        },
        60000);
    spin(1000);
    const PhaseStall bigAnswer = endPhase(probe, "while the 100,000-row answer arrived");
    DetailPane *detail = dashboard->window->detailPane();
    bool rowsShown = false;
    QObject::connect(detail, &DetailPane::refreshed, detail,
                     [&](const QString &key) { rowsShown = rowsShown || key == bigRef.key(); });
    // The row is looked up before the probe starts: the benchmark's own walk over 10,000 rows
    // is not the window's work. Selecting it is, as the one event a user's click would be.
    TaskTableView *table = dashboard->window->taskTable();
    QPersistentModelIndex bigRow;
    for (int row = 0; row < table->model()->rowCount() && !bigRow.isValid(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(TaskTableModel::TaskKeyRole).toString() == bigRef.key())
            bigRow = index;
    }
    startPhase(probe);
    QElapsedTimer sinceSelected;
    QTimer::singleShot(0, table, [&] {
        sinceSelected.start();
        table->setCurrentIndex(bigRow);
        detail->setCurrentWidget(detail->subtasksTab());
    });
    waitUntil([&] { return rowsShown; }, 60000);
    // Mostly the store's: the rows are read back once the write of the answer has ended.
    const double rowsShownMs = double(sinceSelected.elapsed());
    spin(1000);
    const PhaseStall showRows = endPhase(probe, "while the detail pane showed the rows");

    const qint64 rowsRss = residentBytes("VmRSS:");
    std::printf("100,000-row answer: longest stall %.1f ms while it arrived, %.1f ms while the "
                "detail pane showed its rows (%s %.0f ms after the task was selected)\n",
                bigAnswer.wallMs, showRows.wallMs, rowsShown ? "shown" : "not shown in 60 s",
                rowsShownMs);

    // The measured minute: everything refreshes as fast as the scheduler lets it.
    const int answersBefore = answers;
    startPhase(probe);
    timer.restart();
    spin(seconds * 1000);
    const PhaseStall minute = endPhase(probe, "during the measured refresh");
    const double measuredS = double(timer.elapsed()) / 1000.0;
    const int measuredAnswers = answers - answersBefore;
    const qint64 peakRss = residentBytes("VmHWM:");
    const int minuteSamples = probe.samples();
    const int minuteSamplesOver = probe.samplesOver(16.0);
    const int minuteCpuSamplesOver = probe.cpuSamplesOver(16.0);
    const double minuteP99 = probe.quantileMs(0.99);
    const double minuteCpuP99 = probe.cpuQuantileMs(0.99);

    // After the measured minute, so that it runs as before with the finished task shown: the
    // user asks for the shown task again (F5); the same 100,000 rows come back, are stored,
    // read back and laid over the ones shown.
    rowsShown = false;
    startPhase(probe);
    QElapsedTimer sinceAsked;
    QTimer::singleShot(0, table, [&] {
        sinceAsked.start();
        engine.refresh({bigRef.key()});
    });
    waitUntil([&] { return rowsShown; }, 60000);
    const double refreshedRowsShownMs = double(sinceAsked.elapsed());
    spin(1000);
    const PhaseStall refreshRows = endPhase(probe, "while the shown 100,000 rows were refreshed");

    // Another task is selected: the 100,000 rows leave the view.
    startPhase(probe);
    QTimer::singleShot(0, table, [&] { table->setCurrentIndex(table->model()->index(0, 0)); });
    spin(1500);
    const PhaseStall leaveRows = endPhase(probe, "while another task was selected");
    timedApp()->record(false);

    // The model's apply path (proxies and view attached), timed on answers as they came in:
    // each replayed with a new check time, as every refresh brings.
    QList<std::pair<QString, TaskSnapshot>> recorded;
    const auto recorder =
        QObject::connect(&engine, &Engine::taskAnswered, &engine,
                         [&recorded](const QString &key, const TaskSnapshot &snapshot) {
                             if (recorded.size() < 2000 && snapshot.subtasks.isEmpty())
                                 recorded.append({key, snapshot});
                         });
    waitUntil([&] { return recorded.size() >= 2000; }, 60000);
    QObject::disconnect(recorder);
    engine.pause();
    spin(200);
    timer.restart();
    for (const auto &[key, snapshot] : std::as_const(recorded))
        engine.tasks().applySnapshot(key, snapshot, QDateTime::currentDateTimeUtc());
    const double applyUs = double(timer.nsecsElapsed()) / 1000.0 / double(recorded.size());

    std::printf("refresh for %.0f s: %d snapshots applied (%.0f per second), %d probe samples, "
                "%d over 16 ms wall, %d over 16 ms of GUI-thread CPU\n",
                measuredS, measuredAnswers, double(measuredAnswers) / measuredS, minuteSamples,
                minuteSamplesOver, minuteCpuSamplesOver);
    bench("ui.max_stall_ms", minute.wallMs);
    bench("ui.p99_stall_ms", minuteP99);
    bench("ui.max_stall_cpu_ms", minute.cpuMs);
    bench("ui.max_stall_not_waiting_ms", minute.notWaitingMs);
    bench("ui.samples_over_16ms", minuteSamplesOver);
    bench("ui.p99_stall_cpu_ms", minuteCpuP99);
    bench("ui.snapshots_per_s", double(measuredAnswers) / measuredS);
    bench("ui.apply_us_per_snapshot", applyUs);
    const std::pair<const char *, PhaseStall> phases[] = {{"big_answer", bigAnswer},
                                                          {"show_rows", showRows},
                                                          {"refresh_rows", refreshRows},
                                                          {"leave_rows", leaveRows}};
    for (const auto &[name, stall] : phases) {
        const auto figure = [name](const char *what) -> QByteArray {
            return QByteArray("ui.") + name + "_stall" + what;
        };
        bench(figure("_ms").constData(), stall.wallMs);
        bench(figure("_cpu_ms").constData(), stall.cpuMs);
        bench(figure("_not_waiting_ms").constData(), stall.notWaitingMs);
    }
    bench("ui.rows_shown_after_ms", rowsShownMs);
    bench("ui.refreshed_rows_shown_after_ms", refreshedRowsShownMs);
    bench("ui.add_10k_ms", double(addMs));
    bench("ui.baseline_rss_bytes", double(baselineRss));
    bench("ui.rss_per_task_bytes", double(tasksRss - baselineRss) / kWatchedTasks);
    bench("ui.heap_per_task_bytes", double(tasksHeap - baselineHeap) / kWatchedTasks);
    bench("ui.rss_per_task_trimmed_bytes", double(tasksTrimmedRss - baselineRss) / kWatchedTasks);
    bench("ui.rss_with_rows_per_task_bytes", double(rowsRss - baselineRss) / kWatchedTasks);
    bench("ui.peak_rss_bytes", double(peakRss));

    // Start-up on the list this run left behind (10,001 tasks, one of them with 100,000 rows).
    dashboard.reset();
    QList<double> firstPaints;
    QList<double> firstPaintCpu;
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--first-paint"), folder.path()});
        child.waitForFinished(60000);
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("BENCH ui.first_paint_ms="))
                firstPaints.append(line.mid(line.indexOf('=') + 1).toDouble());
            else if (line.startsWith("BENCH ui.first_paint_cpu_ms="))
                firstPaintCpu.append(line.mid(line.indexOf('=') + 1).toDouble());
            else if (run == 0 && !line.isEmpty())
                std::printf("%s\n", line.constData());
        }
    }
    std::printf("first paint, 3 starts: %s ms\n", qPrintable([&] {
                    QStringList texts;
                    for (double ms : firstPaints)
                        texts.append(QString::number(ms, 'f', 0));
                    return texts.join(QStringLiteral(", "));
                }()));
    bench("ui.first_paint_ms", median(firstPaints));
    bench("ui.first_paint_cpu_ms", median(firstPaintCpu));
    return firstPaints.isEmpty() ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines show as they come, into a log too
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 2 && arguments.at(1) == QLatin1String("--first-paint"))
        return firstPaintRun(arguments.at(2));
    const int seconds = arguments.size() > 1 ? arguments.at(1).toInt() : 60;
    return fullRun(seconds > 0 ? seconds : 60);
}
