#pragma once

#include "models/domain/ReportSubmission.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One page of a report query answer.
struct FeishuReportPage
{
    QList<ReportSubmission> items;
    bool hasMore = false;
    QString pageToken; // empty when has_more is false
    QStringList warnings;
};
