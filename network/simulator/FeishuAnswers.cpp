#include "FeishuAnswers.h"

#include "RequestIds.h"
#include "WireJsonWriter.h"

SimResponse FeishuAnswers::withLogId(int httpStatus, const QByteArray &logId,
                                     const QByteArray &body)
{
    SimResponse r;
    r.status = httpStatus;
    r.body = body;
    r.addHeader(QByteArrayLiteral("X-Tt-Logid"), logId);
    return r;
}

SimResponse FeishuAnswers::success(const QByteArray &dataJson)
{
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("code"), 0).field(QStringLiteral("msg"), "success");
    w.key(QStringLiteral("data")).raw(dataJson).endObject();
    return withLogId(200, RequestIds::feishuLogId(), w.data());
}

SimResponse FeishuAnswers::error(int httpStatus, qint64 code, const QString &msg)
{
    const QByteArray logId = RequestIds::feishuLogId();
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("code"), code).field(QStringLiteral("msg"), msg);
    w.key(QStringLiteral("error")).beginObject();
    w.field(QStringLiteral("log_id"), QString::fromLatin1(logId)).endObject().endObject();
    return withLogId(httpStatus, logId, w.data());
}

SimResponse FeishuAnswers::rateLimited(int limit, int resetSeconds)
{
    SimResponse r = error(429, RateLimit, QStringLiteral("request trigger frequency limit"));
    r.addHeader(QByteArrayLiteral("x-ogw-ratelimit-limit"), QByteArray::number(limit));
    r.addHeader(QByteArrayLiteral("x-ogw-ratelimit-reset"), QByteArray::number(resetSeconds));
    return r;
}

SimResponse FeishuAnswers::tenantToken(const QString &token, qint64 expireSeconds)
{
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("code"), 0).field(QStringLiteral("msg"), "ok");
    w.field(QStringLiteral("tenant_access_token"), token);
    w.field(QStringLiteral("expire"), expireSeconds).endObject();
    return withLogId(200, RequestIds::feishuLogId(), w.data());
}

SimResponse FeishuAnswers::gatewayNotFound()
{
    SimResponse r;
    r.status = 404;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = QByteArrayLiteral("404 page not found");
    return r;
}

SimResponse FeishuAnswers::troubleshooterError()
{
    const QByteArray logId = RequestIds::feishuLogId();
    const QString id = QString::fromLatin1(logId);
    WireJsonWriter w;
    w.beginObject().field(QStringLiteral("code"), 99991672);
    w.field(QStringLiteral("msg"),
            QStringLiteral("Access denied. One of the following scopes is required: "
                           "[drive:drive, drive:drive.metadata:readonly]."));
    w.key(QStringLiteral("error")).beginObject();
    w.field(QStringLiteral("log_id"), id);
    w.field(QStringLiteral("troubleshooter"),
            QStringLiteral("排查建议查看(Troubleshooting suggestions): "
                           "https://open.feishu.cn/search?from=openapi&log_id=") +
                id + QStringLiteral("&code=99991672&method_id=7000000000000000000"));
    w.key(QStringLiteral("permission_violations")).beginArray();
    for (const char *scope : {"drive:drive", "drive:drive.metadata:readonly"}) {
        w.beginObject().field(QStringLiteral("type"), QStringLiteral("action_scope_required"));
        w.field(QStringLiteral("subject"), QString::fromLatin1(scope)).endObject();
    }
    w.endArray();
    w.key(QStringLiteral("field_violations")).beginArray();
    w.beginObject().field(QStringLiteral("field"), QStringLiteral("task_id"));
    w.field(QStringLiteral("description"), QStringLiteral("task_id is not visible to the app"));
    w.endObject().endArray();
    w.endObject().endObject();
    return withLogId(400, logId, w.data());
}

QByteArray FeishuAnswers::contactData(const QJsonObject &state, const QJsonArray &rows)
{
    static const QStringList order = {QStringLiteral("task_id"),     QStringLiteral("type"),
                                      QStringLiteral("status"),      QStringLiteral("progress"),
                                      QStringLiteral("total_num"),   QStringLiteral("success_num"),
                                      QStringLiteral("fail_num"),    QStringLiteral("create_time"),
                                      QStringLiteral("finish_time"), QStringLiteral("task_info")};
    static const QStringList rowOrder = {
        QStringLiteral("code"),          QStringLiteral("msg"),         QStringLiteral("action"),
        QStringLiteral("name"),          QStringLiteral("email"),       QStringLiteral("mobile"),
        QStringLiteral("user_id"),       QStringLiteral("departments"), QStringLiteral("open_id"),
        QStringLiteral("department_id"), QStringLiteral("parent_id"),   QStringLiteral("chat_id")};
    // task_info comes only with a normal finish, unless the scenario scripts it explicitly.
    const bool finished = state.contains(QLatin1String("finish_time"));
    const bool failed = state.value(QLatin1String("status")).toInt(-1) == 10;
    const bool showRows =
        !state.contains(QLatin1String("task_info")) && finished && !failed && !rows.isEmpty();
    WireJsonWriter w;
    w.beginObject();
    for (const QString &k : order) {
        if (k == QLatin1String("task_info") && showRows) {
            w.key(k).beginArray();
            for (const QJsonValue &row : rows)
                w.object(row.toObject(), rowOrder);
            w.endArray();
        } else if (state.contains(k)) {
            w.field(k, state.value(k));
        }
    }
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (!order.contains(it.key()))
            w.field(it.key(), it.value());
    }
    return w.endObject().data();
}

QByteArray FeishuAnswers::driveData(const QJsonObject &state)
{
    WireJsonWriter w;
    w.object(state, {QStringLiteral("status")});
    return w.data();
}

QByteArray FeishuAnswers::reportData(const ReportBook::Result &page, const QString &userIdType)
{
    static const QStringList itemOrder = {
        QStringLiteral("task_id"),         QStringLiteral("rule_name"),
        QStringLiteral("from_user_id"),    QStringLiteral("from_user_name"),
        QStringLiteral("department_name"), QStringLiteral("commit_time"),
        QStringLiteral("form_contents"),   QStringLiteral("rule_id"),
        QStringLiteral("department_ids"),  QStringLiteral("to_user_ids"),
        QStringLiteral("to_user_names")};
    static const QStringList fieldOrder = {QStringLiteral("field_id"), QStringLiteral("field_name"),
                                           QStringLiteral("field_value")};
    // With no submissions at all the platform answers an empty object: no items, no has_more.
    if (page.items.isEmpty() && !page.hasMore)
        return QByteArrayLiteral("{}");
    WireJsonWriter w;
    w.beginObject().key(QStringLiteral("items")).beginArray();
    for (const SimReportSubmission &s : page.items) {
        QJsonObject item = s.wire;
        if (item.contains(QLatin1String("from_user_ids"))) {
            item.insert(QStringLiteral("from_user_id"), ReportBook::userIdOf(s, userIdType));
            item.remove(QStringLiteral("from_user_ids"));
        }
        const QJsonArray forms = item.take(QStringLiteral("form_contents")).toArray();
        item.remove(QStringLiteral("app"));
        w.beginObject();
        for (const QString &k : itemOrder) {
            if (k == QLatin1String("form_contents")) {
                w.key(k).beginArray();
                for (const QJsonValue &f : forms)
                    w.object(f.toObject(), fieldOrder);
                w.endArray();
            } else if (item.contains(k)) {
                w.field(k, item.value(k));
            }
        }
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!itemOrder.contains(it.key()))
                w.field(it.key(), it.value());
        }
        w.endObject();
    }
    w.endArray().field(QStringLiteral("has_more"), page.hasMore);
    if (page.hasMore)
        w.field(QStringLiteral("page_token"), page.nextPageToken);
    return w.endObject().data();
}
