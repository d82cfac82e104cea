#include "FaultAnswers.h"

#include "DingTalkAnswers.h"
#include "FeishuAnswers.h"
#include "RequestIds.h"
#include "WireJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int orDefault(int status, int fallback)
{
    return status != 0 ? status : fallback;
}

void writeTwisted(WireJsonWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        w.value(QString::number(v.toDouble(), 'g', 17));
        break;
    case QJsonValue::String: {
        bool numeric = false;
        const qint64 n = v.toString().toLongLong(&numeric);
        if (numeric)
            w.value(n);
        else
            w.beginArray().value(v.toString()).endArray();
        break;
    }
    case QJsonValue::Bool:
        w.value(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Array: {
        w.beginObject();
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            w.key(QString::number(i));
            writeTwisted(w, a.at(i));
        }
        w.endObject();
        break;
    }
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            w.key(it.key());
            writeTwisted(w, it.value());
        }
        w.endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        w.value(QStringLiteral("null"));
        break;
    }
}

} // namespace

QByteArray FaultAnswers::htmlPage(int status)
{
    if (status == 403) {
        return QByteArrayLiteral("<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
                                 "<center><h1>403 Forbidden</h1></center>\r\n"
                                 "<center>Access from your IP address is not allowed.</center>\r\n"
                                 "<hr><center>gateway</center>\r\n</body>\r\n</html>\r\n");
    }
    const QByteArray line = QByteArray::number(status) + ' ' +
                            (status == 502   ? QByteArrayLiteral("Bad Gateway")
                             : status == 503 ? QByteArrayLiteral("Service Unavailable")
                             : status == 504 ? QByteArrayLiteral("Gateway Time-out")
                                             : QByteArrayLiteral("Error"));
    return "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

QByteArray FaultAnswers::truncated(const QByteArray &body)
{
    return body.left(qMax<qsizetype>(1, body.size() / 2));
}

QByteArray FaultAnswers::withWrongTypes(const QByteArray &body, SimFamily family)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return body;
    const QJsonObject o = doc.object();
    WireJsonWriter w;
    w.beginObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        // Keep the Feishu envelope readable so the client reaches the twisted payload.
        const bool envelope = family == SimFamily::Feishu && it.key() != QLatin1String("data");
        w.key(it.key());
        if (envelope)
            w.value(it.value());
        else
            writeTwisted(w, it.value());
    }
    return w.endObject().data();
}

QByteArray FaultAnswers::padded(const QByteArray &body, qint64 extraBytes)
{
    const qsizetype close = body.lastIndexOf('}');
    if (close < 0)
        return body + QByteArray(extraBytes, ' ');
    const bool empty = body.left(close).trimmed().endsWith('{');
    QByteArray out = body.left(close);
    out.reserve(body.size() + extraBytes + 32);
    out += empty ? QByteArrayLiteral("\"_padding\":\"") : QByteArrayLiteral(",\"_padding\":\"");
    out += QByteArray(extraBytes, 'x');
    out += "\"";
    out += body.mid(close);
    return out;
}

SimResponse FaultAnswers::make(const SimFault &fault, SimFamily family, int rateLimit,
                               const std::function<SimResponse()> &normal)
{
    const bool feishu = family == SimFamily::Feishu;
    SimResponse r;
    switch (fault.kind) {
    case SimFault::Kind::RateLimit:
        r = feishu ? FeishuAnswers::rateLimited(rateLimit, fault.resetSeconds)
                   : DingTalkAnswers::rateLimited();
        break;
    case SimFault::Kind::ServerError:
        r = feishu ? FeishuAnswers::error(500, 1061001, QStringLiteral("internal error."))
                   : DingTalkAnswers::error(500, QStringLiteral("systemError"),
                                            QStringLiteral("system busy, please retry later"));
        break;
    case SimFault::Kind::Html: {
        const int status = orDefault(fault.status, 502);
        r.status = status;
        r.contentType = QByteArrayLiteral("text/html");
        r.body = fault.body.isEmpty() ? htmlPage(status) : fault.body;
        return r;
    }
    case SimFault::Kind::MalformedJson:
        r = normal();
        r.body = truncated(r.body);
        break;
    case SimFault::Kind::WrongTypes:
        r = normal();
        r.body = withWrongTypes(r.body, family);
        break;
    case SimFault::Kind::HugeBody:
        r = normal();
        r.body = padded(r.body, qMax<qint64>(0, fault.sizeBytes - r.body.size()));
        break;
    case SimFault::Kind::Delay:
        r = normal();
        r.delivery = SimResponse::Delivery::Delayed;
        r.delayMs = fault.delayMs;
        break;
    case SimFault::Kind::NeverAnswer:
        r.delivery = SimResponse::Delivery::Never;
        return r;
    case SimFault::Kind::DropConnection:
        r.delivery = SimResponse::Delivery::Drop;
        return r;
    case SimFault::Kind::TokenRejected:
        r = feishu
                ? FeishuAnswers::error(400, FeishuAnswers::InvalidToken,
                                       QStringLiteral("Invalid access token for authorization. "
                                                      "Please make a request with token attached."))
                : DingTalkAnswers::error(400, QStringLiteral("InvalidAuthentication"),
                                         QStringLiteral("access token is invalid"));
        break;
    case SimFault::Kind::QuotaExhausted:
        r = feishu ? FeishuAnswers::error(400, FeishuAnswers::QuotaExhausted,
                                          QStringLiteral("request exceeds the monthly quota"))
                   : DingTalkAnswers::error(
                         403, QStringLiteral("Forbidden.AccessDenied.ApiCountLimitForOrg"),
                         QStringLiteral("api call count of the organization "
                                        "exceeds the monthly limit"));
        break;
    case SimFault::Kind::IpDenied:
        if (feishu) {
            r = FeishuAnswers::error(400, FeishuAnswers::IpDenied,
                                     QStringLiteral("ip not allowed to access the app"));
        } else {
            // DingTalk's IP ban is a JSON blob without a code.
            const QByteArray id = RequestIds::dingTalkRequestId();
            WireJsonWriter w;
            w.beginObject().field(QStringLiteral("requestid"), QString::fromLatin1(id));
            w.field(QStringLiteral("message"), "ip address is not in the white list").endObject();
            r = DingTalkAnswers::withIds(403, id, w.data());
        }
        break;
    case SimFault::Kind::WrongPath:
        return feishu ? FeishuAnswers::gatewayNotFound()
                      : DingTalkAnswers::errcode(DingTalkAnswers::UnknownPath,
                                                 QStringLiteral("请求的URI地址不存在"));
    case SimFault::Kind::PlatformCode:
        if (feishu) {
            r = FeishuAnswers::error(orDefault(fault.status, 400), fault.code.toLongLong(),
                                     fault.message.isEmpty() ? QStringLiteral("error")
                                                             : fault.message);
        } else if (fault.code.startsWith(QLatin1String("errcode:"))) {
            r = DingTalkAnswers::errcode(fault.code.mid(8).toLongLong(), fault.message);
        } else {
            r = DingTalkAnswers::error(orDefault(fault.status, 400), fault.code, fault.message);
        }
        break;
    case SimFault::Kind::Troubleshooter:
        r = feishu ? FeishuAnswers::troubleshooterError()
                   : DingTalkAnswers::error(
                         403, QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"),
                         QStringLiteral("没有调用该接口的权限，接口权限申请参考："
                                        "https://open.dingtalk.com/document/orgapp/"
                                        "add-api-permission"));
        break;
    case SimFault::Kind::ResetMidBody:
        r = normal();
        r.delivery = SimResponse::Delivery::CutBody;
        break;
    case SimFault::Kind::EmptyBody:
        r = normal();
        r.body.clear();
        break;
    case SimFault::Kind::Unavailable:
        r.status = orDefault(fault.status, 503);
        r.contentType = QByteArrayLiteral("text/plain");
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        r.body = QByteArrayLiteral("upstream connect error or disconnect/reset before headers. "
                                   "reset reason: connection failure");
        return r;
    case SimFault::Kind::Custom:
        r.status = orDefault(fault.status, 200);
        r.body = fault.body;
        if (!fault.contentType.isEmpty())
            r.contentType = fault.contentType;
        return r;
    }
    if (fault.status != 0)
        r.status = fault.status;
    return r;
}
