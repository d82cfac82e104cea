#include "network/parsers/FeishuContactTaskParser.h"

#include "network/parsers/JsonKeyOrder.h"
#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kStatusFinished = 9;
constexpr qint64 kStatusFailed = 10;
// Above this a double no longer holds every integer exactly: keep such numbers as text.
constexpr double kExactIntegerLimit = 9007199254740992.0;

QVariant fieldValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) <= kExactIntegerLimit)
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool scalars = std::none_of(array.begin(), array.end(), [](const QJsonValue &v) {
            return v.isArray() || v.isObject();
        });
        if (!scalars)
            return WireJson::scalarText(value);
        QStringList list;
        list.reserve(array.size());
        for (const QJsonValue &element : array)
            list.append(WireJson::scalarText(element));
        return list;
    }
    case QJsonValue::Object:
        return WireJson::scalarText(value);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

SubtaskRow subtaskRow(const QJsonObject &object, const QStringList &order)
{
    SubtaskRow row;
    QStringList keys = order;
    // The scanner and QJsonDocument read the same text; should they ever disagree, sorted order
    // with every field beats a missing field.
    if (keys.size() != object.size() ||
        !std::all_of(keys.begin(), keys.end(),
                     [&](const QString &k) { return object.contains(k); }))
        keys = object.keys();
    row.fields.reserve(keys.size());
    for (const QString &key : keys)
        row.fields.append({key, fieldValue(object.value(key))});

    const QJsonValue code = object.value(QLatin1String("code"));
    if (!code.isUndefined() && !code.isNull()) {
        row.code = WireJson::scalarText(code).trimmed();
        row.failed = row.code != QLatin1String("0");
    }
    row.message = WireJson::scalarText(object.value(QLatin1String("msg")));
    return row;
}

void readSubtasks(const WireJson::Fields &data, const QByteArray &text, TaskSnapshot &snapshot)
{
    const QLatin1String key("task_info");
    if (!data.has(key))
        return;
    const QJsonValue value = data.object().value(key);
    if (!value.isArray()) {
        data.warnUnusable(key, ParserText::tr("expected a list of rows"));
        return;
    }
    const QJsonArray rows = value.toArray();
    const QList<QStringList> orders =
        arrayElementKeyOrders(text, {QStringLiteral("data"), QStringLiteral("task_info")});
    snapshot.subtasks.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue element = rows.at(i);
        if (!element.isObject()) {
            // Keep the row so positions still match the request's order.
            snapshot.warnings << ParserText::tr("Row %1 of data.task_info is not an object and "
                                                "was left empty.")
                                     .arg(i + 1);
            snapshot.subtasks.append(SubtaskRow{});
            continue;
        }
        snapshot.subtasks.append(
            subtaskRow(element.toObject(), i < orders.size() ? orders.at(i) : QStringList()));
    }
}

TaskState finishedState(const std::optional<qint64> &failed)
{
    return failed.value_or(0) > 0 ? TaskState::PartiallyFailed : TaskState::Succeeded;
}

} // namespace

Result<TaskSnapshot> parseFeishuContactTask(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::feishuFailure(response, body))
        return *failure;

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuContact;
    snapshot.rawBody = response.body;

    const QString requestId = PlatformErrors::feishuRequestId(response, body.object);
    const WireJson::Fields root(body.object, {}, &snapshot.warnings);
    const std::optional<QJsonObject> dataObject = root.childObject(QLatin1String("data"));
    if (!dataObject)
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The answer has no task: the field data is missing or not an object"),
            requestId);
    const WireJson::Fields data(*dataObject, QStringLiteral("data"), &snapshot.warnings);

    const QJsonValue status = dataObject->value(QLatin1String("status"));
    if (status.isUndefined() || status.isNull())
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The answer has no task status: the field data.status is missing"),
            requestId);
    snapshot.rawStatus = WireJson::scalarText(status);

    snapshot.taskId = data.id(QLatin1String("task_id"));
    snapshot.type = data.text(QLatin1String("type")).value_or(QString());
    snapshot.total = data.count(QLatin1String("total_num"));
    snapshot.succeeded = data.count(QLatin1String("success_num"));
    snapshot.failed = data.count(QLatin1String("fail_num"));
    snapshot.createdAt = data.unixSeconds(QLatin1String("create_time"));
    snapshot.finishedAt = data.unixSeconds(QLatin1String("finish_time"));

    if (const std::optional<double> progress = data.number(QLatin1String("progress")))
        snapshot.progress = std::clamp(*progress, 0.0, 100.0);
    else if (snapshot.total.value_or(0) > 0)
        snapshot.progress = std::clamp(
            100.0 * double(snapshot.succeeded.value_or(0) + snapshot.failed.value_or(0)) /
                double(*snapshot.total),
            0.0, 100.0);

    // The status as a whole number; text that is not one leaves the state Unknown.
    std::optional<qint64> code;
    if (status.isDouble() || status.isString()) {
        QStringList ignored; // an unknown status is shown as such, not as a broken field
        code = WireJson::Fields(*dataObject, QStringLiteral("data"), &ignored)
                   .integer(QLatin1String("status"));
    } else {
        data.warnUnusable(QLatin1String("status"), ParserText::tr("expected a status code"));
    }
    if (!code || *code < 0 || *code > kStatusFailed)
        snapshot.state = TaskState::Unknown;
    else if (*code == kStatusFailed)
        snapshot.state = TaskState::Failed;
    else if (*code == kStatusFinished || snapshot.finishedAt.isValid())
        // The doc's own example finishes with status 8 and a finish_time, which the doc says is
        // only sent once a task has finished.
        snapshot.state = finishedState(snapshot.failed);
    else
        snapshot.state = TaskState::Running;

    readSubtasks(data, body.text, snapshot);
    return snapshot;
}
