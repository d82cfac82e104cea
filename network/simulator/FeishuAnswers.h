#pragma once

#include "ReportBook.h"
#include "SimResponse.h"

#include <QJsonArray>
#include <QJsonObject>

// Feishu / Lark answers, written field by field: the {code, msg, data} envelope, error bodies
// with error.log_id, and every answer with the same id in X-Tt-Logid.
class FeishuAnswers final
{
public:
    static SimResponse withLogId(int httpStatus, const QByteArray &logId, const QByteArray &body);
    static SimResponse success(const QByteArray &dataJson);
    static SimResponse error(int httpStatus, qint64 code, const QString &msg);
    static SimResponse rateLimited(int limit, int resetSeconds);
    static SimResponse tenantToken(const QString &token, qint64 expireSeconds);
    // The gateway's answer to a path it does not serve: plain text, no platform envelope.
    static SimResponse gatewayNotFound();
    // 400 / 99991672 with the details newer answers carry in `error`.
    static SimResponse troubleshooterError();

    static QByteArray contactData(const QJsonObject &state, const QJsonArray &rows);
    static QByteArray driveData(const QJsonObject &state);
    static QByteArray reportData(const ReportBook::Result &page, const QString &userIdType);

    static constexpr qint64 MissingToken = 99991661;
    static constexpr qint64 InvalidToken = 99991663;
    static constexpr qint64 RateLimit = 99991400;
    static constexpr qint64 QuotaExhausted = 99991403;
    static constexpr qint64 IpDenied = 99991401;
    static constexpr qint64 FieldValidation = 99992402;
};
