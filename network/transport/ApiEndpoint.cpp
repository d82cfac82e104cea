#include "network/transport/ApiEndpoint.h"

namespace ApiEndpoints {

QString id(ApiEndpoint endpoint)
{
    switch (endpoint) {
    case ApiEndpoint::FeishuTenantToken:
        return QStringLiteral("feishu-token");
    case ApiEndpoint::DingTalkAccessToken:
        return QStringLiteral("dingtalk-token");
    case ApiEndpoint::FeishuContactTask:
        return QStringLiteral("feishu-contact");
    case ApiEndpoint::FeishuDriveTaskCheck:
        return QStringLiteral("feishu-drive");
    case ApiEndpoint::FeishuReportQuery:
        return QStringLiteral("feishu-report");
    case ApiEndpoint::DingTalkStorageTask:
        return QStringLiteral("dingtalk-storage");
    case ApiEndpoint::DingTalkDocTask:
        return QStringLiteral("dingtalk-doc");
    }
    return {};
}

ApiEndpoint forKind(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FeishuContact:
        return ApiEndpoint::FeishuContactTask;
    case TaskKind::FeishuReport:
        return ApiEndpoint::FeishuReportQuery;
    case TaskKind::FeishuDrive:
        return ApiEndpoint::FeishuDriveTaskCheck;
    case TaskKind::DingTalkStorage:
        return ApiEndpoint::DingTalkStorageTask;
    case TaskKind::DingTalkDoc:
        return ApiEndpoint::DingTalkDocTask;
    }
    return ApiEndpoint::FeishuContactTask;
}

bool isFeishuFamily(ApiEndpoint endpoint)
{
    switch (endpoint) {
    case ApiEndpoint::FeishuTenantToken:
    case ApiEndpoint::FeishuContactTask:
    case ApiEndpoint::FeishuDriveTaskCheck:
    case ApiEndpoint::FeishuReportQuery:
        return true;
    default:
        return false;
    }
}

bool isTokenEndpoint(ApiEndpoint endpoint)
{
    return endpoint == ApiEndpoint::FeishuTenantToken ||
           endpoint == ApiEndpoint::DingTalkAccessToken;
}

bool isMetered(ApiEndpoint endpoint)
{
    // Feishu meters drive and report calls but not contact or token calls; DingTalk meters
    // its open API calls but not the token endpoint.
    switch (endpoint) {
    case ApiEndpoint::FeishuDriveTaskCheck:
    case ApiEndpoint::FeishuReportQuery:
    case ApiEndpoint::DingTalkStorageTask:
    case ApiEndpoint::DingTalkDocTask:
        return true;
    default:
        return false;
    }
}

int defaultCallsPerSecond(ApiEndpoint endpoint)
{
    switch (endpoint) {
    case ApiEndpoint::FeishuReportQuery:
        return 10;
    case ApiEndpoint::FeishuDriveTaskCheck:
        return 5; // on the platform's "special, lower" tier
    case ApiEndpoint::FeishuContactTask:
        return 20;
    case ApiEndpoint::FeishuTenantToken:
        return 10;
    case ApiEndpoint::DingTalkAccessToken:
    case ApiEndpoint::DingTalkStorageTask:
    case ApiEndpoint::DingTalkDocTask:
        return 20;
    }
    return 5;
}

} // namespace ApiEndpoints
