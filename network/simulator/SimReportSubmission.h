#pragma once

#include <QJsonObject>
#include <QString>

// One report submission as the report query lists it; wire holds its fields as the platform
// sends them (task_id, rule_name, form_contents, ...).
struct SimReportSubmission
{
    QString ruleId;
    QString fromUserId;
    qint64 commitTime = 0;
    // Empty: visible to every Feishu app.
    QString appId;
    QJsonObject wire;
};
