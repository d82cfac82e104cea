#include "network/parsers/DingTalkDocTaskParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

#include <algorithm>

namespace {

std::optional<TaskState> stateFromCode(qint64 code)
{
    switch (code) {
    case -1:
        return TaskState::Pending;
    case 0:
        return TaskState::Running;
    case 1:
        return TaskState::Succeeded;
    case 2:
        return TaskState::PartiallyFailed;
    case 3: // all failed
    case 4: // failed
        return TaskState::Failed;
    default:
        return std::nullopt;
    }
}

// Completion judged from the counts alone: succ + fail >= total > 0 means finished.
TaskState stateFromCounts(const TaskSnapshot &snapshot)
{
    const qint64 total = snapshot.total.value_or(0);
    const qint64 succeeded = snapshot.succeeded.value_or(0);
    const qint64 failed = snapshot.failed.value_or(0);
    if (total <= 0 || succeeded + failed < total)
        return TaskState::Unknown;
    if (failed == 0)
        return TaskState::Succeeded;
    if (succeeded == 0)
        return TaskState::Failed;
    return TaskState::PartiallyFailed;
}

} // namespace

Result<TaskSnapshot> parseDingTalkDocTask(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::dingTalkFailure(response, body))
        return *failure;

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::DingTalkDoc;
    snapshot.rawBody = response.body;

    const WireJson::Fields root(body.object, {}, &snapshot.warnings);
    snapshot.taskId = root.id(QLatin1String("taskId"));
    snapshot.total = root.count(QLatin1String("totalCount"));
    snapshot.succeeded = root.count(QLatin1String("succCount"));
    snapshot.failed = root.count(QLatin1String("failCount"));
    if (snapshot.total.value_or(0) > 0)
        snapshot.progress = std::clamp(
            100.0 * double(snapshot.succeeded.value_or(0) + snapshot.failed.value_or(0)) /
                double(*snapshot.total),
            0.0, 100.0);

    const QJsonValue status = body.object.value(QLatin1String("status"));
    std::optional<TaskState> state;
    if (status.isUndefined() || status.isNull()) {
        snapshot.warnings << ParserText::tr(
            "The answer carries no status; the state was judged from the counts.");
    } else {
        snapshot.rawStatus = WireJson::scalarText(status);
        if (status.isDouble() || status.isString()) {
            QStringList ignored; // an unknown status is judged from the counts, not a warning
            if (const auto code =
                    WireJson::Fields(body.object, {}, &ignored).integer(QLatin1String("status")))
                state = stateFromCode(*code);
        } else {
            root.warnUnusable(QLatin1String("status"), ParserText::tr("expected a status code"));
        }
    }
    // The documented status wins (its own example says 2 with no failures); counts only decide
    // when the status says nothing we know.
    snapshot.state = state.value_or(stateFromCounts(snapshot));
    return snapshot;
}
