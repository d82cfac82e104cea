#pragma once

#include "models/domain/WatchedTask.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

// The task's history as a chart: succeeded and failed counts over time, or progress in percent
// when the platform sends no counts, with the predicted finish marked. Colours come from the
// palette and the state colour table, so it reads in dark mode too.
class ProgressChartTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChartTab(QWidget *parent = nullptr);

    void setTask(const WatchedTask *task);

    QChart *chart() const { return m_chart; }
    QLineSeries *succeededSeries() const { return m_succeeded; }
    QLineSeries *failedSeries() const { return m_failed; }
    QLineSeries *progressSeries() const { return m_progress; }
    QLineSeries *predictedFinishSeries() const { return m_predicted; }
    // Whether the chart shows counts (true) or progress in percent (false).
    bool showsCounts() const { return m_showsCounts; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // What the chart draws of a task.
    struct Drawn
    {
        QList<HistorySample> samples;
        std::optional<qint64> predictedFinishMs; // a running task's estimated finish
    };

    void draw(const Drawn &drawn);
    void applyPalette();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_succeeded = nullptr;
    QLineSeries *m_failed = nullptr;
    QLineSeries *m_progress = nullptr;
    QLineSeries *m_predicted = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QLabel *m_empty = nullptr;
    bool m_showsCounts = false;
    std::optional<Drawn> m_pending; // set while hidden: drawn when the tab is shown
};
