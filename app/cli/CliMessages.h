#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskRef.h"
#include "models/domain/TaskSnapshot.h"

#include <QCoreApplication>
#include <QString>

// The stderr lines that explain a result: which task, what failed, what the platform answered
// (code, message, request id) and what to do next.
class CliMessages final
{
    Q_DECLARE_TR_FUNCTIONS(CliMessages)

public:
    static QString fetchFailed(const TaskRef &ref, const ApiError &error);
    static QString taskFailed(const TaskSnapshot &snapshot);
    static QString stillRunning(const TaskRef &ref, TaskState state);
    static QString reportsFailed(const ApiError &error);

private:
    static QString describe(const ApiError &error);
    static QString hintFor(const ApiError &error);
};
