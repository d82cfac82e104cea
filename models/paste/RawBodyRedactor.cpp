#include "models/paste/RawBodyRedactor.h"

#include "models/paste/LenientJsonReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qsizetype kShortestSecret = 6;
// Room past the limit for the value being written when it is reached.
constexpr qsizetype kReserveSlack = 4096;

QString indentation(int depth)
{
    return QString(depth * 2, QLatin1Char(' '));
}

} // namespace

void RawBodyRedactor::addSecret(const QString &secret)
{
    if (secret.size() < kShortestSecret || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool RawBodyRedactor::isCredentialKey(const QString &key)
{
    static const QRegularExpression credential(
        QStringLiteral("token|secret|password|passwd|authorization|cookie|signature|"
                       "api[_-]?key|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return credential.match(key).hasMatch();
}

QString RawBodyRedactor::scrub(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, SecretMasker::maskText());
    return m_masker.mask(result);
}

QString RawBodyRedactor::redact(const QByteArray &body, qsizetype longest) const
{
    const QString text = QString::fromUtf8(body);
    const qsizetype start = text.indexOf(QLatin1Char('{'));
    const bool onlySpaceBefore = start >= 0 && text.first(start).trimmed().isEmpty();
    if (onlySpaceBefore) {
        LenientJsonReader reader(text);
        const std::optional<LenientJsonNode> root = reader.readObject(start);
        // Only a body read to its end is reshaped; a cut one is shown as it came.
        if (root && QStringView(text).mid(root->end).trimmed().isEmpty()) {
            QString out;
            if (longest >= 0)
                out.reserve(std::min(longest, text.size() * 2) + kReserveSlack);
            write(*root, 0, longest, out);
            return out;
        }
    }
    return scrub(text);
}

void RawBodyRedactor::writeString(const QString &text, QString &out) const
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void RawBodyRedactor::write(const LenientJsonNode &node, int depth, qsizetype longest,
                            QString &out) const
{
    switch (node.type) {
    case LenientJsonNode::Type::String:
        writeString(scrub(node.text), out);
        return;
    case LenientJsonNode::Type::Number:
    case LenientJsonNode::Type::Literal:
        out += scrub(node.text);
        return;
    case LenientJsonNode::Type::Object:
    case LenientJsonNode::Type::Array:
        break;
    }
    const bool object = node.type == LenientJsonNode::Type::Object;
    const QLatin1Char open(object ? '{' : '[');
    const QLatin1Char close(object ? '}' : ']');
    if (node.children.empty()) {
        out += open;
        out += close;
        return;
    }
    out += open;
    out += QLatin1Char('\n');
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        const LenientJsonNode &child = node.children.at(i);
        out += indentation(depth + 1);
        if (object) {
            writeString(scrub(child.key), out);
            out += QLatin1String(": ");
        }
        if (object && isCredentialKey(child.key))
            writeString(SecretMasker::maskText(), out);
        else
            write(child, depth + 1, longest, out);
        if (longest >= 0 && out.size() > longest)
            return;
        if (i + 1 < node.children.size())
            out += QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    out += indentation(depth);
    out += close;
}
