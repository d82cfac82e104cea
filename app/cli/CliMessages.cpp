#include "CliMessages.h"

QString CliMessages::describe(const ApiError &error)
{
    QStringList details;
    details << tr("platform code %1").arg(error.code.isEmpty() ? tr("none") : error.code);
    if (error.httpStatus > 0)
        details << tr("HTTP %1").arg(error.httpStatus);
    details << tr("request id %1").arg(error.requestId.isEmpty() ? tr("none") : error.requestId);
    const QString message =
        error.message.isEmpty() ? ApiError::categoryDisplayName(error.category) : error.message;
    QString text =
        tr("%1 [%2]: %3 (%4)")
            .arg(ApiError::categoryDisplayName(error.category),
                 ApiError::categoryId(error.category), message, details.join(QStringLiteral(", ")));
    const QString hint = hintFor(error);
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + tr("Hint: %1").arg(hint);
    return text;
}

QString CliMessages::hintFor(const ApiError &error)
{
    if (!error.hint.isEmpty())
        return error.hint;
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
        return tr("check the network and --base-url, or raise --request-timeout.");
    case ApiError::Category::NotFound:
        return tr("check the task id, its --kind and that the app is the one that created it.");
    case ApiError::Category::TokenRejected:
    case ApiError::Category::AuthFailed:
        return tr("check --app-id and the secret (or the token) in the environment.");
    default:
        return {};
    }
}

QString CliMessages::fetchFailed(const TaskRef &ref, const ApiError &error)
{
    return tr("task %1 (%2): could not fetch its status: %3")
        .arg(ref.taskId, TaskKinds::id(ref.kind), describe(error));
}

QString CliMessages::taskFailed(const TaskSnapshot &snapshot)
{
    QString text =
        tr("task %1 (%2): %3")
            .arg(snapshot.taskId, TaskKinds::id(snapshot.kind), TaskStates::id(snapshot.state));
    if (snapshot.failed && snapshot.total)
        text +=
            QLatin1Char(' ') + tr("(%1 of %2 failed)").arg(*snapshot.failed).arg(*snapshot.total);
    if (!snapshot.message.isEmpty())
        text += QStringLiteral(": ") + snapshot.message;
    if (!snapshot.rawStatus.isEmpty())
        text += QLatin1Char(' ') + tr("(platform status %1)").arg(snapshot.rawStatus);
    return text;
}

QString CliMessages::stillRunning(const TaskRef &ref, TaskState state)
{
    return tr("task %1 (%2): still %3 when --timeout ran out.")
        .arg(ref.taskId, TaskKinds::id(ref.kind), TaskStates::id(state));
}

QString CliMessages::reportsFailed(const ApiError &error)
{
    return tr("report query: could not fetch the submissions: %1").arg(describe(error));
}
