#include "ui/table/ProgressDelegate.h"

#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "models/watchlist/TaskTableModel.h"
#include "ui/TaskStateColors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QRegion>

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

    const TaskStateColors colors(option.palette);
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor fill = colors.progressBar(state);
    const QRect groove = option.rect.adjusted(2, 2, -2, -2);
    // Painted with plain rectangles: the style's bar strokes antialiased rounded outlines, and
    // with thirty of them a repaint of the task table took 12 ms, most of a frame.
    painter->fillRect(groove.adjusted(1, 1, -1, -1), option.palette.color(group, QPalette::Base));
    const QColor outline = option.palette.color(group, QPalette::Window).darker(140);
    // The outline leaves its corner pixels out, which reads as a slightly rounded bar.
    painter->fillRect(QRect(groove.left() + 1, groove.top(), groove.width() - 2, 1), outline);
    painter->fillRect(QRect(groove.left() + 1, groove.bottom(), groove.width() - 2, 1), outline);
    painter->fillRect(QRect(groove.left(), groove.top() + 1, 1, groove.height() - 2), outline);
    painter->fillRect(QRect(groove.right(), groove.top() + 1, 1, groove.height() - 2), outline);

    const QRect inside = groove.adjusted(1, 1, -1, -1);
    QRect chunk;
    if (busy) {
        // A task that reports no progress: a chunk sliding along the groove says "working"
        // without pretending to know how far it is.
        const int chunkWidth = std::max(12, inside.width() / 4);
        const int travel = std::max(1, inside.width() - chunkWidth);
        const int step = m_busyPhase % (2 * travel / 8 + 1) * 8;
        const int offset = step <= travel ? step : 2 * travel - step;
        chunk = QRect(inside.left() + offset, inside.top(), chunkWidth, inside.height());
        QColor sliding = fill;
        sliding.setAlphaF(0.85);
        painter->fillRect(chunk, sliding);
    } else {
        const double share = std::clamp(progress.toDouble(), 0.0, 100.0) / 100.0;
        const int width = int(std::lround(share * inside.width()));
        chunk = QRect(inside.left(), inside.top(), width, inside.height());
        if (option.direction == Qt::RightToLeft)
            chunk.moveRight(inside.right());
        if (width > 0)
            painter->fillRect(chunk, fill);
    }

    // The text reads on both parts: the state's colour under the chunk, the base elsewhere.
    const QString text = barText(index);
    if (text.isEmpty())
        return;
    const QStaticText shown = m_texts.text(text, painter->font(), -1);
    const QSizeF size = shown.size();
    const QPointF at(inside.left() + (inside.width() - size.width()) / 2.0,
                     inside.top() + (inside.height() - size.height()) / 2.0);
    painter->save();
    const QRegion rest = QRegion(inside).subtracted(chunk);
    painter->setClipRegion(rest);
    painter->setPen(option.palette.color(group, QPalette::Text));
    painter->drawStaticText(at, shown);
    if (!chunk.isEmpty()) {
        painter->setClipRect(chunk.intersected(inside));
        painter->setPen(fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawStaticText(at, shown);
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int textWidth = option.fontMetrics.horizontalAdvance(barText(index)) + 24;
    size.setWidth(std::max({size.width(), textWidth, 120}));
    return size;
}
