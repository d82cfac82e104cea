#include "network/parsers/FeishuDriveTaskCheckParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

Result<TaskSnapshot> parseFeishuDriveTaskCheck(const HttpResponse &response, const QString &taskId)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::feishuFailure(response, body))
        return *failure;

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuDrive;
    snapshot.taskId = taskId;
    snapshot.rawBody = response.body;

    const QString requestId = PlatformErrors::feishuRequestId(response, body.object);
    const WireJson::Fields root(body.object, {}, &snapshot.warnings);
    const std::optional<QJsonObject> data = root.childObject(QLatin1String("data"));
    if (!data)
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The answer has no task: the field data is missing or not an object"),
            requestId);
    const QJsonValue status = data->value(QLatin1String("status"));
    if (status.isUndefined() || status.isNull())
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The answer has no task status: the field data.status is missing"),
            requestId);

    snapshot.rawStatus = WireJson::scalarText(status);
    if (!status.isString()) {
        WireJson::Fields(*data, QStringLiteral("data"), &snapshot.warnings)
            .warnUnusable(QLatin1String("status"), ParserText::tr("expected a status word"));
        snapshot.state = TaskState::Unknown;
        return snapshot;
    }
    const QString word = status.toString().trimmed();
    const auto is = [&word](const char *name) {
        return word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("success"))
        snapshot.state = TaskState::Succeeded;
    else if (is("fail") || is("failed"))
        snapshot.state = TaskState::Failed;
    else if (is("process"))
        snapshot.state = TaskState::Running;
    else if (is("pending")) // before "process"; seen in the platforms' own CLI tests
        snapshot.state = TaskState::Pending;
    else
        snapshot.state = TaskState::Unknown;
    return snapshot;
}
