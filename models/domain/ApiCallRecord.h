#pragma once

#include <QDateTime>
#include <QString>

// One HTTP request to a platform and what came back: a line of a task's request log. Plain
// values: it holds no header, URL query or body, so nothing secret can reach the log.
struct ApiCallRecord
{
    QDateTime sentAt;   // UTC
    QString endpointId; // ApiEndpoints::id(), e.g. "feishu-contact"
    QString accountId;
    QString taskKey;      // TaskRef::key(); empty for token requests
    int httpStatus = 0;   // 0: no HTTP answer (refused, reset, timed out)
    QString platformCode; // the platform's code ("0" on success); empty when none was read
    qint64 latencyMs = 0; // from sending to the whole answer read
    QString requestId;    // X-Tt-Logid / x-acs-request-id, or the body's id
    QString outcome;      // translated: "OK", or the error's summary
    bool ok = false;

    friend bool operator==(const ApiCallRecord &, const ApiCallRecord &) = default;
};
