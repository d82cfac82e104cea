#pragma once

#include "models/domain/Result.h"
#include "models/domain/TaskSnapshot.h"
#include "network/http/HttpResponse.h"

// GET /open-apis/contact/v2/task/get: status, counts, times and every task_info row.
Result<TaskSnapshot> parseFeishuContactTask(const HttpResponse &response);
