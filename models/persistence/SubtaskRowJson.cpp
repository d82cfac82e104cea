#include "models/persistence/SubtaskRowJson.h"

#include "models/persistence/JsonReader.h"
#include "models/persistence/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <limits>

namespace SubtaskRowJson {

namespace {

const QLatin1String kFailed("failed");
const QLatin1String kCode("code");
const QLatin1String kMessage("message");
const QLatin1String kFields("fields");
const QLatin1String kDoubleTag("double");
const QLatin1String kInt64Tag("int64");
const QLatin1String kUInt64Tag("uint64");

QVariant taggedValue(const QJsonObject &object, JsonReader &reader, const JsonPath &at)
{
    if (object.size() != 1) {
        reader.fail(at, JsonReader::tr("expected {\"double\"}, {\"int64\"} or {\"uint64\"}"));
        return {};
    }
    const QString tag = object.begin().key();
    const QJsonValue value = object.begin().value();
    if (tag == kDoubleTag) {
        const auto number = reader.doubleValue(value, JsonPath(at, kDoubleTag));
        return number ? QVariant(*number) : QVariant();
    }
    if (tag == kInt64Tag) {
        const auto number = reader.integerValue(value, JsonPath(at, kInt64Tag));
        return number ? QVariant(*number) : QVariant();
    }
    if (tag == kUInt64Tag) {
        const JsonPath valueAt(at, kUInt64Tag);
        bool ok = false;
        const quint64 number = reader.stringValue(value, valueAt).toULongLong(&ok);
        if (!ok && !reader.failed())
            reader.fail(valueAt, JsonReader::tr("not an unsigned integer"));
        return ok ? QVariant(number) : QVariant();
    }
    reader.failUnknownValue(at, tag);
    return {};
}

void writeTagged(JsonWriter &writer, QLatin1String tag, const QString &digits)
{
    writer.beginObject();
    writer.key(tag);
    writer.string(digits);
    writer.endObject();
}

} // namespace

void writeValue(JsonWriter &writer, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        writer.null();
        return;
    case QMetaType::Bool:
        writer.boolean(value.toBool());
        return;
    case QMetaType::QString:
        writer.string(value.toString());
        return;
    case QMetaType::QStringList:
        writer.stringList(value.toStringList());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        writer.beginObject();
        writer.key(kDoubleTag);
        writer.number(value.toDouble());
        writer.endObject();
        return;
    case QMetaType::ULongLong:
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max())) {
            writeTagged(writer, kUInt64Tag, QString::number(value.toULongLong()));
            return;
        }
        Q_FALLTHROUGH();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        if (JsonWriter::needsString(value.toLongLong()))
            writeTagged(writer, kInt64Tag, QString::number(value.toLongLong()));
        else
            writer.integer(value.toLongLong());
        return;
    default:
        break;
    }
    // Parsers promise the types above; anything else keeps at least its text.
    writer.string(SubtaskRow::toText(value));
}

QVariant valueFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return json.toBool();
    case QJsonValue::String:
        return reader.stringValue(json, at);
    case QJsonValue::Array:
        return reader.stringListValue(json, at);
    case QJsonValue::Double: {
        const auto number = reader.integerValue(json, at);
        return number ? QVariant(*number) : QVariant();
    }
    case QJsonValue::Object:
        return taggedValue(json.toObject(), reader, at);
    case QJsonValue::Undefined:
        break;
    }
    reader.fail(at, JsonReader::tr("unexpected value"));
    return {};
}

void write(JsonWriter &writer, const SubtaskRow &row)
{
    writer.beginObject();
    writer.key(kFailed);
    writer.boolean(row.failed);
    if (!row.code.isEmpty()) {
        writer.key(kCode);
        writer.string(row.code);
    }
    if (!row.message.isEmpty()) {
        writer.key(kMessage);
        writer.string(row.message);
    }
    writer.key(kFields);
    writer.beginArray();
    for (const auto &[name, value] : row.fields) {
        writer.string(name);
        writeValue(writer, value);
    }
    writer.endArray();
    writer.endObject();
}

SubtaskRow fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    SubtaskRow row;
    row.failed = reader.boolean(object, kFailed, at);
    row.code = reader.string(object, kCode, at);
    row.message = reader.string(object, kMessage, at);
    const QJsonArray fields = reader.array(object, kFields, at);
    const JsonPath fieldsAt(at, kFields);
    if (fields.size() % 2 != 0) {
        reader.fail(fieldsAt, JsonReader::tr("expected name, value pairs"));
        return row;
    }
    row.fields.reserve(fields.size() / 2);
    for (qsizetype i = 0; i < fields.size() && !reader.failed(); i += 2) {
        QString name = reader.stringValue(fields.at(i), JsonPath(fieldsAt, i));
        row.fields.append(
            {std::move(name), valueFromJson(fields.at(i + 1), reader, JsonPath(fieldsAt, i + 1))});
    }
    return row;
}

} // namespace SubtaskRowJson
