#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
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
    // Texts laid out for the bars, dropped together when the font changes or there are many.
    static constexpr qsizetype kMaxCachedTexts = 512;
    const QStaticText &staticText(const QString &text, const QFont &font) const;

    int m_busyPhase = 0;
    mutable QHash<QString, QStaticText> m_texts;
    mutable QFont m_textFont;
};
