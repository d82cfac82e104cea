#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

enum class SimTaskKind { FeishuContact, FeishuDrive, DingTalkStorage, DingTalkDoc };

// One point of a task's script: from afterMs (relative to the task's start) on, the answer shows
// these wire field values (merged over the earlier steps; null removes a field).
struct SimTaskStep
{
    qint64 afterMs = 0;
    QJsonObject fields;
};

// An asynchronous task as the platform keeps it: kind, id, owner, start and its timeline.
struct SimTask
{
    SimTaskKind kind = SimTaskKind::FeishuContact;
    QString id;
    // Empty: visible to every app of the family.
    QString appId;
    qint64 startMs = 0;
    QList<SimTaskStep> steps;
    // Contact sub-task rows (task_info), objects exactly as on the wire.
    QJsonArray rows;
    // DingTalk times: "2022-07-29T14:55:07Z" instead of "2022-07-29T14:55Z".
    bool isoSeconds = false;

    static QString kindName(SimTaskKind kind);
    static std::optional<SimTaskKind> kindFromName(const QString &name);
};
