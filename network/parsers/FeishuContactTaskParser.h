#pragma once

#include "domain/Result.h"
#include "domain/TaskSnapshot.h"
#include "http/HttpResponse.h"

// GET /open-apis/contact/v2/task/get: status, counts, times and every task_info row.
Result<TaskSnapshot> parseFeishuContactTask(const HttpResponse &response);
