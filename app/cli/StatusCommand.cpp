#include "StatusCommand.h"

#include "app/engine/Engine.h"
#include "CliConsole.h"
#include "CliExit.h"
#include "CliMessages.h"
#include "CsvTaskWriter.h"
#include "DurationStatsCache.h"
#include "JsonTaskWriter.h"
#include "TableTaskWriter.h"

StatusCommand::StatusCommand(Engine &engine, CliConsole &console, const CliOptions &options,
                             const QList<TaskRef> &refs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_console(console)
    , m_options(options)
    , m_refs(refs)
{
    for (const TaskRef &ref : m_refs) {
        if (!m_results.contains(ref.key()))
            m_results.insert(ref.key(), CliTaskResult{ref, std::nullopt, std::nullopt});
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &StatusCommand::lookOnceMore);
    m_lastLookLimit.setSingleShot(true);
    connect(&m_lastLookLimit, &QTimer::timeout, this, &StatusCommand::finish);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &StatusCommand::showProgress);
}

StatusCommand::~StatusCommand() = default;

void StatusCommand::start()
{
    m_elapsed.start();
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it)
        m_pending.insert(it.key());
    if (m_options.wait)
        watchUntilDone();
    else
        fetchOnce();
}

void StatusCommand::fetchOnce()
{
    // All at once: the transport's rate limiter spaces them per endpoint.
    const QStringList keys = m_pending.values();
    for (const QString &key : keys) {
        m_engine.fetchOnce(m_results[key].ref, this,
                           [this, key](const Result<TaskSnapshot> &result) {
                               if (result.ok())
                                   m_results[key].snapshot = result.value();
                               else
                                   m_results[key].error = result.error();
                               settle(key);
                           });
    }
}

void StatusCommand::watchUntilDone()
{
    m_watching = true;
    RefreshSettings settings = m_engine.refreshSettings();
    settings.minIntervalMs = m_options.intervalMs;
    m_engine.setRefreshSettings(settings);
    if (m_options.learn)
        m_engine.setDurationSamples(DurationStatsCache::load(DurationStatsCache::defaultPath()));
    connect(&m_engine, &Engine::taskAnswered, this, &StatusCommand::onSnapshot);
    connect(&m_engine, &Engine::taskFailed, this, &StatusCommand::onError);
    if (m_options.timeoutMs > 0)
        m_timeout.start(static_cast<int>(m_options.timeoutMs));
    m_progressTimer.start();
    showProgress();
    QList<TaskRef> refs;
    for (const QString &key : std::as_const(m_pending))
        refs << m_results[key].ref;
    m_engine.addTasks(refs);
}

void StatusCommand::onSnapshot(const QString &key, const TaskSnapshot &snapshot)
{
    auto it = m_results.find(key);
    if (it == m_results.end() || m_done)
        return;
    it->snapshot = snapshot;
    it->error.reset();
    // The scheduler never asks again for a finished task.
    if (snapshot.isTerminal())
        settle(key);
    else if (m_timedOut)
        settleLastLook(key);
    else
        showProgress();
}

void StatusCommand::onError(const QString &key, const ApiError &error)
{
    auto it = m_results.find(key);
    if (it == m_results.end() || m_done)
        return;
    it->error = error;
    // Waiting cannot mend a wrong secret, a missing permission or a refused request: give up on
    // the task at once instead of polling it until --timeout. A task not found yet may still
    // appear, and transient failures back off and retry.
    const bool worthWaiting = error.isTransient() ||
                              error.category == ApiError::Category::NotFound ||
                              error.category == ApiError::Category::InvalidResponse;
    if (!worthWaiting) {
        m_engine.removeTasks({key});
        settle(key);
    } else if (m_timedOut) {
        settleLastLook(key);
    } else {
        showProgress();
    }
}

void StatusCommand::settle(const QString &key)
{
    m_pending.remove(key);
    m_lastLook.remove(key);
    if (m_pending.isEmpty() || (m_timedOut && m_lastLook.isEmpty()))
        finish();
    else
        showProgress();
}

void StatusCommand::settleLastLook(const QString &key)
{
    // Still running at the deadline: that is the answer, no further look.
    m_engine.removeTasks({key});
    m_lastLook.remove(key);
    if (m_lastLook.isEmpty())
        finish();
}

void StatusCommand::lookOnceMore()
{
    // Exit 4 must mean "still running at the deadline", not "not looked at for the last
    // minute": every unfinished task is asked once more, and the answers decide.
    m_timedOut = true;
    m_lastLook = m_pending;
    if (m_lastLook.isEmpty() || !m_watching) {
        finish();
        return;
    }
    m_engine.refresh(m_lastLook.values());
    // A look that cannot be answered within one request's time is no look.
    m_lastLookLimit.start(m_options.requestTimeoutMs + 2000);
}

void StatusCommand::saveDurations()
{
    if (!m_watching || !m_options.learn)
        return;
    if (!DurationStatsCache::save(DurationStatsCache::defaultPath(), m_engine.durationSamples()))
        m_console.error(tr("Note: how long the tasks took could not be kept in the cache "
                           "folder; the next --wait starts without it."));
}

void StatusCommand::showProgress()
{
    if (!m_options.wait || m_done)
        return;
    int finished = 0;
    int failed = 0;
    int errors = 0;
    for (const CliTaskResult &result : std::as_const(m_results)) {
        if (result.isTerminal())
            ++finished;
        if (TaskStates::isFailure(result.state()))
            ++failed;
        if (result.error)
            ++errors;
    }
    QString line = tr("%1 of %2 finished").arg(finished).arg(m_results.size());
    if (failed > 0)
        line += tr(", %1 failed").arg(failed);
    if (errors > 0)
        line += tr(", %1 not reachable").arg(errors);
    line += tr(" · %1 s").arg(m_elapsed.elapsed() / 1000);
    m_console.progress(line);
}

int StatusCommand::exitCode(const QList<CliTaskResult> &results, QList<QString> *messages) const
{
    QList<int> codes;
    QSet<QString> told;
    for (const CliTaskResult &result : results) {
        const bool first = !told.contains(result.ref.key());
        told.insert(result.ref.key());
        if (result.error) {
            codes << CliExit::Unavailable;
            if (first)
                messages->append(CliMessages::fetchFailed(result.ref, *result.error));
        } else if (result.snapshot && TaskStates::isFailure(result.snapshot->state)) {
            codes << CliExit::Failed;
            if (first)
                messages->append(CliMessages::taskFailed(*result.snapshot));
        } else if (m_options.wait && !result.isTerminal()) {
            codes << CliExit::TimedOut;
            if (first)
                messages->append(CliMessages::stillRunning(result.ref, result.state()));
        }
    }
    return CliExit::combine(codes);
}

void StatusCommand::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_lastLookLimit.stop();
    m_progressTimer.stop();
    if (m_watching)
        m_engine.pause();
    saveDurations();
    m_console.clearProgress();

    QList<CliTaskResult> ordered;
    for (const TaskRef &ref : std::as_const(m_refs))
        ordered << m_results.value(ref.key());

    QByteArray bytes;
    QString problem;
    switch (m_options.format) {
    case CliOptions::Format::Json:
        bytes = JsonTaskWriter::write(ordered, m_options.subtasks, m_options.failedOnly);
        break;
    case CliOptions::Format::Csv:
        bytes = CsvTaskWriter::write(ordered, m_options.subtasks, m_options.failedOnly, &problem);
        break;
    case CliOptions::Format::Table:
        bytes =
            TableTaskWriter::write(ordered, m_options.subtasks, m_options.failedOnly,
                                   m_options.outputFile.isEmpty() && CliConsole::stdoutIsTerminal())
                .toUtf8();
        break;
    }
    QList<QString> messages;
    int code = exitCode(ordered, &messages);
    if (problem.isEmpty())
        m_console.writeResult(bytes, m_options.outputFile, &problem);
    for (const QString &message : std::as_const(messages))
        m_console.error(message);
    if (!problem.isEmpty()) {
        m_console.error(problem);
        code = CliExit::Usage;
    }
    emit finished(code);
}
