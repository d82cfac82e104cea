#pragma once

#include "CliTaskResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The status of tasks for people at a terminal: one aligned row per task, then, with
// --subtasks, each task's sub-task rows with every field the platform sent.
class TableTaskWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableTaskWriter)

public:
    static QString write(const QList<CliTaskResult> &results, bool withSubtasks, bool failedOnly,
                         bool useColour);

private:
    static QString stateColour(TaskState state);
};
