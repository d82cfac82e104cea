#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// A misbehaviour served instead of (or around) the normal answer for the next `count` matching
// requests.
struct SimFault
{
    enum class Kind {
        RateLimit,
        ServerError,
        Html,
        MalformedJson,
        WrongTypes,
        HugeBody,
        Delay,
        NeverAnswer,
        DropConnection,
        TokenRejected,
        QuotaExhausted,
        IpDenied,
        Custom,
    };

    Kind kind = Kind::ServerError;
    // An endpoint name such as "feishu.drive", a family ("feishu", "dingtalk") or "*".
    QString endpoint = QStringLiteral("*");
    // Empty: any task (and requests without one).
    QString taskId;
    // Requests left to serve; -1 means until cleared.
    int count = 1;
    // 0: the platform's usual status for this fault.
    int status = 0;
    int resetSeconds = 1;
    int delayMs = 0;
    qint64 sizeBytes = 1024 * 1024;
    QByteArray body;
    QByteArray contentType;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static std::optional<SimFault> fromJson(const QJsonObject &json, QString *error);
};
