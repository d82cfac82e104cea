#pragma once

#include <QStyledItemDelegate>

// The sub-task table's Result column: the state icon and colour of a failed or succeeded row,
// from the palette, so the failures stand out in light and dark themes alike.
class SubtaskResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
