#pragma once

#include "CliOptions.h"
#include "CliTaskResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class CliConsole;
class Engine;

// `status`: one fetch per task, or with --wait the adaptive scheduler until every task has
// finished (a finished task is never asked again) or --timeout runs out, when every unfinished
// task is looked at once more. Prints the result and reports the exit status.
class StatusCommand final : public QObject
{
    Q_OBJECT

public:
    StatusCommand(Engine &engine, CliConsole &console, const CliOptions &options,
                  const QList<TaskRef> &refs, QObject *parent = nullptr);
    ~StatusCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void fetchOnce();
    void watchUntilDone();
    void onSnapshot(const QString &key, const TaskSnapshot &snapshot);
    void onError(const QString &key, const ApiError &error);
    void settle(const QString &key);
    void settleLastLook(const QString &key);
    void lookOnceMore();
    void saveDurations();
    void showProgress();
    void finish();
    int exitCode(const QList<CliTaskResult> &results, QList<QString> *messages) const;

    Engine &m_engine;
    CliConsole &m_console;
    CliOptions m_options;
    QList<TaskRef> m_refs; // argument order, duplicates kept
    QHash<QString, CliTaskResult> m_results;
    QSet<QString> m_pending;
    bool m_watching = false; // --wait: the tasks are in the engine's watch list
    QTimer m_timeout;
    // After the deadline: the unfinished tasks whose last look has not been answered yet.
    QSet<QString> m_lastLook;
    QTimer m_lastLookLimit;
    QTimer m_progressTimer;
    QElapsedTimer m_elapsed;
    bool m_timedOut = false;
    bool m_done = false;
};
