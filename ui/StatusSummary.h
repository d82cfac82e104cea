#pragma once

#include <QWidget>

class Engine;
class QLabel;
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
    void showConnectivity();

    const Engine &m_engine;
    const Preferences &m_preferences;
    QLabel *m_counts = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_connectivity = nullptr;
};
