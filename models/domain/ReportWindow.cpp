#include "models/domain/ReportWindow.h"

namespace ReportWindows {

namespace {

struct WindowId
{
    ReportWindow window;
    const char *id;
};

constexpr WindowId kIds[] = {
    {ReportWindow::Fixed, "fixed"},          {ReportWindow::Today, "today"},
    {ReportWindow::ThisWeek, "this_week"},   {ReportWindow::Last7Days, "last_7_days"},
    {ReportWindow::ThisMonth, "this_month"},
};

// Local midnight of `day`; on a day whose midnight does not exist (a DST jump at 00:00), the
// first moment of that day that does.
QDateTime startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

ReportWindowRange days(const QDate &first, const QDate &afterLast, const QTimeZone &zone)
{
    return {startOfDay(first, zone), startOfDay(afterLast, zone).addSecs(-1)};
}

} // namespace

QString id(ReportWindow window)
{
    for (const WindowId &entry : kIds) {
        if (entry.window == window)
            return QString::fromLatin1(entry.id);
    }
    return QStringLiteral("fixed");
}

std::optional<ReportWindow> fromId(const QString &id)
{
    for (const WindowId &entry : kIds) {
        if (id == QLatin1String(entry.id))
            return entry.window;
    }
    return std::nullopt;
}

std::optional<ReportWindowRange> rangeAt(ReportWindow window, const QTimeZone &zone,
                                         const QDateTime &nowUtc, Qt::DayOfWeek firstDayOfWeek)
{
    const QTimeZone where = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDate today = nowUtc.toTimeZone(where).date();
    switch (window) {
    case ReportWindow::Fixed:
        return std::nullopt;
    case ReportWindow::Today:
        return days(today, today.addDays(1), where);
    case ReportWindow::ThisWeek: {
        const int sinceFirst = (today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
        const QDate first = today.addDays(-sinceFirst);
        return days(first, first.addDays(7), where);
    }
    case ReportWindow::Last7Days: {
        const QDateTime now = nowUtc.toUTC();
        return ReportWindowRange{now.addDays(-7), now};
    }
    case ReportWindow::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return days(first, first.addMonths(1), where);
    }
    }
    return std::nullopt;
}

} // namespace ReportWindows
