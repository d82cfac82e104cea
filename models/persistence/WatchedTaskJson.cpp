#include "models/persistence/WatchedTaskJson.h"

#include "models/persistence/JsonReader.h"
#include "models/persistence/JsonWriter.h"
#include "models/persistence/SnapshotJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace WatchedTaskJson {

namespace {

const QLatin1String kRef("ref");
const QLatin1String kSnapshot("snapshot");
const QLatin1String kLastError("last_error");
const QLatin1String kAddedAt("added_at");
const QLatin1String kLastCheckedAt("last_checked_at");
const QLatin1String kNextCheckAt("next_check_at");
const QLatin1String kCallsSpent("calls_spent");
const QLatin1String kFinishNotified("finish_notified");
const QLatin1String kHistory("history");

const QLatin1String kKind("kind");
const QLatin1String kAccountId("account_id");
const QLatin1String kTaskId("task_id");
const QLatin1String kLabel("label");
const QLatin1String kUnionId("union_id");
const QLatin1String kReport("report");
const QLatin1String kRuleId("rule_id");
const QLatin1String kUserId("user_id");
const QLatin1String kUserIdType("user_id_type");
const QLatin1String kFrom("from");
const QLatin1String kTo("to");

const QLatin1String kCategory("category");
const QLatin1String kHttpStatus("http_status");
const QLatin1String kCode("code");
const QLatin1String kMessage("message");
const QLatin1String kRequestId("request_id");
const QLatin1String kHint("hint");
const QLatin1String kContext("context");
const QLatin1String kBodyExcerpt("body_excerpt"); // base64: it is whatever bytes arrived
const QLatin1String kRetryAfterMs("retry_after_ms");

constexpr qsizetype kSampleFields = 5;

std::optional<ApiError::Category> categoryFromId(const QString &id)
{
    for (int i = 0; i <= int(ApiError::Category::Cancelled); ++i) {
        const auto category = ApiError::Category(i);
        if (ApiError::categoryId(category) == id)
            return category;
    }
    return std::nullopt;
}

int toInt(qint64 value, JsonReader &reader, const JsonPath &at)
{
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        reader.fail(at, JsonReader::tr("%1 is out of range").arg(value));
        return 0;
    }
    return int(value);
}

} // namespace

void writeRef(JsonWriter &writer, const TaskRef &ref)
{
    writer.beginObject();
    writer.key(kKind);
    writer.string(TaskKinds::id(ref.kind));
    writer.key(kAccountId);
    writer.string(ref.accountId);
    writer.key(kTaskId);
    writer.string(ref.taskId);
    if (!ref.label.isEmpty()) {
        writer.key(kLabel);
        writer.string(ref.label);
    }
    if (!ref.unionId.isEmpty()) {
        writer.key(kUnionId);
        writer.string(ref.unionId);
    }
    if (ref.report != ReportQuery{}) {
        writer.key(kReport);
        writer.beginObject();
        writer.key(kRuleId);
        writer.string(ref.report.ruleId);
        writer.key(kUserId);
        writer.string(ref.report.userId);
        writer.key(kUserIdType);
        writer.string(ref.report.userIdType);
        writer.key(kFrom);
        writer.dateTime(ref.report.from);
        writer.key(kTo);
        writer.dateTime(ref.report.to);
        writer.endObject();
    }
    writer.endObject();
}

TaskRef refFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    TaskRef ref;
    const QString kind = reader.string(object, kKind, at);
    if (const auto parsed = TaskKinds::fromId(kind))
        ref.kind = *parsed;
    else
        reader.failUnknownValue(JsonPath(at, kKind), kind);
    ref.accountId = reader.string(object, kAccountId, at);
    ref.taskId = reader.string(object, kTaskId, at);
    if (ref.taskId.isEmpty() && !reader.failed())
        reader.fail(JsonPath(at, kTaskId), JsonReader::tr("missing"));
    ref.label = reader.string(object, kLabel, at);
    ref.unionId = reader.string(object, kUnionId, at);
    const QJsonObject report = reader.object(object, kReport, at);
    const JsonPath reportAt(at, kReport);
    ref.report.ruleId = reader.string(report, kRuleId, reportAt);
    ref.report.userId = reader.string(report, kUserId, reportAt);
    ref.report.userIdType = reader.string(report, kUserIdType, reportAt);
    ref.report.from = reader.dateTime(report, kFrom, reportAt);
    ref.report.to = reader.dateTime(report, kTo, reportAt);
    return ref;
}

void writeError(JsonWriter &writer, const ApiError &error)
{
    writer.beginObject();
    writer.key(kCategory);
    writer.string(ApiError::categoryId(error.category));
    writer.key(kHttpStatus);
    writer.integer(error.httpStatus);
    writer.key(kCode);
    writer.string(error.code);
    writer.key(kMessage);
    writer.string(error.message);
    writer.key(kRequestId);
    writer.string(error.requestId);
    writer.key(kHint);
    writer.string(error.hint);
    writer.key(kContext);
    writer.string(error.context);
    writer.key(kBodyExcerpt);
    writer.base64(error.bodyExcerpt);
    writer.key(kRetryAfterMs);
    writer.integer(error.retryAfterMs);
    writer.endObject();
}

ApiError errorFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    ApiError error;
    const QString category = reader.string(object, kCategory, at);
    if (const auto parsed = categoryFromId(category))
        error.category = *parsed;
    else
        reader.failUnknownValue(JsonPath(at, kCategory), category);
    error.httpStatus =
        toInt(reader.integer(object, kHttpStatus, at), reader, JsonPath(at, kHttpStatus));
    error.code = reader.string(object, kCode, at);
    error.message = reader.string(object, kMessage, at);
    error.requestId = reader.string(object, kRequestId, at);
    error.hint = reader.string(object, kHint, at);
    error.context = reader.string(object, kContext, at);
    error.bodyExcerpt = reader.base64(object, kBodyExcerpt, at);
    error.retryAfterMs =
        toInt(reader.integer(object, kRetryAfterMs, at, -1), reader, JsonPath(at, kRetryAfterMs));
    return error;
}

void writeHistory(JsonWriter &writer, const TaskHistory &history)
{
    writer.beginArray();
    for (const HistorySample &sample : history.samples()) {
        writer.integer(sample.atMs);
        writer.optionalNumber(sample.progress);
        writer.optionalInteger(sample.succeeded);
        writer.optionalInteger(sample.failed);
        writer.optionalInteger(sample.total);
    }
    writer.endArray();
}

TaskHistory historyFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonArray values = reader.arrayValue(json, at);
    TaskHistory history;
    if (values.size() % kSampleFields != 0) {
        reader.fail(at, JsonReader::tr("expected at_ms, progress, succeeded, failed, total for "
                                       "each sample"));
        return history;
    }
    const auto optionalInteger = [&](qsizetype index) -> std::optional<qint64> {
        if (values.at(index).isNull())
            return std::nullopt;
        return reader.integerValue(values.at(index), JsonPath(at, index));
    };
    for (qsizetype i = 0; i < values.size() && !reader.failed(); i += kSampleFields) {
        HistorySample sample;
        sample.atMs = optionalInteger(i).value_or(0);
        if (!values.at(i + 1).isNull())
            sample.progress = reader.doubleValue(values.at(i + 1), JsonPath(at, i + 1));
        sample.succeeded = optionalInteger(i + 2);
        sample.failed = optionalInteger(i + 3);
        sample.total = optionalInteger(i + 4);
        if (!reader.failed())
            history.append(sample);
    }
    return history;
}

void write(JsonWriter &writer, const WatchedTask &task)
{
    writer.beginObject();
    writer.key(kRef);
    writeRef(writer, task.ref);
    writer.key(kAddedAt);
    writer.dateTime(task.addedAt);
    writer.key(kLastCheckedAt);
    writer.dateTime(task.lastCheckedAt);
    writer.key(kNextCheckAt);
    writer.dateTime(task.nextCheckAt);
    writer.key(kCallsSpent);
    writer.integer(task.callsSpent);
    writer.key(kFinishNotified);
    writer.boolean(task.finishNotified);
    if (task.snapshot) {
        writer.key(kSnapshot);
        SnapshotJson::write(writer, *task.snapshot);
    }
    if (task.lastError) {
        writer.key(kLastError);
        writeError(writer, *task.lastError);
    }
    writer.key(kHistory);
    writeHistory(writer, task.history);
    writer.endObject();
}

WatchedTask fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    WatchedTask task;
    task.ref = refFromJson(object.value(kRef), reader, JsonPath(at, kRef));
    task.addedAt = reader.dateTime(object, kAddedAt, at);
    task.lastCheckedAt = reader.dateTime(object, kLastCheckedAt, at);
    task.nextCheckAt = reader.dateTime(object, kNextCheckAt, at);
    task.callsSpent = reader.integer(object, kCallsSpent, at);
    task.finishNotified = reader.boolean(object, kFinishNotified, at);
    const QJsonValue snapshot = object.value(kSnapshot);
    if (!snapshot.isUndefined() && !snapshot.isNull())
        task.snapshot = SnapshotJson::fromJson(snapshot, reader, JsonPath(at, kSnapshot));
    const QJsonValue error = object.value(kLastError);
    if (!error.isUndefined() && !error.isNull())
        task.lastError = errorFromJson(error, reader, JsonPath(at, kLastError));
    const QJsonValue history = object.value(kHistory);
    if (!history.isUndefined() && !history.isNull())
        task.history = historyFromJson(history, reader, JsonPath(at, kHistory));
    return task;
}

} // namespace WatchedTaskJson
