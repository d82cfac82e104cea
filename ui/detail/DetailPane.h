#pragma once

#include <QString>
#include <QTabWidget>

class Engine;
class OverviewTab;
class Preferences;
class ProgressChartTab;
class QSplitter;
class QTimer;
class RawAnswerTab;
class RequestLogView;
class SubmissionsTab;
class SubtasksTab;

// The current task in detail, under the table: Overview, Sub-tasks with the failures grouped,
// Submissions (report queries), Progress chart, and the raw answer with the task's request log. It
// refreshes only while visible and only for the task shown; loads from the store carry the task's
// key and a generation, and an answer that is no longer current is dropped.
class DetailPane final : public QTabWidget
{
    Q_OBJECT

public:
    explicit DetailPane(Engine &engine, Preferences *preferences = nullptr,
                        QWidget *parent = nullptr);

    const QString &taskKey() const { return m_key; }

    OverviewTab *overviewTab() const { return m_overview; }
    SubtasksTab *subtasksTab() const { return m_subtasks; }
    SubmissionsTab *submissionsTab() const { return m_submissions; }
    ProgressChartTab *progressTab() const { return m_progress; }
    RawAnswerTab *rawTab() const { return m_raw; }
    RequestLogView *requestLogView() const { return m_requestLog; }

public slots:
    // The window's current task (TaskTableView::currentTaskChanged); empty shows nothing.
    void showTask(const QString &key);

signals:
    // Everything shown for this task is up to date with the store (tests, screenshots).
    void refreshed(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void taskTouched(const QString &key);
    void refresh();
    void loadFinished();
    void updateTabs();

    Engine &m_engine;
    QString m_key;
    quint64 m_generation = 0;
    int m_pendingLoads = 0;
    bool m_stale = false;
    QTimer *m_refreshSoon = nullptr;
    OverviewTab *m_overview = nullptr;
    SubtasksTab *m_subtasks = nullptr;
    SubmissionsTab *m_submissions = nullptr;
    ProgressChartTab *m_progress = nullptr;
    QSplitter *m_rawAndLog = nullptr;
    RequestLogView *m_requestLog = nullptr;
    RawAnswerTab *m_raw = nullptr;
};
