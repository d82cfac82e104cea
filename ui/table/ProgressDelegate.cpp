#include "ui/table/ProgressDelegate.h"

#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "models/watchlist/TaskTableModel.h"
#include "ui/TaskStateColors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <cmath>

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ProgressDelegate::barText(const QModelIndex &index)
{
    return index.siblingAtColumn(TaskTableModel::ProgressColumn)
        .data(TaskTableModel::ProgressTextRole)
        .toString();
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    if (static_cast<TaskKind>(index.data(TaskTableModel::KindRole).toInt()) ==
        TaskKind::FeishuReport) {
        // A count of submissions, not a share of anything: text, no bar.
        const QRect text = option.rect.adjusted(4, 0, -4, 0);
        const QString shown =
            option.fontMetrics.elidedText(barText(index), Qt::ElideRight, text.width());
        style->drawItemText(painter, text, Qt::AlignVCenter | Qt::AlignLeading, option.palette,
                            option.state & QStyle::State_Enabled, shown,
                            option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                  : QPalette::Text);
        return;
    }
    const auto state = static_cast<TaskState>(index.data(TaskTableModel::StateRole).toInt());
    const QVariant progress = index.data(TaskTableModel::ProgressRole);
    const bool busy = !progress.isValid() && state == TaskState::Running;
    if (!progress.isValid() && !busy)
        return; // nothing known: an empty cell says so better than an empty bar

    QStyleOptionProgressBar bar;
    bar.initFrom(widget ? widget : static_cast<const QWidget *>(nullptr));
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.fontMetrics = option.fontMetrics;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = barText(index);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = busy ? 0 : int(std::lround(std::clamp(progress.toDouble(), 0.0, 100.0) * 10));
    const TaskStateColors colors(option.palette);
    bar.palette = option.palette;
    const QColor fill = colors.progressBar(state);
    bar.palette.setColor(QPalette::Highlight, fill);
    // The text over the filled part must read on the state's colour, light or dark.
    bar.palette.setColor(QPalette::HighlightedText,
                         fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
    if (!(option.state & QStyle::State_Enabled))
        bar.palette.setCurrentColorGroup(QPalette::Disabled);
    if (!busy) {
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        return;
    }
    // A task that reports no progress: a chunk sliding along the groove says "working" without
    // pretending to know how far it is.
    style->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter, widget);
    const QRect groove = bar.rect.adjusted(2, 2, -2, -2);
    const int chunkWidth = std::max(12, groove.width() / 4);
    const int travel = std::max(1, groove.width() - chunkWidth);
    const int step = m_busyPhase % (2 * travel / 8 + 1) * 8;
    const int offset = step <= travel ? step : 2 * travel - step;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor chunk = fill;
    chunk.setAlphaF(0.85);
    painter->setBrush(chunk);
    painter->drawRoundedRect(
        QRect(groove.left() + offset, groove.top(), chunkWidth, groove.height()), 2, 2);
    painter->restore();
    style->drawControl(QStyle::CE_ProgressBarLabel, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int textWidth = option.fontMetrics.horizontalAdvance(barText(index)) + 24;
    size.setWidth(std::max({size.width(), textWidth, 120}));
    return size;
}
