#include "ui/dialogs/PastePreviewDelegate.h"

#include "models/paste/PastePreviewModel.h"

#include <QComboBox>

PastePreviewDelegate::PastePreviewDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *PastePreviewDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    const QVariantList values = index.data(PastePreviewModel::ChoiceValuesRole).toList();
    const QStringList texts = index.data(PastePreviewModel::ChoiceTextsRole).toStringList();
    if (values.isEmpty() || values.size() != texts.size())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(texts.at(i), values.at(i));
    const QString column =
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    combo->setAccessibleName(column);
    combo->setAccessibleDescription(
        tr("Choose the %1 for line %2")
            .arg(column.toLower(), index.siblingAtColumn(PastePreviewModel::LineColumn)
                                       .data(Qt::DisplayRole)
                                       .toString()));
    // Applied at once, so the summary and the other rows follow while the editor stays open.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<PastePreviewDelegate *>(this)->commitData(combo); });
    return combo;
}

void PastePreviewDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant current = index.data(Qt::EditRole);
    const int at = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(at);
}

void PastePreviewDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() >= 0 && combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void PastePreviewDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == PastePreviewModel::TaskIdColumn)
        option->textElideMode = Qt::ElideMiddle;
    if (index.data(PastePreviewModel::PlaceholderRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
    }
    if (index.data(PastePreviewModel::SkippedRole).toBool())
        option->palette.setBrush(QPalette::Text,
                                 option->palette.brush(QPalette::Disabled, QPalette::Text));
}
