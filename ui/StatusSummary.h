#pragma once

#include <QElapsedTimer>
#include <QWidget>

class Engine;
class QLabel;
class QTimer;
class Preferences;
struct TaskCounts;

// The status bar's texts: counts, the next check, why checking is paused, whether a platform
// stopped answering at all, and the calls each account spent this month against its budget.
class StatusSummary final : public QWidget
{
    Q_OBJECT

public:
    StatusSummary(const Engine &engine, const Preferences &preferences, QWidget *parent = nullptr);

    void update(const TaskCounts &counts, const QString &pauseReason);
    QString countsText() const;
    QString scheduleText() const;
    QString callsText() const;
    QString connectivityText() const;

private:
    static constexpr qint64 kCallsIntervalMs = 1000;

    void showConnectivity();
    void showCalls();

    const Engine &m_engine;
    const Preferences &m_preferences;
    QLabel *m_counts = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_connectivity = nullptr;
    QTimer *m_callsLater = nullptr;
    QElapsedTimer m_callsShown; // when the calls were last shown
};
