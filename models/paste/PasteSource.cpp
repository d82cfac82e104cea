#include "models/paste/PasteSource.h"

#include "models/paste/PasteText.h"

#include <algorithm>

namespace {

constexpr qsizetype kMaxLine = 160;
constexpr qsizetype kContext = 60;
constexpr qsizetype kMaxSpan = 240;

QString oneLine(QStringView text)
{
    return PasteText::joinContinuations(text.toString()).simplified();
}

} // namespace

namespace PasteSource {

QString span(const QString &text, qsizetype begin, qsizetype end)
{
    return oneLine(QStringView(text).mid(begin, std::min(end - begin, kMaxSpan)));
}

QString line(const QString &text, qsizetype lineBegin, qsizetype lineEnd, qsizetype begin,
             qsizetype end)
{
    if (lineEnd - lineBegin <= kMaxLine)
        return oneLine(QStringView(text).mid(lineBegin, lineEnd - lineBegin));
    const qsizetype from = std::max(lineBegin, begin - kContext);
    const qsizetype to = std::min({lineEnd, end + kContext, from + kMaxSpan});
    QString fragment = oneLine(QStringView(text).mid(from, to - from));
    if (from > lineBegin)
        fragment.prepend(QChar(0x2026));
    if (to < lineEnd)
        fragment.append(QChar(0x2026));
    return fragment;
}

} // namespace PasteSource
