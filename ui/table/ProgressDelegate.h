#pragma once

#include "ui/table/StaticTextCache.h"

#include <QStyledItemDelegate>

// Paints the progress column as a bar in the palette's colours: "42 %" while running, "37 of
// 50 failed" for a task that ended partly failed, a busy bar for a running task that reports
// no progress, coloured by state from TaskStateColors (light and dark palettes alike).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text the bar carries for this cell of the task table (also its accessible text).
    static QString barText(const QModelIndex &index);

    // The busy bar's phase moves with this counter; the view bumps it on a timer while a
    // running task without progress is visible.
    void setBusyPhase(int phase) { m_busyPhase = phase; }

private:
    int m_busyPhase = 0;
    mutable StaticTextCache m_texts; // the bars' texts
};
