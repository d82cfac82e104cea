#pragma once

#include "models/domain/TaskKind.h"

#include <QString>

// Every endpoint the monitor calls, with what the platforms say about it.
enum class ApiEndpoint {
    FeishuTenantToken,
    DingTalkAccessToken,
    FeishuContactTask,
    FeishuDriveTaskCheck,
    FeishuReportQuery,
    DingTalkStorageTask,
    DingTalkDocTask,
};

namespace ApiEndpoints {

QString id(ApiEndpoint endpoint);
ApiEndpoint forKind(TaskKind kind);
bool isFeishuFamily(ApiEndpoint endpoint);
bool isTokenEndpoint(ApiEndpoint endpoint);

// Counted against the organisation's monthly quota by the platform.
bool isMetered(ApiEndpoint endpoint);

// Documented calls per second per app, or a conservative default where none is documented.
int defaultCallsPerSecond(ApiEndpoint endpoint);

} // namespace ApiEndpoints
