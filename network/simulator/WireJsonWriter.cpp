#include "WireJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

void WireJsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInScope.isEmpty()) {
        if (!m_firstInScope.last())
            m_out += ',';
        m_firstInScope.last() = false;
    }
}

WireJsonWriter &WireJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_firstInScope.append(true);
    return *this;
}

WireJsonWriter &WireJsonWriter::endObject()
{
    m_out += '}';
    m_firstInScope.removeLast();
    return *this;
}

WireJsonWriter &WireJsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_firstInScope.append(true);
    return *this;
}

WireJsonWriter &WireJsonWriter::endArray()
{
    m_out += ']';
    m_firstInScope.removeLast();
    return *this;
}

WireJsonWriter &WireJsonWriter::key(const QString &name)
{
    separate();
    m_out += quoted(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

WireJsonWriter &WireJsonWriter::value(const QString &text)
{
    separate();
    m_out += quoted(text);
    return *this;
}

WireJsonWriter &WireJsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

WireJsonWriter &WireJsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return *this;
}

WireJsonWriter &WireJsonWriter::null()
{
    separate();
    m_out += QByteArrayLiteral("null");
    return *this;
}

WireJsonWriter &WireJsonWriter::raw(const QByteArray &literal)
{
    separate();
    m_out += literal;
    return *this;
}

bool WireJsonWriter::isRawMarker(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.size() == 1 && o.contains(QLatin1String("$raw"));
}

WireJsonWriter &WireJsonWriter::value(const QJsonValue &scripted)
{
    switch (scripted.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(scripted.toBool());
    case QJsonValue::String:
        return value(scripted.toString());
    case QJsonValue::Double: {
        const double d = scripted.toDouble();
        // Integral values print without an exponent, as the platforms send counts and times.
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return value(qint64(d));
        return raw(QByteArray::number(d, 'g', 17));
    }
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = scripted.toArray();
        for (const QJsonValue &item : a)
            value(item);
        return endArray();
    }
    case QJsonValue::Object: {
        if (isRawMarker(scripted))
            return raw(scripted.toObject().value(QLatin1String("$raw")).toString().toUtf8());
        beginObject();
        const QJsonObject o = scripted.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            field(it.key(), it.value());
        return endObject();
    }
    }
    return null();
}

WireJsonWriter &WireJsonWriter::object(const QJsonObject &o, const QStringList &order)
{
    beginObject();
    for (const QString &k : order) {
        if (o.contains(k))
            field(k, o.value(k));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!order.contains(it.key()))
            field(it.key(), it.value());
    }
    return endObject();
}

QByteArray WireJsonWriter::quoted(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}
