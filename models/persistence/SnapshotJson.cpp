#include "models/persistence/SnapshotJson.h"

#include "models/persistence/JsonReader.h"
#include "models/persistence/JsonWriter.h"
#include "models/persistence/SubtaskRowJson.h"

#include <QJsonArray>

namespace SnapshotJson {

namespace {

const QLatin1String kKind("kind");
const QLatin1String kTaskId("task_id");
const QLatin1String kState("state");
const QLatin1String kRawStatus("raw_status");
const QLatin1String kType("type");
const QLatin1String kProgress("progress");
const QLatin1String kTotal("total");
const QLatin1String kSucceeded("succeeded");
const QLatin1String kFailed("failed");
const QLatin1String kCreatedAt("created_at");
const QLatin1String kFinishedAt("finished_at");
const QLatin1String kMessage("message");
const QLatin1String kSubtasks("subtasks");
const QLatin1String kReports("reports");
const QLatin1String kWarnings("warnings");
// A body that is valid UTF-8 (every JSON answer) is kept as text: readable and a quarter
// smaller than base64. Anything else (a gateway's page in another encoding) as base64.
const QLatin1String kRawBody("raw_body");
const QLatin1String kRawBodyBase64("raw_body_base64");
const QLatin1String kRawBodyOmittedBytes("raw_body_omitted_bytes");
const QLatin1String kFetchedAt("fetched_at");

const QLatin1String kRuleId("rule_id");
const QLatin1String kRuleName("rule_name");
const QLatin1String kFromUserId("from_user_id");
const QLatin1String kFromUserName("from_user_name");
const QLatin1String kDepartmentName("department_name");
const QLatin1String kDepartmentIds("department_ids");
const QLatin1String kCommitTime("commit_time");
const QLatin1String kToUserIds("to_user_ids");
const QLatin1String kToUserNames("to_user_names");
const QLatin1String kFormContents("form_contents");
const QLatin1String kFieldId("field_id");
const QLatin1String kFieldName("field_name");
const QLatin1String kFieldValue("field_value");

void writeRawBody(JsonWriter &writer, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    if (body.size() > kMaxRawBodyBytes) {
        writer.key(kRawBodyOmittedBytes);
        writer.integer(body.size());
        return;
    }
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body) {
        writer.key(kRawBody);
        writer.string(text);
    } else {
        writer.key(kRawBodyBase64);
        writer.base64(body);
    }
}

QByteArray readRawBody(const QJsonObject &json, JsonReader &reader, const JsonPath &at)
{
    if (json.contains(kRawBodyBase64))
        return reader.base64(json, kRawBodyBase64, at);
    return reader.string(json, kRawBody, at).toUtf8();
}

} // namespace

void writeReport(JsonWriter &writer, const ReportSubmission &report)
{
    writer.beginObject();
    writer.key(kTaskId);
    writer.string(report.taskId);
    writer.key(kRuleId);
    writer.string(report.ruleId);
    writer.key(kRuleName);
    writer.string(report.ruleName);
    writer.key(kFromUserId);
    writer.string(report.fromUserId);
    writer.key(kFromUserName);
    writer.string(report.fromUserName);
    writer.key(kDepartmentName);
    writer.string(report.departmentName);
    writer.key(kDepartmentIds);
    writer.stringList(report.departmentIds);
    writer.key(kCommitTime);
    writer.dateTime(report.commitTime);
    writer.key(kToUserIds);
    writer.stringList(report.toUserIds);
    writer.key(kToUserNames);
    writer.stringList(report.toUserNames);
    writer.key(kFormContents);
    writer.beginArray();
    for (const ReportFormField &field : report.formContents) {
        writer.beginObject();
        writer.key(kFieldId);
        writer.string(field.fieldId);
        writer.key(kFieldName);
        writer.string(field.fieldName);
        writer.key(kFieldValue);
        writer.string(field.fieldValue);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

ReportSubmission reportFromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    ReportSubmission report;
    report.taskId = reader.string(object, kTaskId, at);
    report.ruleId = reader.string(object, kRuleId, at);
    report.ruleName = reader.string(object, kRuleName, at);
    report.fromUserId = reader.string(object, kFromUserId, at);
    report.fromUserName = reader.string(object, kFromUserName, at);
    report.departmentName = reader.string(object, kDepartmentName, at);
    report.departmentIds = reader.stringList(object, kDepartmentIds, at);
    report.commitTime = reader.dateTime(object, kCommitTime, at);
    report.toUserIds = reader.stringList(object, kToUserIds, at);
    report.toUserNames = reader.stringList(object, kToUserNames, at);
    const QJsonArray form = reader.array(object, kFormContents, at);
    const JsonPath formAt(at, kFormContents);
    for (qsizetype i = 0; i < form.size() && !reader.failed(); ++i) {
        const JsonPath fieldAt(formAt, i);
        const QJsonObject fieldJson = reader.objectValue(form.at(i), fieldAt);
        report.formContents.append(ReportFormField{
            reader.string(fieldJson, kFieldId, fieldAt),
            reader.string(fieldJson, kFieldName, fieldAt),
            reader.string(fieldJson, kFieldValue, fieldAt),
        });
    }
    return report;
}

void write(JsonWriter &writer, const TaskSnapshot &snapshot)
{
    writer.beginObject();
    writer.key(kKind);
    writer.string(TaskKinds::id(snapshot.kind));
    writer.key(kTaskId);
    writer.string(snapshot.taskId);
    writer.key(kState);
    writer.string(TaskStates::id(snapshot.state));
    writer.key(kRawStatus);
    writer.nullableString(snapshot.rawStatus);
    if (!snapshot.type.isEmpty()) {
        writer.key(kType);
        writer.string(snapshot.type);
    }
    writer.key(kProgress);
    writer.optionalNumber(snapshot.progress);
    writer.key(kTotal);
    writer.optionalInteger(snapshot.total);
    writer.key(kSucceeded);
    writer.optionalInteger(snapshot.succeeded);
    writer.key(kFailed);
    writer.optionalInteger(snapshot.failed);
    writer.key(kCreatedAt);
    writer.dateTime(snapshot.createdAt);
    writer.key(kFinishedAt);
    writer.dateTime(snapshot.finishedAt);
    writer.key(kFetchedAt);
    writer.dateTime(snapshot.fetchedAt);
    if (!snapshot.message.isEmpty()) {
        writer.key(kMessage);
        writer.string(snapshot.message);
    }
    if (!snapshot.warnings.isEmpty()) {
        writer.key(kWarnings);
        writer.stringList(snapshot.warnings);
    }
    if (!snapshot.subtasks.isEmpty()) {
        writer.key(kSubtasks);
        writer.beginArray();
        for (const SubtaskRow &row : snapshot.subtasks)
            SubtaskRowJson::write(writer, row);
        writer.endArray();
    }
    if (!snapshot.reports.isEmpty()) {
        writer.key(kReports);
        writer.beginArray();
        for (const ReportSubmission &report : snapshot.reports)
            writeReport(writer, report);
        writer.endArray();
    }
    writeRawBody(writer, snapshot.rawBody);
    writer.endObject();
}

TaskSnapshot fromJson(const QJsonValue &json, JsonReader &reader, const JsonPath &at)
{
    const QJsonObject object = reader.objectValue(json, at);
    TaskSnapshot snapshot;
    const QString kind = reader.string(object, kKind, at);
    if (const auto parsed = TaskKinds::fromId(kind))
        snapshot.kind = *parsed;
    else
        reader.failUnknownValue(JsonPath(at, kKind), kind);
    snapshot.taskId = reader.string(object, kTaskId, at);
    const QString state = reader.string(object, kState, at);
    if (const auto parsed = TaskStates::fromId(state))
        snapshot.state = *parsed;
    else
        reader.failUnknownValue(JsonPath(at, kState), state);
    snapshot.rawStatus = reader.string(object, kRawStatus, at);
    snapshot.type = reader.string(object, kType, at);
    snapshot.progress = reader.optionalDouble(object, kProgress, at);
    snapshot.total = reader.optionalInteger(object, kTotal, at);
    snapshot.succeeded = reader.optionalInteger(object, kSucceeded, at);
    snapshot.failed = reader.optionalInteger(object, kFailed, at);
    snapshot.createdAt = reader.dateTime(object, kCreatedAt, at);
    snapshot.finishedAt = reader.dateTime(object, kFinishedAt, at);
    snapshot.fetchedAt = reader.dateTime(object, kFetchedAt, at);
    snapshot.message = reader.string(object, kMessage, at);

    const QJsonArray rows = reader.array(object, kSubtasks, at);
    const JsonPath rowsAt(at, kSubtasks);
    snapshot.subtasks.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size() && !reader.failed(); ++i)
        snapshot.subtasks.append(SubtaskRowJson::fromJson(rows.at(i), reader, JsonPath(rowsAt, i)));

    const QJsonArray reports = reader.array(object, kReports, at);
    const JsonPath reportsAt(at, kReports);
    snapshot.reports.reserve(reports.size());
    for (qsizetype i = 0; i < reports.size() && !reader.failed(); ++i)
        snapshot.reports.append(reportFromJson(reports.at(i), reader, JsonPath(reportsAt, i)));

    snapshot.warnings = reader.stringList(object, kWarnings, at);
    snapshot.rawBody = readRawBody(object, reader, at);
    return snapshot;
}

} // namespace SnapshotJson
