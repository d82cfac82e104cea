#include "ui/table/StateDelegate.h"

#include "models/watchlist/TaskTableModel.h"
#include "ui/TaskStateColors.h"
#include "ui/TaskStateIcons.h"

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = static_cast<TaskState>(index.data(TaskTableModel::StateRole).toInt());
    option->icon = TaskStateIcons::icon(state, option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
    const QColor color = TaskStateColors(option->palette).foreground(state);
    option->palette.setColor(QPalette::Text, color);
}
