#pragma once

#include "models/domain/ReportWindow.h"
#include "models/domain/TaskKind.h"

#include <QDateTime>
#include <QString>

// The parameters of a report (汇报) query: a rule and/or a user over a commit-time window.
struct ReportQuery
{
    QString ruleId;
    QString userId;
    QString userIdType; // open_id (default), union_id or user_id
    QDateTime from;     // UTC, inclusive; for a rolling window, the range last resolved
    QDateTime to;       // UTC, inclusive
    ReportWindow window = ReportWindow::Fixed;
    QString timeZone; // IANA id a rolling window follows; empty: the system's

    bool isRolling() const { return window != ReportWindow::Fixed; }
    // This query with a rolling window's range computed at `nowUtc`; a fixed one unchanged.
    ReportQuery resolvedAt(const QDateTime &nowUtc) const;

    friend bool operator==(const ReportQuery &, const ReportQuery &) = default;
};

// Names one thing to watch: which endpoint, through which account, which task.
struct TaskRef
{
    TaskKind kind = TaskKind::FeishuContact;
    QString accountId;
    QString taskId;  // for report queries, a readable id derived from the query
    QString label;   // the user's own name for it; may be empty
    QString unionId; // DingTalk storage operator; empty means the account's default
    ReportQuery report;

    // Identity within the watch list: kind, account and task id.
    QString key() const;

    // Builds the readable id of a report query: "rule:<id>|user:<id>|<from>..<to>", or
    // "rule:<id>|user:<id>|this_week" for a rolling window, which keeps its id as it moves.
    static QString reportTaskId(const ReportQuery &query);

    friend bool operator==(const TaskRef &, const TaskRef &) = default;
};
