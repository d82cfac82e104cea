#pragma once

#include "models/domain/TaskState.h"

#include <QIcon>
#include <QPalette>

// One small drawn icon per state, each of its own shape (a check, a cross, a half-filled
// circle…) so the state never rests on colour alone; coloured from TaskStateColors.
namespace TaskStateIcons {

QIcon icon(TaskState state, const QPalette &palette);

} // namespace TaskStateIcons
