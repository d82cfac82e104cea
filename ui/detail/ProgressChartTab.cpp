#include "ui/detail/ProgressChartTab.h"

#include "ui/TaskStateColors.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

constexpr qint64 kShortestSpanMs = 10 * 1000;

QPen seriesPen(const QColor &colour, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    return pen;
}

} // namespace

ProgressChartTab::ProgressChartTab(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_succeeded(new QLineSeries)
    , m_failed(new QLineSeries)
    , m_progress(new QLineSeries)
    , m_predicted(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
{
    m_succeeded->setName(tr("Succeeded"));
    m_failed->setName(tr("Failed"));
    m_progress->setName(tr("Progress %"));
    m_predicted->setName(tr("Predicted finish"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    for (QLineSeries *series : {m_succeeded, m_failed, m_progress, m_predicted}) {
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        series->setPointsVisible(series != m_predicted);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setMin(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Progress over time"));
    m_view->setAccessibleDescription(
        tr("Succeeded and failed rows, or progress in percent, at each check, with the "
           "predicted finish"));
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("No progress recorded yet."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    applyPalette();
    setTask(nullptr);
}

void ProgressChartTab::setTask(const WatchedTask *task)
{
    Drawn drawn;
    if (task) {
        drawn.samples = task->history.samples();
        if (!task->isTerminal())
            drawn.predictedFinishMs = task->history.estimatedFinishMs();
    }
    // Laying out the chart's axes takes a few milliseconds; a hidden tab does it when shown.
    if (isVisible()) {
        m_pending.reset();
        draw(drawn);
    } else {
        m_pending = std::move(drawn);
    }
}

void ProgressChartTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        draw(*std::exchange(m_pending, std::nullopt));
}

void ProgressChartTab::draw(const Drawn &drawn)
{
    const QList<HistorySample> &samples = drawn.samples;
    m_showsCounts = std::any_of(samples.cbegin(), samples.cend(), [](const HistorySample &s) {
        return s.succeeded.has_value() || s.failed.has_value();
    });
    QList<QPointF> succeeded;
    QList<QPointF> failed;
    QList<QPointF> progress;
    double highest = m_showsCounts ? 1 : 100;
    for (const HistorySample &sample : samples) {
        const auto x = double(sample.atMs);
        if (m_showsCounts) {
            if (sample.succeeded)
                succeeded.append({x, double(*sample.succeeded)});
            if (sample.failed)
                failed.append({x, double(*sample.failed)});
            for (const auto &value : {sample.succeeded, sample.failed, sample.total}) {
                if (value)
                    highest = std::max(highest, double(*value));
            }
        } else if (sample.progress) {
            progress.append({x, *sample.progress});
        }
    }
    m_succeeded->replace(succeeded);
    m_failed->replace(failed);
    m_progress->replace(progress);
    m_succeeded->setVisible(m_showsCounts);
    m_failed->setVisible(m_showsCounts);
    m_progress->setVisible(!m_showsCounts);

    qint64 first = samples.isEmpty() ? 0 : samples.first().atMs;
    qint64 last = samples.isEmpty() ? 0 : samples.last().atMs;
    QList<QPointF> predicted;
    if (const std::optional<qint64> finish = drawn.predictedFinishMs) {
        predicted = {{double(*finish), 0.0}, {double(*finish), highest}};
        last = std::max(last, *finish);
    }
    m_predicted->replace(predicted);
    m_predicted->setVisible(!predicted.isEmpty());
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        marker->setVisible(marker->series()->isVisible());
    }
    if (last - first < kShortestSpanMs)
        last = first + kShortestSpanMs;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_time->setFormat(last - first > 24 * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm")
                                                      : QStringLiteral("HH:mm:ss"));
    m_values->setRange(0, m_showsCounts ? highest : 100);
    m_values->setTitleText(m_showsCounts ? tr("Rows") : tr("Percent"));
    m_values->applyNiceNumbers();

    const bool empty = samples.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void ProgressChartTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void ProgressChartTab::applyPalette()
{
    const QPalette colours = palette();
    const TaskStateColors states(colours);
    m_chart->setBackgroundBrush(colours.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(colours.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    const QColor grid = colours.color(QPalette::Mid);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.brush(QPalette::Text));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    m_succeeded->setPen(seriesPen(states.foreground(TaskState::Succeeded)));
    m_failed->setPen(seriesPen(states.foreground(TaskState::Failed)));
    m_progress->setPen(seriesPen(colours.color(QPalette::Highlight)));
    m_predicted->setPen(seriesPen(colours.color(QPalette::Text), Qt::DashLine));
    m_view->setBackgroundBrush(colours.brush(QPalette::Base));
}
