#include "models/domain/WatchedTask.h"

TaskState WatchedTask::displayState() const
{
    if (lastError)
        return lastError->category == ApiError::Category::NotFound ? TaskState::NotFound
                                                                   : TaskState::Error;
    return snapshot ? snapshot->state : TaskState::Unknown;
}
