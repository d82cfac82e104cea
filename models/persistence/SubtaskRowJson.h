#pragma once

#include "models/domain/SubtaskRow.h"
#include "models/persistence/JsonPath.h"

#include <QJsonValue>
#include <QVariant>

class JsonReader;
class JsonWriter;

// Sub-task rows with their values typed exactly. "fields" is one flat array of name, value,
// name, value… (one array per row rather than one per field: a JSON container costs more to
// parse than a dozen scalars, and rows are most of a big file). A value is a string, a
// boolean, an integer within ±2^53, an array of strings or null; the values JSON would blur
// are one-key objects: {"double": 3} (3.0 stays a double; also "nan", "inf", "-inf"),
// {"int64": "9007199254740993"} and {"uint64": "…"} for integers a double cannot hold.
namespace SubtaskRowJson {

void write(JsonWriter &writer, const SubtaskRow &row);
SubtaskRow fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

void writeValue(JsonWriter &writer, const QVariant &value);
QVariant valueFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

} // namespace SubtaskRowJson
