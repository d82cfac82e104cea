#include "models/domain/TaskRef.h"

#include <QStringList>

QString TaskRef::key() const
{
    return TaskKinds::id(kind) + QLatin1Char('\x1f') + accountId + QLatin1Char('\x1f') + taskId;
}

QString TaskRef::reportTaskId(const ReportQuery &query)
{
    QStringList parts;
    if (!query.ruleId.isEmpty())
        parts << QStringLiteral("rule:") + query.ruleId;
    if (!query.userId.isEmpty())
        parts << QStringLiteral("user:") + query.userId;
    if (query.isRolling()) {
        parts << ReportWindows::id(query.window);
        return parts.join(QLatin1Char('|'));
    }
    parts << query.from.toUTC().toString(Qt::ISODate) + QStringLiteral("..") +
                 query.to.toUTC().toString(Qt::ISODate);
    return parts.join(QLatin1Char('|'));
}

ReportQuery ReportQuery::resolvedAt(const QDateTime &nowUtc) const
{
    ReportQuery resolved = *this;
    const QTimeZone zone =
        timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZone.toUtf8());
    if (const std::optional<ReportWindowRange> range =
            ReportWindows::rangeAt(window, zone, nowUtc)) {
        resolved.from = range->from;
        resolved.to = range->to;
    }
    return resolved;
}
