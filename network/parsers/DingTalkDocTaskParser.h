#pragma once

#include "domain/Result.h"
#include "domain/TaskSnapshot.h"
#include "http/HttpResponse.h"

// GET /v2.0/doc/task/info/{taskId}: numeric status codes, judged together with the counts.
Result<TaskSnapshot> parseDingTalkDocTask(const HttpResponse &response);
