#include "models/paste/PasteText.h"

namespace {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
}

} // namespace

namespace PasteText {

QString normalise(const QString &raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = text.normalized(QString::NormalizationForm_KC);
    text.removeIf(isInvisible);
    return text;
}

QString joinContinuations(const QString &text)
{
    QString joined = text;
    for (qsizetype i = 0; i + 1 < joined.size(); ++i) {
        if (joined.at(i) != QLatin1Char('\n'))
            continue;
        // Continued command lines go on with an indent or a flag; anything else after a
        // trailing \ (a Windows path, say) starts a line of its own.
        const QChar next = joined.at(i + 1);
        if (next != QLatin1Char(' ') && next != QLatin1Char('\t') && next != QLatin1Char('-'))
            continue;
        qsizetype mark = i - 1;
        while (mark >= 0 &&
               (joined.at(mark) == QLatin1Char(' ') || joined.at(mark) == QLatin1Char('\t')))
            --mark;
        if (mark >= 0 &&
            (joined.at(mark) == QLatin1Char('\\') || joined.at(mark) == QLatin1Char('^'))) {
            joined[mark] = QLatin1Char(' ');
            joined[i] = QLatin1Char(' ');
        }
    }
    return joined;
}

void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) != QLatin1Char('\n'))
            text[i] = QLatin1Char(' ');
    }
}

} // namespace PasteText
