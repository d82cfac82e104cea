#pragma once

#include "models/domain/ReportSubmission.h"
#include "models/domain/TaskSnapshot.h"
#include "models/persistence/JsonPath.h"

#include <QJsonValue>

class JsonReader;
class JsonWriter;

// A task snapshot as saved in the watch list: every field, the state as its stable word,
// optional numbers as null, times in ISO 8601 UTC.
namespace SnapshotJson {

// The raw answer is kept only up to this size. It is there for "show raw answer" and support
// tickets; everything the app shows is in the parsed snapshot. Single-task answers are a few
// KB, but a report query with all its pages or a long result list can run to megabytes, and
// keeping those would make the file, and every start-up, slow. A running task fetches a fresh
// body at its next poll anyway.
inline constexpr qsizetype kMaxRawBodyBytes = 64 * 1024;

void write(JsonWriter &writer, const TaskSnapshot &snapshot);
TaskSnapshot fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

void writeReport(JsonWriter &writer, const ReportSubmission &report);
ReportSubmission reportFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

} // namespace SnapshotJson
