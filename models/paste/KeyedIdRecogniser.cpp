#include "models/paste/KeyedIdRecogniser.h"

#include "models/paste/IdShape.h"
#include "models/paste/PasteText.h"

#include <array>

namespace {

// Nouns whose "id" is not a task's: "request id abc" is a request id.
constexpr std::array kOtherIdOwners{
    "request",    "log",    "trace",     "span",     "user",    "union",  "open",    "employee",
    "department", "dept",   "chat",      "app",      "tenant",  "rule",   "message", "msg",
    "file",       "folder", "space",     "node",     "session", "client", "corp",    "agent",
    "event",      "parent", "workspace", "template", "doc",     "dentry"};

enum class KeyStrength {
    Explicit, // the key says "task id": any id shape goes
    Plain,    // a plain word: only the full standalone shape goes
};

bool isOpeningNoise(QChar c)
{
    static const QString noise = QStringLiteral("'\"`“”‘’[( \t");
    return noise.contains(c);
}

bool isListNoise(QChar c)
{
    static const QString noise = QStringLiteral("'\"`“”‘’[](),;、| \t");
    return noise.contains(c);
}

bool namesAnotherOwner(QStringView text, qsizetype keyStart)
{
    if (keyStart > 0 && text.at(keyStart - 1).isLetter())
        return true; // 用户ID, 请求ID: written without a space
    qsizetype end = keyStart;
    while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    if (end == keyStart)
        return false;
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    const QStringView word = text.mid(start, end - start);
    for (const char *owner : kOtherIdOwners) {
        if (word.compare(QLatin1String(owner), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qsizetype idTokenEnd(QStringView text, qsizetype from, qsizetype end)
{
    qsizetype pos = from;
    while (pos < end && IdShape::isIdChar(text.at(pos)))
        ++pos;
    return pos;
}

bool accepts(KeyStrength strength, QStringView token)
{
    return strength == KeyStrength::Explicit ? IdShape::isKeyedId(token) : IdShape::isBareId(token);
}

// A task found at line[from, to), where the line starts at `offset` in the paste.
PasteCandidate taskAt(const QString &line, qsizetype from, qsizetype to, qsizetype offset)
{
    PasteCandidate candidate;
    candidate.begin = offset + from;
    candidate.end = offset + to;
    candidate.taskId = line.mid(from, to - from);
    return candidate;
}

} // namespace

KeyedIdRecogniser::KeyedIdRecogniser()
    : m_key(QString::fromUtf8(R"((?<![A-Za-z0-9_-])(?:((?:task[ _-]?ids|tasks)(?![A-Za-z0-9_]))|)"
                              R"(((?:task[ _-]?id)(?![A-Za-z0-9_])|任务\s*(?:id|编号))|)"
                              R"(((?:task|id)(?![A-Za-z0-9_])|任务))["']?\s*(?:=>|->|[=:#])?\s*)"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption)
{
    m_key.optimize();
}

void KeyedIdRecogniser::recognise(QString &text, qsizetype begin, qsizetype end,
                                  QList<PasteCandidate> &found) const
{
    // One match run over a copy of the line: each fresh match() call would check the whole
    // subject again, which is quadratic on a long line.
    const QString line = text.mid(begin, end - begin);
    const qsizetype size = line.size();
    qsizetype claimedEnd = 0;
    auto matches = m_key.globalMatch(line);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart() < claimedEnd)
            continue;
        const bool plural = match.capturedStart(1) >= 0;
        const bool plainWord = match.capturedStart(3) >= 0;
        const KeyStrength strength =
            plainWord || match.captured(1).compare(QLatin1String("tasks"), Qt::CaseInsensitive) == 0
                ? KeyStrength::Plain
                : KeyStrength::Explicit;
        if (plainWord && match.captured(3).compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 &&
            namesAnotherOwner(line, match.capturedStart(3)))
            continue;

        qsizetype valueStart = match.capturedEnd();
        while (valueStart < size && isOpeningNoise(line.at(valueStart)))
            ++valueStart;
        qsizetype valueEnd = idTokenEnd(line, valueStart, size);
        if (!accepts(strength, QStringView(line).mid(valueStart, valueEnd - valueStart)))
            continue;

        found << taskAt(line, valueStart, valueEnd, begin);
        while (plural) {
            qsizetype next = valueEnd;
            while (next < size && isListNoise(line.at(next)))
                ++next;
            const qsizetype nextEnd = idTokenEnd(line, next, size);
            if (next == valueEnd || !accepts(strength, QStringView(line).mid(next, nextEnd - next)))
                break;
            found << taskAt(line, next, nextEnd, begin);
            valueEnd = nextEnd;
        }
        claimedEnd = valueEnd;
        PasteText::blank(text, begin + match.capturedStart(), begin + claimedEnd);
    }
}
