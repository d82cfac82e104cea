#pragma once

#include <QStyledItemDelegate>

// The state column: the state's icon and colour beside its word, from the palette, so light and
// dark themes both read well and no state is told by colour alone.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StateDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
