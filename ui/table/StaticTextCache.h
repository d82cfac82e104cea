#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

// Texts laid out once for painting, elided to a width: a table shows a few hundred cells and
// repaints them often, and laying out each cell's text on every paint (what the style's item
// painting does) was most of the cost of a repaint.
class StaticTextCache final
{
public:
    // text in font, elided with mode to fit width (a negative width: never elided).
    QStaticText text(const QString &text, const QFont &font, int width,
                     Qt::TextElideMode mode = Qt::ElideRight);

private:
    // Dropped all at once when full: the visible cells come back on the next paint.
    static constexpr qsizetype kMaxTexts = 2048;

    QHash<QString, QStaticText> m_texts;
    QFont m_font;
};
