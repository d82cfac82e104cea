#pragma once

#include "models/domain/TaskState.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// How times and states become CSV text, shared by every exporter so all files agree.
namespace CsvFormat {

// ISO 8601 in UTC, "2024-05-10T08:30:00Z", for machines; empty for an invalid time.
QString utcIso(const QDateTime &time);
// "2024-05-10 16:30:00" in this computer's time zone, for people: Excel and WPS read it as a
// date and time. Empty for an invalid time.
QString localTime(const QDateTime &time);

// A time from a model value: a QDateTime, or ISO 8601 text. Invalid when it is neither.
QDateTime toDateTime(const QVariant &value);
// A state from a model value: the TaskState as a number, or its stable id.
std::optional<TaskState> toTaskState(const QVariant &value);

} // namespace CsvFormat
