#include "models/csv/CsvFormat.h"

namespace CsvFormat {

QString utcIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QString localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    if (value.typeId() == QMetaType::QString)
        return QDateTime::fromString(value.toString(), Qt::ISODate);
    return {};
}

std::optional<TaskState> toTaskState(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return TaskStates::fromId(value.toString());
    bool isInt = false;
    const int number = value.toInt(&isInt);
    if (!isInt || !value.isValid())
        return std::nullopt;
    const auto state = static_cast<TaskState>(number);
    if (TaskStates::id(state).isEmpty())
        return std::nullopt;
    return state;
}

} // namespace CsvFormat
