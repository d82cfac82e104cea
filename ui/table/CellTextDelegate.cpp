#include "ui/table/CellTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <utility>

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plain =
        !(cell.features &
          (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)) &&
        !(cell.state & QStyle::State_HasFocus) && !cell.text.contains(QLatin1Char('\n'));
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(cell.text, QString());
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // The style's own margins and colours for an item view's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText shown = m_texts.text(text, cell.font, area.width(), cell.textElideMode);
    const QSizeF size = shown.size();
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    double x = area.left();
    if (alignment & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2.0;
    double y = area.top() + (area.height() - size.height()) / 2.0;
    if (alignment & Qt::AlignTop)
        y = area.top();
    else if (alignment & Qt::AlignBottom)
        y = area.bottom() + 1 - size.height();
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : cell.state & QStyle::State_Active   ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setClipRect(cell.rect);
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(
        group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), shown);
    painter->restore();
}
