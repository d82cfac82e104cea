#pragma once

#include "models/domain/TaskKind.h"

#include <QString>

#include <functional>
#include <optional>

// What the caller knows that the pasted text does not say.
struct PasteOptions
{
    // The kind for items the paste leaves undecided (the CLI's --kind, the dialog's choice). It
    // beats a guess from the id's shape but never a kind the link or JSON states. A report
    // query is never a default: a bare id cannot name one.
    std::optional<TaskKind> defaultKind;
    // With a default kind: every non-empty line is one task id as written (trimmed), whatever
    // its characters, unless the line is a link to one of the endpoints. The add dialog's
    // explicit kind and the CLI's --kind mean exactly this.
    bool linesAreIds = false;
    // Whether (kind, task id) is already watched through the account the items are for.
    std::function<bool(TaskKind kind, const QString &taskId)> isWatched;
};
