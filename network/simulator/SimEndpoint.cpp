#include "SimEndpoint.h"

#include "SimRequest.h"

QList<SimEndpoint> SimEndpoints::all()
{
    return {SimEndpoint::FeishuToken,          SimEndpoint::FeishuContactTask,
            SimEndpoint::FeishuDriveTaskCheck, SimEndpoint::FeishuReportQuery,
            SimEndpoint::DingTalkToken,        SimEndpoint::DingTalkStorageTask,
            SimEndpoint::DingTalkDocTask};
}

QString SimEndpoints::name(SimEndpoint endpoint)
{
    switch (endpoint) {
    case SimEndpoint::FeishuToken:
        return QStringLiteral("feishu.token");
    case SimEndpoint::FeishuContactTask:
        return QStringLiteral("feishu.contact");
    case SimEndpoint::FeishuDriveTaskCheck:
        return QStringLiteral("feishu.drive");
    case SimEndpoint::FeishuReportQuery:
        return QStringLiteral("feishu.report");
    case SimEndpoint::DingTalkToken:
        return QStringLiteral("dingtalk.token");
    case SimEndpoint::DingTalkStorageTask:
        return QStringLiteral("dingtalk.storage");
    case SimEndpoint::DingTalkDocTask:
        return QStringLiteral("dingtalk.doc");
    }
    return {};
}

std::optional<SimEndpoint> SimEndpoints::fromName(const QString &name)
{
    for (const SimEndpoint e : all()) {
        if (SimEndpoints::name(e) == name)
            return e;
    }
    return std::nullopt;
}

SimFamily SimEndpoints::family(SimEndpoint endpoint)
{
    switch (endpoint) {
    case SimEndpoint::FeishuToken:
    case SimEndpoint::FeishuContactTask:
    case SimEndpoint::FeishuDriveTaskCheck:
    case SimEndpoint::FeishuReportQuery:
        return SimFamily::Feishu;
    case SimEndpoint::DingTalkToken:
    case SimEndpoint::DingTalkStorageTask:
    case SimEndpoint::DingTalkDocTask:
        return SimFamily::DingTalk;
    }
    return SimFamily::Feishu;
}

std::optional<SimFamily> SimEndpoints::familyFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("feishu") || n == QLatin1String("lark"))
        return SimFamily::Feishu;
    if (n == QLatin1String("dingtalk"))
        return SimFamily::DingTalk;
    return std::nullopt;
}

int SimEndpoints::defaultRateLimit(SimEndpoint endpoint)
{
    switch (endpoint) {
    case SimEndpoint::FeishuToken:
        return 20;
    case SimEndpoint::FeishuContactTask:
        return 50;
    case SimEndpoint::FeishuDriveTaskCheck:
        return 5;
    case SimEndpoint::FeishuReportQuery:
        return 10;
    case SimEndpoint::DingTalkToken:
    case SimEndpoint::DingTalkStorageTask:
    case SimEndpoint::DingTalkDocTask:
        return 20;
    }
    return 0;
}

std::optional<SimRoute> SimEndpoints::route(const SimRequest &request)
{
    const QList<QByteArray> segments = request.encodedPathSegments();
    const bool get = request.method() == "GET";
    const bool post = request.method() == "POST";
    const auto is = [&segments](std::initializer_list<const char *> expected) {
        if (segments.size() != qsizetype(expected.size()))
            return false;
        qsizetype i = 0;
        for (const char *e : expected) {
            if (e != nullptr && segments.at(i) != e)
                return false;
            ++i;
        }
        return true;
    };
    SimRoute r;
    if (post && is({"open-apis", "auth", "v3", "tenant_access_token", "internal"})) {
        r.endpoint = SimEndpoint::FeishuToken;
    } else if (get && is({"open-apis", "contact", "v2", "task", "get"})) {
        r.endpoint = SimEndpoint::FeishuContactTask;
        r.hasTaskId = request.hasQueryItem(QStringLiteral("task_id"));
        r.taskId = request.queryValue(QStringLiteral("task_id"));
    } else if (get && is({"open-apis", "drive", "v1", "files", "task_check"})) {
        r.endpoint = SimEndpoint::FeishuDriveTaskCheck;
        r.hasTaskId = request.hasQueryItem(QStringLiteral("task_id"));
        r.taskId = request.queryValue(QStringLiteral("task_id"));
    } else if (post && is({"open-apis", "report", "v1", "tasks", "query"})) {
        r.endpoint = SimEndpoint::FeishuReportQuery;
    } else if (post && is({"v1.0", "oauth2", "accessToken"})) {
        r.endpoint = SimEndpoint::DingTalkToken;
    } else if (get && is({"v1.0", "storage", "tasks", nullptr})) {
        r.endpoint = SimEndpoint::DingTalkStorageTask;
        r.taskId = SimRequest::decodePathSegment(segments.at(3));
        r.hasTaskId = !r.taskId.isEmpty();
    } else if (get && is({"v2.0", "doc", "task", "info", nullptr})) {
        r.endpoint = SimEndpoint::DingTalkDocTask;
        r.taskId = SimRequest::decodePathSegment(segments.at(4));
        r.hasTaskId = !r.taskId.isEmpty();
    } else {
        return std::nullopt;
    }
    return r;
}
