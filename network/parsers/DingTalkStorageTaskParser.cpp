#include "network/parsers/DingTalkStorageTaskParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

#include <algorithm>

Result<TaskSnapshot> parseDingTalkStorageTask(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::dingTalkFailure(response, body))
        return *failure;

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::DingTalkStorage;
    snapshot.rawBody = response.body;

    const QString requestId = PlatformErrors::dingTalkRequestId(response, body.object);
    const WireJson::Fields root(body.object, {}, &snapshot.warnings);
    const std::optional<QJsonObject> taskObject = root.childObject(QLatin1String("task"));
    if (!taskObject)
        return PlatformErrors::wrongShape(
            response, WireFamily::DingTalk,
            ParserText::tr("The answer has no task: the field task is missing or not an object"),
            requestId);
    const WireJson::Fields task(*taskObject, QStringLiteral("task"), &snapshot.warnings);

    const QJsonValue status = taskObject->value(QLatin1String("status"));
    if (status.isUndefined() || status.isNull())
        return PlatformErrors::wrongShape(
            response, WireFamily::DingTalk,
            ParserText::tr("The answer has no task status: the field task.status is missing"),
            requestId);
    snapshot.rawStatus = WireJson::scalarText(status);

    snapshot.taskId = task.id(QLatin1String("id"));
    snapshot.total = task.count(QLatin1String("totalCount"));
    snapshot.succeeded = task.count(QLatin1String("successCount"));
    snapshot.failed = task.count(QLatin1String("failCount"));
    snapshot.message = task.text(QLatin1String("failMessage")).value_or(QString());
    snapshot.createdAt = task.isoTime(QLatin1String("beginTime"));
    snapshot.finishedAt = task.isoTime(QLatin1String("endTime"));
    if (snapshot.total.value_or(0) > 0)
        snapshot.progress = std::clamp(
            100.0 * double(snapshot.succeeded.value_or(0) + snapshot.failed.value_or(0)) /
                double(*snapshot.total),
            0.0, 100.0);

    if (!status.isString())
        task.warnUnusable(QLatin1String("status"), ParserText::tr("expected a status word"));
    const QString word = status.isString() ? status.toString().trimmed() : QString();
    const auto is = [&word](const char *name) {
        return word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("INIT"))
        snapshot.state = TaskState::Pending;
    else if (is("IN_PROGRESS"))
        snapshot.state = TaskState::Running;
    else if (is("SUCCESS"))
        snapshot.state =
            snapshot.failed.value_or(0) > 0 ? TaskState::PartiallyFailed : TaskState::Succeeded;
    else if (is("FAIL"))
        snapshot.state = TaskState::Failed;
    else
        snapshot.state = TaskState::Unknown;
    return snapshot;
}
