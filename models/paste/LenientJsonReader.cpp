#include "models/paste/LenientJsonReader.h"

#include <algorithm>

namespace {

// Deeper nesting is not an API answer; the limit keeps the recursion off the stack's end.
constexpr int kMaxDepth = 64;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') ||
           c == QLatin1Char('-');
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'');
}

} // namespace

LenientJsonReader::LenientJsonReader(QStringView text)
    : m_text(text)
{}

std::optional<LenientJsonNode> LenientJsonReader::readObject(qsizetype from)
{
    m_pos = from;
    LenientJsonNode node;
    node.type = LenientJsonNode::Type::Object;
    node.begin = from;
    readObjectInto(node, 0);
    if (node.children.empty())
        return std::nullopt;
    return node;
}

bool LenientJsonReader::readObjectInto(LenientJsonNode &node, int depth)
{
    ++m_pos; // '{'
    node.end = m_pos;
    bool separated = true;
    while (true) {
        skipSpace();
        if (atEnd())
            return false;
        if (current() == QLatin1Char('}')) {
            node.end = ++m_pos;
            return true;
        }
        if (current() == QLatin1Char(',')) {
            ++m_pos;
            separated = true;
            continue;
        }
        // A missing comma is forgiven only before a quoted key, where the intent is plain.
        if (!separated && !isQuote(current()))
            return false;
        LenientJsonNode child;
        child.begin = m_pos;
        if (!(isQuote(current()) ? readString(child.key) : readWord(child.key)))
            return false;
        skipSpace();
        if (atEnd() || current() != QLatin1Char(':'))
            return false;
        ++m_pos;
        skipSpace();
        const bool complete = readValue(child, depth + 1);
        if (complete || !child.children.empty()) {
            node.children.push_back(std::move(child));
            node.end = node.children.back().end;
        }
        if (!complete)
            return false;
        separated = false;
    }
}

bool LenientJsonReader::readArrayInto(LenientJsonNode &node, int depth)
{
    ++m_pos; // '['
    node.end = m_pos;
    while (true) {
        skipSpace();
        if (atEnd())
            return false;
        if (current() == QLatin1Char(']')) {
            node.end = ++m_pos;
            return true;
        }
        if (current() == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        LenientJsonNode child;
        const bool complete = readValue(child, depth + 1);
        if (complete || !child.children.empty()) {
            node.children.push_back(std::move(child));
            node.end = node.children.back().end;
        }
        if (!complete)
            return false;
    }
}

bool LenientJsonReader::readValue(LenientJsonNode &node, int depth)
{
    if (atEnd() || depth > kMaxDepth)
        return false;
    node.begin = m_pos;
    bool complete = false;
    const QChar c = current();
    if (c == QLatin1Char('{')) {
        node.type = LenientJsonNode::Type::Object;
        return readObjectInto(node, depth);
    }
    if (c == QLatin1Char('[')) {
        node.type = LenientJsonNode::Type::Array;
        return readArrayInto(node, depth);
    }
    if (isQuote(c)) {
        node.type = LenientJsonNode::Type::String;
        complete = readString(node.text);
    } else if (c == QLatin1Char('-') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
        node.type = LenientJsonNode::Type::Number;
        complete = readNumber(node.text);
    } else {
        node.type = LenientJsonNode::Type::Literal;
        complete = readWord(node.text);
    }
    node.end = m_pos;
    return complete;
}

bool LenientJsonReader::readString(QString &out)
{
    const QChar quote = current();
    ++m_pos;
    while (!atEnd()) {
        const QChar c = current();
        ++m_pos;
        if (c == quote)
            return true;
        if (c == QLatin1Char('\n'))
            return false; // a stray quote, not a string: do not run on through the paste
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (atEnd())
            return false;
        const QChar escaped = current();
        ++m_pos;
        switch (escaped.unicode()) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'u': {
            if (m_pos + 4 > m_text.size())
                return false;
            bool ok = false;
            const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok)
                return false;
            out += QChar(unit);
            m_pos += 4;
            break;
        }
        default:
            out += escaped;
        }
    }
    return false;
}

bool LenientJsonReader::readWord(QString &out)
{
    const qsizetype start = m_pos;
    while (!atEnd() && isWordChar(current()))
        ++m_pos;
    out = m_text.mid(start, m_pos - start).toString();
    return m_pos > start;
}

bool LenientJsonReader::readNumber(QString &out)
{
    static const QString numberChars = QStringLiteral("0123456789+-.eE");
    const qsizetype start = m_pos;
    while (!atEnd() && numberChars.contains(current()))
        ++m_pos;
    out = m_text.mid(start, m_pos - start).toString();
    return std::any_of(out.cbegin(), out.cend(), [](QChar c) { return c.isDigit(); });
}

void LenientJsonReader::skipSpace()
{
    while (!atEnd() && current().isSpace())
        ++m_pos;
}
