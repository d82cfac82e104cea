#include "models/persistence/JsonWriter.h"

#include "models/persistence/IsoTime.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <iterator>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.isEmpty())
        return;
    if (m_first.last())
        m_first.last() = false;
    else
        m_out += ',';
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_first.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_first.removeLast();
}

void JsonWriter::key(QLatin1String name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::escaped(const QByteArray &utf8)
{
    static const char kHex[] = "0123456789abcdef";
    m_out += '"';
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += kHex[c >> 4];
            m_out += kHex[c & 0xf];
            break;
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

void JsonWriter::string(const QString &value)
{
    separate();
    escaped(value.toUtf8());
}

void JsonWriter::string(QLatin1String value)
{
    string(QString(value));
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

bool JsonWriter::needsString(qint64 value)
{
    constexpr qint64 kLargestExactDouble = qint64(1) << 53;
    return value > kLargestExactDouble || value < -kLargestExactDouble;
}

void JsonWriter::digits(qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::integer(qint64 value)
{
    separate();
    if (needsString(value)) {
        m_out += '"';
        digits(value);
        m_out += '"';
    } else {
        digits(value);
    }
}

void JsonWriter::optionalInteger(const std::optional<qint64> &value)
{
    if (value)
        integer(*value);
    else
        null();
}

void JsonWriter::number(double value)
{
    separate();
    if (std::isnan(value))
        m_out += "\"nan\"";
    else if (std::isinf(value))
        m_out += value > 0 ? "\"inf\"" : "\"-inf\"";
    else
        shortest(value);
}

void JsonWriter::shortest(double value)
{
    // The shortest text that reads back as the same double (1e+300, 0.1, 3), written without
    // an allocation: a history has hundreds of numbers per task.
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::optionalNumber(const std::optional<double> &value)
{
    if (value)
        number(*value);
    else
        null();
}

void JsonWriter::dateTime(const QDateTime &value)
{
    if (!value.isValid()) {
        null();
        return;
    }
    separate();
    m_out += '"';
    m_out += IsoTime::format(value);
    m_out += '"';
}

void JsonWriter::nullableString(const QString &value)
{
    if (value.isNull())
        null();
    else
        string(value);
}

void JsonWriter::stringList(const QStringList &list)
{
    beginArray();
    for (const QString &item : list)
        string(item);
    endArray();
}

void JsonWriter::base64(const QByteArray &bytes)
{
    separate();
    m_out += '"';
    m_out += bytes.toBase64();
    m_out += '"';
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::Double:
        // Opaque values are written as QJsonDocument would: integers as exact numbers.
        if (const qint64 whole = value.toInteger(); double(whole) == value.toDouble()) {
            separate();
            digits(whole);
        } else {
            number(value.toDouble());
        }
        return;
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : value.toArray())
            this->value(item);
        endArray();
        return;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            separate();
            escaped(it.key().toUtf8());
            m_out += ':';
            m_afterKey = true;
            this->value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    null();
}
