#include "network/parsers/LargeIntegerQuoter.h"

#include <vector>

namespace {

// 16 digits reach 2^53 = 9007199254740992; every integer of 15 digits or fewer is exact.
constexpr qsizetype kQuoteFromDigits = 16;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where the scanner stands in the grammar, as far as it matters for quoting: only numbers in a
// value position may become strings (a quoted object key would turn invalid JSON valid).
enum class Expect { Value, Key, Other };

} // namespace

QByteArray quoteLargeIntegers(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();

    QByteArray out;
    qsizetype copiedUpTo = 0;
    std::vector<char> containers; // '{' or '['
    Expect expect = Expect::Value;

    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (isWhitespace(c)) {
            ++i;
            continue;
        }
        if (c == '"') {
            ++i;
            while (i < size && data[i] != '"') {
                i += (data[i] == '\\') ? 2 : 1;
            }
            ++i; // past the closing quote (or past the end when unterminated)
            expect = Expect::Other;
            continue;
        }
        if (c == '{' || c == '[') {
            containers.push_back(c);
            expect = (c == '{') ? Expect::Key : Expect::Value;
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!containers.empty())
                containers.pop_back();
            expect = Expect::Other;
            ++i;
            continue;
        }
        if (c == ':') {
            expect = Expect::Value;
            ++i;
            continue;
        }
        if (c == ',') {
            const bool inObject = !containers.empty() && containers.back() == '{';
            expect = inObject ? Expect::Key : Expect::Value;
            ++i;
            continue;
        }
        if (c == '-' || isDigit(c)) {
            const qsizetype start = i;
            qsizetype p = i + (c == '-' ? 1 : 0);
            const qsizetype digitsStart = p;
            while (p < size && isDigit(data[p]))
                ++p;
            const qsizetype digits = p - digitsStart;
            const bool fraction = p < size && (data[p] == '.' || data[p] == 'e' || data[p] == 'E');
            // A leading zero followed by more digits is not a JSON number: leave it invalid.
            const bool leadingZero = digits > 1 && data[digitsStart] == '0';
            if (expect == Expect::Value && !fraction && !leadingZero &&
                digits >= kQuoteFromDigits) {
                if (out.isNull())
                    out.reserve(size + 64);
                out.append(data + copiedUpTo, start - copiedUpTo);
                out.append('"');
                out.append(data + start, p - start);
                out.append('"');
                copiedUpTo = p;
            }
            // Skip the rest of the token (fraction, exponent) as one unit.
            while (p < size && (isDigit(data[p]) || data[p] == '.' || data[p] == 'e' ||
                                data[p] == 'E' || data[p] == '+' || data[p] == '-'))
                ++p;
            i = (p > start) ? p : start + 1;
            expect = Expect::Other;
            continue;
        }
        // Literals (true, false, null) and anything else: no digits to quote in them.
        ++i;
        expect = Expect::Other;
    }

    if (out.isNull())
        return json;
    out.append(data + copiedUpTo, size - copiedUpTo);
    return out;
}
