#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// The commit-time window of a report (汇报) query. A rolling window moves with the calendar
// in the time zone it was made in: "this week" is always the current week there.
enum class ReportWindow {
    Fixed, // the query's own from / to
    Today,
    ThisWeek,
    Last7Days,
    ThisMonth,
};

struct ReportWindowRange
{
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, inclusive
};

namespace ReportWindows {

// Stable ids for storage and command lines: "fixed", "today", "this_week", "last_7_days",
// "this_month".
QString id(ReportWindow window);
std::optional<ReportWindow> fromId(const QString &id);

// The window's range at `nowUtc`, computed in `zone`; weeks start on `firstDayOfWeek` (Monday,
// as the platforms' weekly reports (周报) count them, whatever the locale says).
// Today, this week and this month end at the last second of the day, week or month; the last
// 7 days end now. Fixed windows have no range of their own: nullopt.
std::optional<ReportWindowRange> rangeAt(ReportWindow window, const QTimeZone &zone,
                                         const QDateTime &nowUtc,
                                         Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace ReportWindows
