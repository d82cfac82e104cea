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
        // Shapes seen in real logs: each family's answer to a path it does not serve (Feishu
        // 404 text/plain, DingTalk HTTP 200 with errcode / errmsg), an error with the code,
        // status and message given (DingTalk's code spellings, Feishu's code on HTTP 200),
        // and a Feishu error that carries troubleshooter and violation details.
        WrongPath,
        PlatformCode,
        Troubleshooter,
        Custom,
        // The status line, the headers and half the body, then the server closes the
        // connection.
        ResetMidBody,
        // HTTP 200 with a JSON content type and no body at all.
        EmptyBody,
        // HTTP 503 from a proxy in front of the platform (plain text, no platform ids).
        Unavailable,
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
    // PlatformCode: the platform's code (Feishu numeric, DingTalk text) and message.
    QString code;
    QString message;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static std::optional<SimFault> fromJson(const QJsonObject &json, QString *error);
};
