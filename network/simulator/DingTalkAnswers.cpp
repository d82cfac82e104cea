#include "DingTalkAnswers.h"

#include "RequestIds.h"
#include "WireJsonWriter.h"

SimResponse DingTalkAnswers::withIds(int httpStatus, const QByteArray &requestId,
                                     const QByteArray &body)
{
    SimResponse r;
    r.status = httpStatus;
    r.body = body;
    r.addHeader(QByteArrayLiteral("x-acs-request-id"), requestId);
    r.addHeader(QByteArrayLiteral("x-acs-trace-id"), RequestIds::dingTalkTraceId());
    return r;
}

SimResponse DingTalkAnswers::ok(const QByteArray &body)
{
    return withIds(200, RequestIds::dingTalkRequestId(), body);
}

SimResponse DingTalkAnswers::error(int httpStatus, const QString &code, const QString &message)
{
    const QByteArray requestId = RequestIds::dingTalkRequestId();
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("code"), code);
    w.field(QStringLiteral("requestid"), QString::fromLatin1(requestId));
    w.field(QStringLiteral("message"), message).endObject();
    return withIds(httpStatus, requestId, w.data());
}

SimResponse DingTalkAnswers::errcode(qint64 code, const QString &message)
{
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("errcode"), code);
    w.field(QStringLiteral("errmsg"), message).endObject();
    return ok(w.data());
}

SimResponse DingTalkAnswers::rateLimited()
{
    SimResponse r =
        error(403, QStringLiteral("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"),
              QStringLiteral("Request exceeds the QPS limit of the api for the appkey"));
    return r;
}

SimResponse DingTalkAnswers::accessToken(const QString &token, qint64 expireIn)
{
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("accessToken"), token);
    w.field(QStringLiteral("expireIn"), expireIn).endObject();
    return ok(w.data());
}

QByteArray DingTalkAnswers::storageBody(const QJsonObject &state)
{
    WireJsonWriter w;
    w.beginObject().key(QStringLiteral("task"));
    w.object(state, {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("totalCount"),
                     QStringLiteral("successCount"), QStringLiteral("failCount"),
                     QStringLiteral("failMessage"), QStringLiteral("beginTime"),
                     QStringLiteral("endTime")});
    return w.endObject().data();
}

QByteArray DingTalkAnswers::docBody(const QJsonObject &state)
{
    WireJsonWriter w;
    w.object(state,
             {QStringLiteral("taskId"), QStringLiteral("status"), QStringLiteral("totalCount"),
              QStringLiteral("succCount"), QStringLiteral("failCount")});
    return w.data();
}
