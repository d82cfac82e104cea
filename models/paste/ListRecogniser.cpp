#include "models/paste/ListRecogniser.h"

#include "models/paste/IdShape.h"

#include <algorithm>

namespace {

enum class ItemClass {
    Id,
    Broken,  // meant as an id, but not one
    Passing, // punctuation, bullets, short numbers, dates, times
    Word,
};

bool isSeparator(QChar c)
{
    static const QString separators = QStringLiteral(",;、|");
    return c.isSpace() || separators.contains(c);
}

bool isEndNoise(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

ItemClass classify(QStringView item)
{
    if (IdShape::isBareId(item))
        return ItemClass::Id;
    if (IdShape::isNumberLike(item))
        return ItemClass::Passing;
    // key=value and key:value are fields of a log line or parts of a link, not list items.
    if (item.contains(QLatin1Char('=')) || item.contains(QLatin1Char(':')))
        return ItemClass::Word;
    const auto digits = std::count_if(item.begin(), item.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    const auto strays =
        std::count_if(item.begin(), item.end(), [](QChar c) { return !IdShape::isIdChar(c); });
    if (digits >= 6 && strays <= 2 && strays * 10 <= item.size())
        return ItemClass::Broken;
    if (std::none_of(item.begin(), item.end(), [](QChar c) { return c.isLetter(); }))
        return ItemClass::Passing;
    return ItemClass::Word;
}

} // namespace

bool ListRecogniser::recognise(const QString &text, qsizetype begin, qsizetype end,
                               QList<PasteCandidate> &found) const
{
    QList<PasteCandidate> items;
    qsizetype pos = begin;
    while (pos < end) {
        while (pos < end && isSeparator(text.at(pos)))
            ++pos;
        qsizetype itemEnd = pos;
        while (itemEnd < end && !isSeparator(text.at(itemEnd)))
            ++itemEnd;
        qsizetype first = pos;
        qsizetype last = itemEnd;
        while (first < last && isEndNoise(text.at(first)))
            ++first;
        while (last > first && isEndNoise(text.at(last - 1)))
            --last;
        pos = itemEnd;
        if (first == last)
            continue;

        const QStringView item = QStringView(text).mid(first, last - first);
        PasteCandidate candidate;
        candidate.begin = first;
        candidate.end = last;
        candidate.spanIsSource = true;
        switch (classify(item)) {
        case ItemClass::Word:
            return false;
        case ItemClass::Passing:
            continue;
        case ItemClass::Id:
            candidate.taskId = item.toString();
            break;
        case ItemClass::Broken:
            candidate.finding = PasteCandidate::Finding::NotRecognisable;
            break;
        }
        items << candidate;
    }
    found << items;
    return true;
}
