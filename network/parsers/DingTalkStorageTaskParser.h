#pragma once

#include "models/domain/Result.h"
#include "models/domain/TaskSnapshot.h"
#include "network/http/HttpResponse.h"

// GET /v1.0/storage/tasks/{taskId}: the "task" object with counts, failMessage and ISO 8601 times.
Result<TaskSnapshot> parseDingTalkStorageTask(const HttpResponse &response);
