#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskRef.h"
#include "models/persistence/JsonPath.h"
#include "models/domain/TaskHistory.h"
#include "models/domain/WatchedTask.h"

#include <QJsonValue>

class JsonReader;
class JsonWriter;

// One watched task as saved in the watch list: its ref, last snapshot, last error, schedule,
// call count, notification flag and progress history.
namespace WatchedTaskJson {

void write(JsonWriter &writer, const WatchedTask &task);
WatchedTask fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

void writeRef(JsonWriter &writer, const TaskRef &ref);
TaskRef refFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

void writeError(JsonWriter &writer, const ApiError &error);
ApiError errorFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

// One flat array of at_ms, progress, succeeded, failed, total, at_ms, …: a task keeps up to
// TaskHistory::kMaxSamples samples, so they dominate a big file; names would double it and an
// array per sample triples the time to parse it.
void writeHistory(JsonWriter &writer, const TaskHistory &history);
TaskHistory historyFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at);

} // namespace WatchedTaskJson
