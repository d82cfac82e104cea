#include "models/paste/IdShape.h"

#include <algorithm>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isAsciiDigit);
}

} // namespace

namespace IdShape {

bool isIdChar(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isKeyedId(QStringView token)
{
    if (token.size() < 4 || token.size() > kMaxLength)
        return false;
    if (!isAsciiDigit(token.front()) && !isAsciiLetter(token.front()))
        return false;
    return std::all_of(token.begin(), token.end(), isIdChar) && hasDigit(token) &&
           !isNumberLike(token);
}

bool isBareId(QStringView token)
{
    return token.size() >= 8 && isKeyedId(token);
}

bool isPlainValue(QStringView value)
{
    if (value.isEmpty() || value.size() > kMaxLength)
        return false;
    static const QString forbidden = QStringLiteral("\"'`{}<>\\");
    return std::none_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || !c.isPrint() || forbidden.contains(c);
    });
}

bool isPositionedId(QStringView id)
{
    return isPlainValue(id) && hasDigit(id);
}

bool isWrittenId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxWrittenLength)
        return false;
    return std::none_of(id.begin(), id.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

bool isPlaceholder(QStringView id)
{
    // Opened is enough: a link's closing brace may have been taken as punctuation.
    if (id.startsWith(QLatin1Char('{')) || id.startsWith(QLatin1Char('<')) ||
        id.startsWith(QLatin1String("${")))
        return true;
    return id.size() >= 2 && id.front() == QLatin1Char(':') &&
           std::all_of(id.begin() + 1, id.end(),
                       [](QChar c) { return isAsciiLetter(c) || c == QLatin1Char('_'); });
}

bool isNumberLike(QStringView token)
{
    static const QString separators = QStringLiteral("-/:.,+_");
    bool separated = false;
    for (QChar c : token) {
        if (separators.contains(c))
            separated = true;
        else if (!isAsciiDigit(c))
            return false;
    }
    return separated && hasDigit(token);
}

std::optional<TaskKind> guessKind(QStringView id)
{
    if (id.size() == 32 && std::all_of(id.begin(), id.end(), isHexDigit))
        return TaskKind::FeishuContact;
    if (id.size() >= 16 && id.size() <= 20 && std::all_of(id.begin(), id.end(), isAsciiDigit))
        return TaskKind::FeishuDrive;
    return std::nullopt;
}

} // namespace IdShape
