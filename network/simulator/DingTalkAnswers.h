#pragma once

#include "SimResponse.h"

#include <QJsonObject>

// DingTalk answers, written field by field: plain bodies, {code, requestid, message} errors,
// and x-acs-request-id / x-acs-trace-id on every answer.
class DingTalkAnswers final
{
public:
    static SimResponse withIds(int httpStatus, const QByteArray &requestId, const QByteArray &body);
    static SimResponse ok(const QByteArray &body);
    static SimResponse error(int httpStatus, const QString &code, const QString &message);
    static SimResponse rateLimited();
    // The gateway's old-style failure, also its answer to a path it does not serve: HTTP 200
    // with {"errcode": N, "errmsg": "..."}.
    static SimResponse errcode(qint64 code, const QString &message);
    static constexpr qint64 UnknownPath = 404;
    static SimResponse accessToken(const QString &token, qint64 expireIn);

    static QByteArray storageBody(const QJsonObject &state);
    static QByteArray docBody(const QJsonObject &state);
};
