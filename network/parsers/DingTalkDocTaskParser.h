#pragma once

#include "models/domain/Result.h"
#include "models/domain/TaskSnapshot.h"
#include "network/http/HttpResponse.h"

// GET /v2.0/doc/task/info/{taskId}: numeric status codes, judged together with the counts.
Result<TaskSnapshot> parseDingTalkDocTask(const HttpResponse &response);
