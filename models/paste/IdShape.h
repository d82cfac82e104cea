#pragma once

#include "models/domain/TaskKind.h"

#include <QStringView>

#include <optional>

// What a task id looks like. Ids the platforms hand out always contain a digit, so a token
// without one (a word, a template such as {taskId}, "null") is never an id.
namespace IdShape {

constexpr qsizetype kMaxLength = 128;
// The longest id taken as written (an explicit kind, a link's id position). The platforms'
// ids are far shorter; anything longer is a paste gone wrong, not an id.
constexpr qsizetype kMaxWrittenLength = 256;

bool isIdChar(QChar c);

// After an explicit task-id key in free text (task_id=, taskId:, 任务ID): 4..128 characters of
// [A-Za-z0-9_-], starting with a letter or digit, with a digit, and not a number-like token.
bool isKeyedId(QStringView token);

// Standing alone (a whole line, a list item, after the bare words "task" / "id"): a keyed id of
// at least 8 characters, so that counts, years and short words never qualify.
bool isBareId(QStringView token);

// A value taken from a link or JSON, already decoded: 1..128 printable characters without
// spaces, quotes, backslashes, angle brackets or braces (which only templates have).
bool isPlainValue(QStringView value);

// An id in a link or a JSON value: a plain value with a digit.
bool isPositionedId(QStringView id);

// An id the user stated as one (with an explicit kind, or in the id position of a link to one
// of the endpoints): any characters but control characters, 1..kMaxWrittenLength of them.
bool isWrittenId(QStringView id);

// A documentation placeholder in an id position: {taskId}, <taskId>, :taskId, ${TASK_ID}.
// Ids the platforms hand out never start with a brace or an angle bracket.
bool isPlaceholder(QStringView id);

// Digits joined by separators only: dates, times, counts (3/12), versions, addresses.
bool isNumberLike(QStringView token);

// 32 hex digits: a Feishu contact task. 16..20 decimal digits: most likely a Feishu drive task,
// though a DingTalk id could look the same, hence only a guess.
std::optional<TaskKind> guessKind(QStringView id);

} // namespace IdShape
