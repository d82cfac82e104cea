#pragma once

#include <QByteArray>

// Fresh request ids in the platforms' shapes (X-Tt-Logid, x-acs-request-id, x-acs-trace-id).
class RequestIds final
{
public:
    static QByteArray feishuLogId();
    static QByteArray dingTalkRequestId();
    static QByteArray dingTalkTraceId();
};
