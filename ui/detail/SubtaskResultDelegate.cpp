#include "ui/detail/SubtaskResultDelegate.h"

#include "models/watchlist/SubtaskModel.h"
#include "ui/TaskStateColors.h"
#include "ui/TaskStateIcons.h"

void SubtaskResultDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const TaskState state =
        index.data(SubtaskModel::FailedRole).toBool() ? TaskState::Failed : TaskState::Succeeded;
    option->palette.setColor(QPalette::Text, TaskStateColors(option->palette).foreground(state));
    option->icon = TaskStateIcons::icon(state, option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
