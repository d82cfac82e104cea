#pragma once

#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What one successful answer said about a task (or, for a report query, about all pages of
// it). Fields the platform did not send stay empty: no 0 % is ever invented.
struct TaskSnapshot
{
    TaskKind kind = TaskKind::FeishuContact;
    QString taskId;
    TaskState state = TaskState::Unknown;
    QString rawStatus;              // the platform's status as text; null when it sent none
    QString type;                   // e.g. "add_user" / "add_department"
    std::optional<double> progress; // percent, 0..100
    std::optional<qint64> total;
    std::optional<qint64> succeeded;
    std::optional<qint64> failed;
    QDateTime createdAt;  // UTC
    QDateTime finishedAt; // UTC
    QString message;      // e.g. DingTalk failMessage
    QList<SubtaskRow> subtasks;
    QList<ReportSubmission> reports;
    QStringList warnings; // fields that were present but unusable, said in words
    QByteArray rawBody;   // the last body as received, for "show raw answer"
    QDateTime fetchedAt;  // UTC, set by the client

    bool isTerminal() const { return TaskStates::isTerminal(state); }

    friend bool operator==(const TaskSnapshot &, const TaskSnapshot &) = default;
};
