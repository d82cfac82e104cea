#pragma once

#include "models/domain/TaskState.h"

#include <QString>
#include <QStringList>

// What the desktop is told when watched tasks end: one task, or a summary of a batch that
// ended together. Texts are translated and plain (no markup).
struct FinishAnnouncement
{
    QStringList keys; // TaskRef::key() of the tasks, the ones needing a look first
    QString title;    // "Import HR batch 3 partly failed", "12 tasks finished: 10 succeeded, …"
    QString body;
    TaskState state = TaskState::Succeeded; // the worst of the tasks'
    bool summary = false;

    friend bool operator==(const FinishAnnouncement &, const FinishAnnouncement &) = default;
};
