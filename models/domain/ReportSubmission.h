#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One field of a submitted report form (汇报). Attachments and pictures carry an empty value.
struct ReportFormField
{
    QString fieldId;
    QString fieldName;
    QString fieldValue;

    friend bool operator==(const ReportFormField &, const ReportFormField &) = default;
};

// One report submission returned by a report query, with its form contents.
struct ReportSubmission
{
    QString taskId;
    QString ruleId;
    QString ruleName;
    QString fromUserId;
    QString fromUserName;
    QString departmentName;
    QStringList departmentIds;
    QDateTime commitTime; // UTC; invalid when the platform sent none
    QStringList toUserIds;
    QStringList toUserNames;
    QList<ReportFormField> formContents;

    friend bool operator==(const ReportSubmission &, const ReportSubmission &) = default;
};
