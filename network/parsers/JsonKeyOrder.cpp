#include "network/parsers/JsonKeyOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace {

// Well above QJsonDocument's own nesting limit, so validated input never reaches it.
constexpr int kMaxDepth = 4096;

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_data(json.constData())
        , m_size(json.size())
    {}

    // Finds the value at `path` and fills `orders` if it is an array; false on unexpected text.
    bool scan(const QStringList &path, QList<QStringList> &orders)
    {
        // QJsonDocument accepts a UTF-8 byte order mark; so must this scanner.
        if (m_size >= 3 && m_data[0] == '\xef' && m_data[1] == '\xbb' && m_data[2] == '\xbf')
            m_pos = 3;
        if (!scanValue(path, 0, orders, 0))
            return false;
        skipWhitespace();
        return m_pos == m_size;
    }

private:
    void skipWhitespace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' ||
                                  m_data[m_pos] == '\n' || m_data[m_pos] == '\r'))
            ++m_pos;
    }

    bool consume(char c)
    {
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool peek(char c)
    {
        skipWhitespace();
        return m_pos < m_size && m_data[m_pos] == c;
    }

    std::optional<QString> readString()
    {
        if (!consume('"'))
            return std::nullopt;
        const qsizetype start = m_pos;
        bool escaped = false;
        while (m_pos < m_size && m_data[m_pos] != '"') {
            if (m_data[m_pos] == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        if (m_pos >= m_size)
            return std::nullopt;
        const QByteArray raw(m_data + start, m_pos - start);
        ++m_pos;
        if (!escaped)
            return QString::fromUtf8(raw);
        // Rare: let the real parser decode the escapes, so keys match QJsonObject's exactly.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[\"") + raw + "\"]");
        if (!doc.isArray() || doc.array().isEmpty())
            return std::nullopt;
        return doc.array().first().toString();
    }

    bool skipScalar()
    {
        skipWhitespace();
        const qsizetype start = m_pos;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    // `path` from `level` on is what is still to be found below this value; `orders` is filled
    // when the path ends at this value.
    bool scanValue(const QStringList &path, qsizetype level, QList<QStringList> &orders, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        const bool onPath = level <= path.size();
        if (peek('"'))
            return readString().has_value();
        if (peek('{'))
            return scanObject(path, level, orders, depth, onPath);
        if (peek('['))
            return scanArray(path, orders, depth, onPath && level == path.size());
        return skipScalar();
    }

    bool scanObject(const QStringList &path, qsizetype level, QList<QStringList> &orders, int depth,
                    bool onPath, QStringList *keys = nullptr)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        do {
            const std::optional<QString> key = readString();
            if (!key || !consume(':'))
                return false;
            if (keys && !keys->contains(*key))
                keys->append(*key);
            const bool follow = onPath && level < path.size() && *key == path.at(level);
            if (follow)
                orders.clear(); // a later duplicate replaces the earlier value
            if (!scanValue(path, follow ? level + 1 : path.size() + 1, orders, depth + 1))
                return false;
        } while (consume(','));
        return consume('}');
    }

    bool scanArray(const QStringList &path, QList<QStringList> &orders, int depth, bool collect)
    {
        if (!consume('['))
            return false;
        if (consume(']'))
            return true;
        QList<QStringList> none;
        do {
            if (collect) {
                QStringList keys;
                if (peek('{')) {
                    if (!scanObject(path, path.size() + 1, none, depth + 1, false, &keys))
                        return false;
                } else if (!scanValue(path, path.size() + 1, none, depth + 1)) {
                    return false;
                }
                orders.append(keys);
            } else if (!scanValue(path, path.size() + 1, none, depth + 1)) {
                return false;
            }
        } while (consume(','));
        return consume(']');
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

QList<QStringList> arrayElementKeyOrders(const QByteArray &json, const QStringList &path)
{
    QList<QStringList> orders;
    Scanner scanner(json);
    if (!scanner.scan(path, orders))
        return {};
    return orders;
}
