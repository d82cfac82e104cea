#include "SimFault.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

namespace {

const QList<QPair<SimFault::Kind, QString>> &kindNames()
{
    static const QList<QPair<SimFault::Kind, QString>> names = {
        {SimFault::Kind::RateLimit, QStringLiteral("rate_limit")},
        {SimFault::Kind::ServerError, QStringLiteral("server_error")},
        {SimFault::Kind::Html, QStringLiteral("html")},
        {SimFault::Kind::MalformedJson, QStringLiteral("malformed_json")},
        {SimFault::Kind::WrongTypes, QStringLiteral("wrong_types")},
        {SimFault::Kind::HugeBody, QStringLiteral("huge_body")},
        {SimFault::Kind::Delay, QStringLiteral("delay")},
        {SimFault::Kind::NeverAnswer, QStringLiteral("never")},
        {SimFault::Kind::DropConnection, QStringLiteral("drop")},
        {SimFault::Kind::TokenRejected, QStringLiteral("token_rejected")},
        {SimFault::Kind::QuotaExhausted, QStringLiteral("quota")},
        {SimFault::Kind::IpDenied, QStringLiteral("ip_denied")},
        {SimFault::Kind::WrongPath, QStringLiteral("wrong_path")},
        {SimFault::Kind::PlatformCode, QStringLiteral("platform_code")},
        {SimFault::Kind::Troubleshooter, QStringLiteral("troubleshooter")},
        {SimFault::Kind::Custom, QStringLiteral("custom")},
        {SimFault::Kind::ResetMidBody, QStringLiteral("reset_mid_body")},
        {SimFault::Kind::EmptyBody, QStringLiteral("empty_body")},
        {SimFault::Kind::Unavailable, QStringLiteral("unavailable")},
    };
    return names;
}

} // namespace

QString SimFault::kindName(Kind kind)
{
    for (const auto &entry : kindNames()) {
        if (entry.first == kind)
            return entry.second;
    }
    return {};
}

std::optional<SimFault::Kind> SimFault::kindFromName(const QString &name)
{
    for (const auto &entry : kindNames()) {
        if (entry.second == name)
            return entry.first;
    }
    return std::nullopt;
}

std::optional<SimFault> SimFault::fromJson(const QJsonObject &json, QString *error)
{
    const QString kindText = json.value(QLatin1String("kind")).toString();
    const std::optional<Kind> kind = kindFromName(kindText);
    if (!kind) {
        if (error)
            *error = QStringLiteral("unknown fault kind \"%1\"").arg(kindText);
        return std::nullopt;
    }
    SimFault f;
    f.kind = *kind;
    f.endpoint = json.value(QLatin1String("endpoint")).toString(QStringLiteral("*"));
    const QJsonValue task = json.value(QLatin1String("task_id"));
    f.taskId = task.isDouble() ? QString::number(qint64(task.toDouble())) : task.toString();
    f.count = json.value(QLatin1String("count")).toInt(1);
    f.status = json.value(QLatin1String("status")).toInt(0);
    f.resetSeconds = json.value(QLatin1String("reset_s")).toInt(1);
    f.delayMs = json.value(QLatin1String("delay_ms")).toInt(0);
    f.sizeBytes = qint64(json.value(QLatin1String("size")).toDouble(1024.0 * 1024.0));
    f.body = json.value(QLatin1String("body")).toString().toUtf8();
    f.contentType = json.value(QLatin1String("content_type")).toString().toUtf8();
    const QJsonValue code = json.value(QLatin1String("code"));
    f.code = code.isDouble() ? QString::number(qint64(code.toDouble())) : code.toString();
    f.message = json.value(QLatin1String("message")).toString();
    return f;
}
