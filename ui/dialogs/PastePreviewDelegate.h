#pragma once

#include <QStyledItemDelegate>

// Edits the preview's kind and account cells with a combo box of the choices the model
// offers (PastePreviewModel::ChoiceValuesRole), and draws hints and skipped rows subdued.
class PastePreviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PastePreviewDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
