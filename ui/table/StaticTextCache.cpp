#include "ui/table/StaticTextCache.h"

#include <QFontMetrics>
#include <QTransform>

QStaticText StaticTextCache::text(const QString &text, const QFont &font, int width,
                                  Qt::TextElideMode mode)
{
    if (font != m_font || m_texts.size() >= kMaxTexts) {
        m_texts.clear();
        m_font = font;
    }
    const QString key =
        QString::number(width) + QLatin1Char(char('0' + int(mode))) + QChar(0x1f) + text;
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        const QFontMetrics metrics(font);
        const bool elide =
            width >= 0 && mode != Qt::ElideNone && metrics.horizontalAdvance(text) > width;
        QStaticText laidOut(elide ? metrics.elidedText(text, mode, width) : text);
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), font);
        it = m_texts.insert(key, laidOut);
    }
    return it.value();
}
