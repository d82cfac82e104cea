#include "models/persistence/JsonReader.h"

#include "models/persistence/IsoTime.h"

#include <cmath>
#include <limits>

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

void JsonReader::fail(const JsonPath &at, const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    const QString where = at.toString();
    m_error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

void JsonReader::failUnknownValue(const JsonPath &at, const QString &value)
{
    fail(at, tr("unknown value \"%1\"").arg(value));
}

QString JsonReader::string(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    return stringValue(value, JsonPath(at, key));
}

bool JsonReader::boolean(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return false;
    if (!value.isBool()) {
        fail(JsonPath(at, key), tr("expected true or false, found %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

qint64 JsonReader::integer(const QJsonObject &object, QLatin1String key, const JsonPath &at,
                           qint64 fallback)
{
    return optionalInteger(object, key, at).value_or(fallback);
}

std::optional<qint64> JsonReader::optionalInteger(const QJsonObject &object, QLatin1String key,
                                                  const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return std::nullopt;
    return integerValue(value, JsonPath(at, key));
}

std::optional<double> JsonReader::optionalDouble(const QJsonObject &object, QLatin1String key,
                                                 const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return std::nullopt;
    return doubleValue(value, JsonPath(at, key));
}

QDateTime JsonReader::dateTime(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    const QString text = stringValue(value, JsonPath(at, key));
    if (text.isNull())
        return {};
    QDateTime time = IsoTime::parse(text);
    if (!time.isValid())
        fail(JsonPath(at, key), tr("\"%1\" is not an ISO 8601 date and time").arg(text));
    return time;
}

QByteArray JsonReader::base64(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    const QString text = stringValue(value, JsonPath(at, key));
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(JsonPath(at, key), tr("not valid base64"));
        return {};
    }
    return std::move(decoded.decoded);
}

QStringList JsonReader::stringList(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    return stringListValue(value, JsonPath(at, key));
}

QJsonArray JsonReader::array(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    return arrayValue(value, JsonPath(at, key));
}

QJsonObject JsonReader::object(const QJsonObject &object, QLatin1String key, const JsonPath &at)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return {};
    return objectValue(value, JsonPath(at, key));
}

QString JsonReader::stringValue(const QJsonValue &value, const JsonPath &at)
{
    if (!value.isString()) {
        fail(at, tr("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    // An empty JSON string must stay distinguishable from a missing one.
    if (text.isNull())
        return QStringLiteral("");
    return text;
}

QJsonObject JsonReader::objectValue(const QJsonValue &value, const JsonPath &at)
{
    if (!value.isObject()) {
        fail(at, tr("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::arrayValue(const QJsonValue &value, const JsonPath &at)
{
    if (!value.isArray()) {
        fail(at, tr("expected an array, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

std::optional<qint64> JsonReader::integerValue(const QJsonValue &value, const JsonPath &at)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (!ok) {
            fail(at, tr("\"%1\" is not an integer").arg(value.toString()));
            return std::nullopt;
        }
        return number;
    }
    if (!value.isDouble()) {
        fail(at, tr("expected an integer, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    constexpr qint64 kSentinel = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(kSentinel);
    if (number == kSentinel && value.toDouble() != static_cast<double>(kSentinel)) {
        fail(at, tr("%1 is not an integer").arg(value.toDouble(), 0, 'g', 17));
        return std::nullopt;
    }
    return number;
}

std::optional<double> JsonReader::doubleValue(const QJsonValue &value, const JsonPath &at)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (text == QLatin1String("inf"))
            return std::numeric_limits<double>::infinity();
        if (text == QLatin1String("-inf"))
            return -std::numeric_limits<double>::infinity();
    }
    fail(at, tr("expected a number, found %1").arg(typeName(value)));
    return std::nullopt;
}

QStringList JsonReader::stringListValue(const QJsonValue &value, const JsonPath &at)
{
    const QJsonArray items = arrayValue(value, at);
    QStringList list;
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        list.append(stringValue(items.at(i), JsonPath(at, i)));
    return list;
}
