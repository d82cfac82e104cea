#pragma once

#include <QString>

// A report (汇报) rule as earlier submissions name it: what a report query can be narrowed to.
struct ReportRule
{
    QString id;
    QString name;

    friend bool operator==(const ReportRule &, const ReportRule &) = default;
};
