#pragma once

#include "models/domain/Result.h"
#include "models/domain/TaskSnapshot.h"
#include "network/http/HttpResponse.h"

// GET /open-apis/drive/v1/files/task_check. The answer names no task, so the caller passes the id
// it asked for.
Result<TaskSnapshot> parseFeishuDriveTaskCheck(const HttpResponse &response, const QString &taskId);
